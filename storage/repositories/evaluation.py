"""The pilot evaluation's repositories behind one object (``Store.evaluation``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import BindParameter

from bot.evaluation.ports import OPEN, MyEvaluationData, Standing
from storage.models import (
    answers,
    evaluation_choices,
    evaluation_settings,
    suggestion_votes,
    suggestions,
    survey_answers,
)
from storage.repositories.answers import SqlAnswerRepository
from storage.repositories.choices import SqlChoiceRepository
from storage.repositories.suggestions import SqlSuggestionRepository
from storage.repositories.surveys import SqlSurveyRepository
from storage.runner import Runner

_KEY: BindParameter[str] = bindparam("user_key")
# Scalar subqueries: a missing row reads as NULL, so one statement answers all three (also
# part of the statement that reads what a turn asks about its sender: storage.repositories.caller).
STANDING_COLUMNS = (
    select(evaluation_choices.c.opted_out)
    .where(evaluation_choices.c.user_key == _KEY)
    .scalar_subquery(),
    exists().where(
        suggestions.c.author_key == _KEY,
        suggestions.c.status != OPEN,
        suggestions.c.author_notified.is_(False),
    ),
    select(evaluation_settings.c.value)
    .where(evaluation_settings.c.name == bindparam("setting"))
    .scalar_subquery(),
)
_STANDING = select(*STANDING_COLUMNS)


class SqlEvaluation:
    """Implements :class:`bot.evaluation.ports.EvaluationRepository`."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._answers = SqlAnswerRepository(runner)
        self._choices = SqlChoiceRepository(runner)
        self._surveys = SqlSurveyRepository(runner)
        self._suggestions = SqlSuggestionRepository(runner)

    @property
    def answers(self) -> SqlAnswerRepository:
        return self._answers

    @property
    def choices(self) -> SqlChoiceRepository:
        return self._choices

    @property
    def surveys(self) -> SqlSurveyRepository:
        return self._surveys

    @property
    def suggestions(self) -> SqlSuggestionRepository:
        return self._suggestions

    async def mine(self, user_key: str) -> MyEvaluationData:
        return await self._runner.run(_mine, user_key)

    async def standing(self, user_key: str, survey_setting: str) -> Standing:
        return await self._runner.run(_standing, user_key, survey_setting)


def _standing(conn: Connection, user_key: str, setting: str) -> Standing:
    row = conn.execute(_STANDING, {"user_key": user_key, "setting": setting}).one()
    return standing_of(*row)


def standing_of(opted_out: Any, waiting: Any, survey: Any) -> Standing:
    """The standing from the three columns of ``STANDING_COLUMNS``."""
    return Standing(bool(opted_out), bool(waiting), dict(survey) if survey else None)


def _count(conn: Connection, statement: object) -> int:
    return int(conn.execute(statement).scalar_one())  # type: ignore[call-overload]


def _mine(conn: Connection, user_key: str) -> MyEvaluationData:
    opted = conn.execute(
        select(evaluation_choices.c.opted_out).where(evaluation_choices.c.user_key == user_key)
    ).scalar()
    mine = answers.c.user_key == user_key
    return MyEvaluationData(
        opted_out=bool(opted),
        answers=_count(conn, select(func.count()).where(mine)),
        ratings=_count(conn, select(func.count()).where(mine, answers.c.rating.is_not(None))),
        surveys=_count(
            conn,
            select(func.count()).where(
                survey_answers.c.user_key == user_key, survey_answers.c.answered_at.is_not(None)
            ),
        ),
        suggestions=_count(conn, select(func.count()).where(suggestions.c.author_key == user_key)),
        votes=_count(conn, select(func.count()).where(suggestion_votes.c.user_key == user_key)),
    )
