"""The pulse survey: who was asked in which period, and the two answers (or none)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from bot.evaluation.ports import SurveyFact
from storage.models import survey_answers as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any, insert_ignore
from storage.runner import Runner

_ANSWER = (
    update(t)
    .where(t.c.user_key == bindparam("who"), t.c.period == bindparam("which"))
    .values(
        usefulness=bindparam("useful"),
        time_saved=bindparam("saved"),
        answered_at=bindparam("at"),
    )
)
_FACTS = select(t.c.period, t.c.user_key, t.c.department, t.c.usefulness, t.c.time_saved).where(
    t.c.period >= bindparam("first"), t.c.period <= bindparam("last")
)


class SqlSurveyRepository(SqlRepository):
    """Implements :class:`bot.evaluation.ports.SurveyRepository`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._ask = insert_ignore(self._dialect, t)

    async def ask(self, user_key: str, period: date, department: str, at: datetime) -> bool:
        params = {"user_key": user_key, "period": period, "department": department, "asked_at": at}
        # The primary key decides: one question per person and period, also across instances.
        return await self._runner.run(changed_any, self._ask, params)

    async def answer(
        self, user_key: str, period: date, usefulness: int, time_saved: str, at: datetime
    ) -> bool:
        params = {
            "who": user_key,
            "which": period,
            "useful": usefulness,
            "saved": time_saved,
            "at": at,
        }
        return await self._runner.run(changed_any, _ANSWER, params)

    async def facts(self, first: date, last: date) -> list[SurveyFact]:
        return await self._runner.run(_facts, first, last)


def _facts(conn: Connection, first: date, last: date) -> list[SurveyFact]:
    return [SurveyFact(*row) for row in conn.execute(_FACTS, {"first": first, "last": last})]
