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
from bot.policy import describe_kinds
from bot.ports import UsageRepository
from bot.reply import Outcome, Reminder, Reply, Text
from bot.texts import Texts
from bot.turn import Caller, Services

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


def model_use_for(services: Services, user_key: str, department: str, now: datetime) -> ModelUse:
    """The turn's model bookkeeping: budgets read today's usage of the user and department
    (once, and only when a budget is set and the model is called)."""
    usage = services.store.usage
    day = local_day(now)
    department = department or services.settings.default_department
    return ModelUse(
        user_usage=partial(_user_usage, usage, day, user_key),
        department_usage=partial(_department_usage, usage, day, department),
    )


class ModelScopeStep:
    async def __call__(self, turn: Caller, next_: Handler[Caller]) -> Reply:
        if not turn.services.llm.available:
            return await next_(turn)
        use = turn.model_use
        try:
            result = await next_(turn)
        finally:
            if use.tokens:
                usage = turn.services.store.usage
                department = turn.department_name or turn.services.settings.default_department
                day = local_day(turn.now)
                await usage.add(day, turn.user_key, department, use.tokens_in, use.tokens_out)
                # The use saw every call of the turn (routing too); skills may report less.
                log_ = turn.log
                log_.tokens_in = max(log_.tokens_in, use.tokens_in)
                log_.tokens_out = max(log_.tokens_out, use.tokens_out)
        return _annotate(result, use, result.language)


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
