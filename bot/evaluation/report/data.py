"""The facts a report is built from, read once for a period, with opted-out people removed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.evaluation.ports import (
    AnswerFact,
    EvaluationRepository,
    SuggestionFact,
    SurveyFact,
    week_of,
)


@dataclass(frozen=True, slots=True)
class ReportData:
    first: date
    last: date
    answers: list[AnswerFact]
    surveys: list[SurveyFact]
    suggestions: list[SuggestionFact]


async def load_report_data(
    evaluation: EvaluationRepository, first: date, last: date
) -> ReportData:
    """Facts of the weeks from ``first`` to ``last`` (both included). People who opted out are
    left out entirely, whenever their data was collected."""
    first_week, last_week = week_of(first), week_of(last)
    out = await evaluation.choices.opted_out_keys()
    answers = await evaluation.answers.facts(first_week, last_week)
    surveys = await evaluation.surveys.facts(first_week, last_week)
    since = datetime.combine(first_week, time(), UTC)
    until = datetime.combine(last_week + timedelta(days=7), time(), UTC) - timedelta(
        microseconds=1
    )
    suggestions = await evaluation.suggestions.facts(since, until)
    return ReportData(
        first=first_week,
        last=last_week,
        answers=[a for a in answers if a.user_key not in out],
        surveys=[s for s in surveys if s.user_key not in out],
        suggestions=[s for s in suggestions if s.author_key not in out],
    )
