"""``feedback +`` / ``feedback - [Grund]`` (and 👍 / 👎): rate the last answer in this chat's
platform; ``auswertung aus`` / ``auswertung an``: the opt-out."""

from __future__ import annotations

import logging
import re

from bot.evaluation.actions import RateAnswer, WithdrawRating
from bot.evaluation.ports import DOWN, RATINGS, REASONS, UP
from bot.evaluation.texts import evaluation_texts, reason_names
from bot.reply import Block, Fact, Facts, Heading, Outcome, Reply, Text
from bot.turn import Caller, Turn, reply

log = logging.getLogger("lotse.evaluation")

_UP_WORDS = frozenset(("+", "+1", "👍", "gut", "good", "up", "ja", "yes"))
_DOWN_WORDS = frozenset(("-", "-1", "👎", "schlecht", "bad", "down", "nein", "no"))
_OFF_WORDS = frozenset(("aus", "off", "nein", "no", "stop", "stopp"))
_ON_WORDS = frozenset(("an", "on", "ein", "ja", "yes"))


def t(turn: Caller, key: str, /, **values: object) -> str:
    return evaluation_texts().get(turn.language, key, **values)


def parse_reason(words: str) -> str:
    """The fixed reason a counsellor named (either language); "other" for anything else.
    Whatever else was typed is not kept."""
    typed = " ".join(words.casefold().split())
    if not typed:
        return "other"
    texts = evaluation_texts()
    said: list[tuple[int, int, str]] = []  # the earliest mention wins, the longer name on a tie
    for reason in REASONS:
        names = {
            reason.replace("_", " "),
            *(texts.get(lang, f"reasons.{reason}").casefold() for lang in ("de", "en")),
        }
        if any(typed.startswith(name) or name.startswith(typed) for name in names):
            return reason
        # said in a sentence: "die Antwort war falsch, …", "leider zu lang"
        for name in names:
            found = re.search(rf"\b{re.escape(name)}\b", typed)
            if found is not None:
                said.append((found.start(), -len(name), reason))
    if typed.startswith("datenschutz"):
        return "privacy"
    return min(said)[2] if said else "other"


def split_rating(args: str) -> tuple[str | None, str]:
    first, _, rest = args.strip().partition(" ")
    word = first.casefold()
    if word in _UP_WORDS:
        return UP, rest
    if word in _DOWN_WORDS:
        return DOWN, rest
    if word.startswith("-") and len(word) > 1:  # "-falsch"
        return DOWN, f"{word[1:]} {rest}"
    return None, ""


async def rate_answer(turn: Turn) -> Reply:
    """The ``feedback`` command: the same action a platform's thumb sends, for the latest
    answer."""
    rating, rest = split_rating(turn.route.args)
    if rating is None:
        usage = t(turn, "feedback.usage", reasons=", ".join(reason_names(turn.language)))
        return reply(turn, Text(usage), outcome=Outcome.INVALID)
    reason = parse_reason(rest) if rating == DOWN else None
    return await record_rating(turn, RateAnswer(rating, reason=reason))


async def record_rating(turn: Turn, action: RateAnswer) -> Reply:
    """Record a rating; only the person who was answered rates the answer (its key must match),
    and nothing is kept for people who opted out. A rating given with a platform's control
    (``message_ref`` set) gets no reply of its own: the control shows it."""
    if action.rating not in RATINGS:
        return reply(turn, outcome=Outcome.INVALID)
    reason = action.reason if action.rating == DOWN and action.reason in REASONS else None
    evaluation = turn.services.store.evaluation
    platform = turn.message.platform.value
    if action.message_ref is not None:
        rated = not await evaluation.choices.opted_out(turn.user_key) and (
            await evaluation.answers.rate_message(
                platform,
                action.message_ref,
                turn.user_key,
                action.rating,
                reason,
                turn.now,
                action.rating_ref,
            )
        )
        log.info("answer rated", extra={"rating": action.rating, "found": rated})
        return reply(turn)
    if await evaluation.choices.opted_out(turn.user_key):
        return reply(turn, Text(t(turn, "feedback.opted_out")))
    rating = action.rating
    skill = await evaluation.answers.rate_latest(platform, turn.user_key, rating, reason, turn.now)
    if skill is None:
        return reply(turn, Text(t(turn, "feedback.no_answer")))
    name = skill_name(turn, skill)
    # an answer no skill gave ("nicht verstanden", the help) is named by no internal id
    key = "thanks_up" if rating == UP else "thanks_down"
    key += "" if name is not None else "_unnamed"
    shown = t(turn, f"reasons.{reason}") if rating == DOWN else ""
    return reply(turn, Text(t(turn, f"feedback.{key}", skill=name or "", reason=shown)))


async def withdraw_rating(turn: Turn, action: WithdrawRating) -> Reply:
    """Take back the rating the event ``rating_ref`` gave (only the sender's own)."""
    platform = turn.message.platform.value
    answers = turn.services.store.evaluation.answers
    withdrawn = await answers.withdraw(platform, turn.user_key, action.rating_ref)
    log.info("rating withdrawn", extra={"found": withdrawn})
    return reply(turn)


def skill_name(turn: Turn, skill_id: str) -> str | None:
    """The name of the skill that gave an answer; None for a built-in answer."""
    skill = turn.services.registry.get(skill_id)
    return skill.meta.name(turn.language) if skill else None


async def choose_evaluation(turn: Turn) -> Reply:
    word = turn.route.args.strip().casefold()
    choices = turn.services.store.evaluation.choices
    if word in _OFF_WORDS or word in _ON_WORDS:
        off = word in _OFF_WORDS
        await choices.set_opted_out(turn.user_key, off, turn.now)
        return reply(turn, Text(t(turn, "choice.switched_off" if off else "choice.switched_on")))
    state = "choice.state_off" if await choices.opted_out(turn.user_key) else "choice.state_on"
    return reply(turn, Text(t(turn, "choice.usage", state=t(turn, state))))


async def evaluation_facts(turn: Turn) -> tuple[Block, ...]:
    """What the evaluation holds about this person, for ``meine daten``."""
    mine = await turn.services.store.evaluation.mine(turn.user_key)
    state = t(turn, "choice.state_off" if mine.opted_out else "choice.state_on")
    facts = (
        Fact(t(turn, "privacy.state"), state),
        Fact(t(turn, "privacy.answers"), str(mine.answers)),
        Fact(t(turn, "privacy.ratings"), str(mine.ratings)),
        Fact(t(turn, "privacy.surveys"), str(mine.surveys)),
        Fact(t(turn, "privacy.suggestions"), str(mine.suggestions)),
        Fact(t(turn, "privacy.votes"), str(mine.votes)),
    )
    return Heading(t(turn, "privacy.title")), Facts(facts)
