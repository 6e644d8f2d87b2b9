"""The AI guideline in the chat: the acknowledgement prompt, showing it, refusing judgements."""

from __future__ import annotations

from bot.pipeline.base import reply
from bot.reply import Heading, Outcome, Reply, Text
from bot.turn import Turn


def _guideline_blocks(turn: Turn) -> list[Heading | Text]:
    policy = turn.services.policy
    blocks: list[Heading | Text] = [
        Heading(policy.title_for(turn.language)),
        Text(policy.acknowledgement_text(turn.language)),
    ]
    if policy.url:
        blocks.append(Text(turn.t("policy.link", url=policy.url)))
    return blocks


def gate_prompt(turn: Turn, status: str) -> Reply:
    """Ask for the acknowledgement; ``status`` says why (missing, expired, outdated)."""
    intro = Text(turn.t(f"gate.{status}", version=turn.services.policy.version))
    return reply(turn, intro, *_guideline_blocks(turn), outcome=Outcome.GATE)


async def show_policy(turn: Turn) -> Reply:
    blocks = _guideline_blocks(turn)
    blocks.append(Text(turn.t("policy.version", version=turn.services.policy.version)))
    return reply(turn, *blocks)


async def refuse_decision(turn: Turn) -> Reply:
    turn.triggers.add("decision_request")
    return reply(turn, Text(turn.t("refused.decision")), outcome=Outcome.REFUSED)
