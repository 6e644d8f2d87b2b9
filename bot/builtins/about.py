"""Questions about Lotse itself, answered from the running configuration and the policy.

What is said about the model and the region comes from ``Services.model_info`` (built from the
settings at start), how long anything is kept from the settings, and the rules from the
guideline in use — nothing here is a fixed claim that a configuration could make untrue.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.builtins.about_acknowledgement import acknowledgement_blocks
from bot.llm.info import ModelInfo
from bot.reply import Block, Fact, Facts, Heading, Reply, Text
from bot.turn import Turn, reply
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("about.yaml")
CARD = "card"  # every fact at once, for `über lotse`
# Short questions that one line answers; the card is one command away.
SHORT_TOPICS = frozenset({"ai", "maker"})
# Questions on the rules Lotse keeps: the answer and the guideline's points, no model facts.
RULE_TOPICS = frozenset({"decisions", "limits"})


@cache
def _policy_words() -> dict[str, tuple[str, ...]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return {topic: tuple(str(w).casefold() for w in words)
            for topic, words in data["policy_points"].items()}  # fmt: skip


def policy_points(turn: Turn, topic: str) -> list[str]:
    """The guideline's bullet lines on ``topic``, in the user's language."""
    words = _policy_words().get(topic, ())
    text = turn.services.policy.acknowledgement_text(turn.language)
    bullets = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- ")]
    return [line for line in bullets if any(word in line.casefold() for word in words)]


def _provider(turn: Turn, info: ModelInfo) -> str:
    key = f"about.providers.{info.provider}"
    known = info.provider in ("anthropic", "bedrock", "vertex")
    return turn.t(key) if known else info.provider


def model_facts(turn: Turn) -> tuple[Fact, ...]:
    info = turn.services.model_info
    if info.offline:
        model = turn.t("about.model_offline")
        where = turn.t("about.where_offline")
    else:
        provider = _provider(turn, info)
        model = turn.t("about.model_remote", model=info.model or "?", provider=provider)
        where = (
            turn.t("about.where_region", provider=provider, region=info.region)
            if info.region
            else turn.t("about.where_no_region", provider=provider)
        )
    minutes = turn.services.settings.state_ttl_minutes
    return (
        Fact(turn.t("about.model"), model),
        Fact(turn.t("about.where"), where),
        Fact(turn.t("about.stored"), turn.t("about.stored_value", minutes=minutes)),
        Fact(turn.t("about.audit"), turn.t("about.audit_value")),
        Fact(turn.t("about.visible"), turn.t("about.visible_value")),
    )


def maker_line(turn: Turn) -> str:
    """Who runs Lotse; the test phase's research team only while the guideline in use names
    it (an institution's own guideline may have no test phase)."""
    line = turn.t("about.maker")
    if policy_points(turn, "research"):
        line += " " + turn.t("about.research")
    return line


async def about_lotse(turn: Turn) -> Reply:
    topic = turn.route.args or CARD  # `über lotse`: everything at once
    mode = "offline" if turn.services.model_info.offline else "remote"
    if topic in SHORT_TOPICS:  # "Bist du ein Mensch?": the line that answers it
        lead = maker_line(turn) if topic == "maker" else turn.t(f"about.lead.{topic}.{mode}")
        return reply(turn, Text(lead), Text(turn.t("about.card")))
    blocks: list[Block]
    if topic == "acknowledgement":  # the period and the user's own date, not the model
        blocks = await acknowledgement_blocks(turn)
    elif topic in RULE_TOPICS:
        blocks = [Heading(turn.t("about.title")), Text(turn.t(f"about.lead.{topic}.{mode}"))]
    elif topic == CARD:
        blocks = [
            Heading(turn.t("about.title")),
            Text(turn.t(f"about.lead.ai.{mode}") + " " + maker_line(turn)),
            Facts(model_facts(turn)),
        ]
    else:
        blocks = [
            Heading(turn.t("about.title")),
            Text(turn.t(f"about.lead.{topic}.{mode}")),
            Facts(model_facts(turn)),
        ]
    points = policy_points(turn, topic)
    if points:
        intro = turn.t("about.policy", version=turn.services.policy.version)
        blocks.append(Text(intro + "\n" + "\n".join(f"- {point}" for point in points)))
    blocks.append(Text(turn.t("about.more")))
    return reply(turn, *blocks)
