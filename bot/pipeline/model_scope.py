"""The model layer's view of one turn (see ``bot.llm.use``): budgets need the user and the
department, pseudonymisation reuses the engine's findings, and afterwards the tokens are
stored per day (no content) and the reply says what was pseudonymised or that the model was
unavailable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import cache, partial
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.llm.use import ModelUse
from bot.pipeline.base import Handler
from bot.policy import Finding, describe_kinds
from bot.ports import UsageRepository
from bot.reply import Outcome, Reminder, Reply, Text
from bot.texts import Texts
from bot.turn import Turn

_LOCAL_ZONE = "Europe/Berlin"  # budgets reset at local midnight
NOTE_ID = "llm_pseudonymised"


@cache
def model_texts() -> Texts:
    return Texts.load(Path(__file__).parent.parent / "llm" / "texts")


def local_day(now: datetime) -> date:
    if now.tzinfo is None:
        return now.date()
    try:
        return now.astimezone(ZoneInfo(_LOCAL_ZONE)).date()
    except ZoneInfoNotFoundError:
        return now.date()


async def _user_usage(usage: UsageRepository, day: date, user_key: str) -> int:
    used = await usage.for_user(day, user_key)
    return used.tokens_in + used.tokens_out


async def _department_usage(usage: UsageRepository, day: date, department: str) -> int:
    used = await usage.for_department(day, department)
    return used.tokens_in + used.tokens_out


class ModelScopeStep:
    async def __call__(self, turn: Turn, next_: Handler) -> Reply:
        if not turn.services.llm.available:
            return await next_(turn)
        usage = turn.services.store.usage
        day = local_day(turn.now)
        department = turn.department_name or turn.services.settings.default_department
        scope = ModelUse(
            user_usage=partial(_user_usage, usage, day, turn.user_key),
            department_usage=partial(_department_usage, usage, day, department),
            message_text=lambda: turn.message.text,
            message_findings=lambda: _findings(turn),
        )
        turn.model_use = scope  # the router and the skill bind the model to it
        try:
            result = await next_(turn)
        finally:
            if scope.tokens:
                await usage.add(day, turn.user_key, department, scope.tokens_in, scope.tokens_out)
                # The scope saw every call of the turn (routing too); skills may report less.
                turn.tokens_in = max(turn.tokens_in, scope.tokens_in)
                turn.tokens_out = max(turn.tokens_out, scope.tokens_out)
        return _annotate(result, scope, turn.language)


def _findings(turn: Turn) -> tuple[Finding, ...] | None:
    # The protect step has searched the message once a route exists (before any skill runs).
    return turn.findings if turn.route is not None else None


def _annotate(result: Reply, scope: ModelUse, language: str) -> Reply:
    if result.outcome in (Outcome.ERROR, Outcome.INVALID, Outcome.GATE):
        return result
    texts = model_texts()
    if scope.failure is not None:
        note = Text(texts.get(language, f"note.{scope.failure}"))
        result = replace(result, blocks=(*result.blocks, note))
    kinds = scope.pseudonyms.kinds
    if kinds:
        text = texts.get(language, "note.pseudonymised", kinds=describe_kinds(kinds, language))
        result = replace(result, reminders=(*result.reminders, Reminder(NOTE_ID, text)))
    return result
