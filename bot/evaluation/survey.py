"""The optional pulse survey: switched on by an admin, asked once per period, never blocking.

Periods are blocks of N weeks counted from a fixed Monday, so every instance agrees on them;
the question rides along with an ordinary answer, and ``umfrage 4 b`` answers it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.evaluation.ports import TIME_SAVED, week_of
from bot.evaluation.rating import t
from bot.reply import Outcome, Reply, Text
from bot.turn import Caller, Turn, reply

SETTING = "survey"
EPOCH = date(2024, 1, 1)  # a Monday
_ANSWER = re.compile(r"^([1-5])\s*[,;/ ]?\s*([a-d])\)?$", re.IGNORECASE)
_TIME_SAVED = dict(zip("abcd", TIME_SAVED, strict=True))


@dataclass(frozen=True, slots=True)
class SurveyConfig:
    enabled: bool = False
    weeks: int = 1


def period_of(day: date, weeks: int) -> date:
    """The first Monday of the ``weeks``-long period that holds ``day``."""
    monday = week_of(day)
    index = (monday - EPOCH).days // (7 * weeks)
    return EPOCH + timedelta(days=index * 7 * weeks)


def config_of(value: Mapping[str, Any] | None) -> SurveyConfig:
    if not value:
        return SurveyConfig()
    return SurveyConfig(bool(value.get("enabled")), max(1, int(value.get("weeks", 1))))


async def survey_config(turn: Caller) -> SurveyConfig:
    return config_of(await turn.services.store.evaluation.choices.setting(SETTING))


async def answer_survey(turn: Turn) -> Reply:
    match = _ANSWER.match(turn.route.args.strip())
    if not match:
        return reply(turn, Text(t(turn, "survey.usage")), outcome=Outcome.INVALID)
    config = await survey_config(turn)
    period = period_of(turn.now.date(), config.weeks)
    answered = await turn.services.store.evaluation.surveys.answer(
        turn.user_key,
        period,
        int(match.group(1)),
        _TIME_SAVED[match.group(2).casefold()],
        turn.now,
    )
    return reply(turn, Text(t(turn, "survey.thanks" if answered else "survey.not_asked")))


async def survey_question(turn: Caller, config: SurveyConfig) -> Text | None:
    """The question to append to this answer, when the survey is on and this person was not
    asked in this period yet (the database decides, also across instances)."""
    if not config.enabled:
        return None
    period = period_of(turn.now.date(), config.weeks)
    surveys = turn.services.store.evaluation.surveys
    if not await surveys.ask(turn.user_key, period, turn.department_name, turn.now):
        return None
    return Text(t(turn, "survey.question", weeks=config.weeks))
