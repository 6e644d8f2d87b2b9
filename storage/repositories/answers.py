"""Answers of the pilot evaluation and their ratings: kinds and counts, never text."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from bot.evaluation.ports import AnswerFact, AnswerRecord
from storage.models import answers as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any

_RECORD = insert(t)
_LINK = update(t).where(t.c.answer_key == bindparam("key")).values(message_ref=bindparam("ref"))
# Bind names differ from the column names: SQLAlchemy reserves those for SET values.
_RATING: dict[str, Any] = {
    "rating": bindparam("new_rating"),
    "reason": bindparam("new_reason"),
    "rated_at": bindparam("at"),
    "rating_ref": bindparam("new_ref"),
}
_RATE_MESSAGE = (
    update(t)
    .where(
        t.c.platform == bindparam("on"),
        t.c.message_ref == bindparam("ref"),
        t.c.user_key == bindparam("who"),
    )
    .values(**_RATING)
)
_LATEST = (
    select(t.c.id, t.c.skill)
    .where(t.c.platform == bindparam("platform"), t.c.user_key == bindparam("user_key"))
    .order_by(t.c.id.desc())
    .limit(1)
)
_RATE_ID = update(t).where(t.c.id == bindparam("row_id")).values(**_RATING)
_WITHDRAW = (
    update(t)
    .where(
        t.c.platform == bindparam("on"),
        t.c.user_key == bindparam("who"),
        t.c.rating_ref == bindparam("ref"),
    )
    .values(rating=None, reason=None, rated_at=None, rating_ref=None)
)
# In the order the answers were given: PostgreSQL returns a row updated by a rating wherever
# its new version landed, so without an order the latest answer would come anywhere.
_FACTS = (
    select(
        t.c.week,
        t.c.user_key,
        t.c.department,
        t.c.skill,
        t.c.outcome,
        t.c.producer,
        t.c.offline,
        t.c.duration_ms,
        t.c.rating,
        t.c.reason,
    )
    .where(and_(t.c.week >= bindparam("first"), t.c.week <= bindparam("last")))
    .order_by(t.c.id)
)


class SqlAnswerRepository(SqlRepository):
    """Implements :class:`bot.evaluation.ports.AnswerRepository`."""

    async def record(self, answer: AnswerRecord) -> None:
        # Relaxed: losing the last fraction of a second of evaluation rows in a database
        # crash only makes a count one smaller.
        await self._runner.run_relaxed(_execute, _RECORD, asdict(answer))

    async def link_message(self, answer_key: str, message_ref: str) -> bool:
        return await self._runner.run(changed_any, _LINK, {"key": answer_key, "ref": message_ref})

    async def rate_message(
        self,
        platform: str,
        message_ref: str,
        user_key: str,
        rating: str | None,
        reason: str | None,
        at: datetime,
        rating_ref: str | None = None,
    ) -> bool:
        params = {
            "on": platform,
            "ref": message_ref,
            "who": user_key,
            "new_rating": rating,
            "new_reason": reason if rating else None,
            "at": at if rating else None,
            "new_ref": rating_ref if rating else None,
        }
        return await self._runner.run(changed_any, _RATE_MESSAGE, params)

    async def rate_latest(
        self, platform: str, user_key: str, rating: str, reason: str | None, at: datetime
    ) -> str | None:
        return await self._runner.transaction(_rate_latest, platform, user_key, rating, reason, at)

    async def withdraw(self, platform: str, user_key: str, rating_ref: str) -> bool:
        params = {"on": platform, "who": user_key, "ref": rating_ref}
        return await self._runner.run(changed_any, _WITHDRAW, params)

    async def facts(self, first_week: date, last_week: date) -> list[AnswerFact]:
        return await self._runner.run(_facts, first_week, last_week)


def _execute(conn: Connection, statement: object, params: dict[str, object]) -> None:
    conn.execute(statement, params)  # type: ignore[call-overload]


def _rate_latest(
    conn: Connection, platform: str, user_key: str, rating: str, reason: str | None, at: datetime
) -> str | None:
    row = conn.execute(_LATEST, {"platform": platform, "user_key": user_key}).first()
    if row is None:
        return None
    params = {
        "row_id": row[0],
        "new_rating": rating,
        "new_reason": reason,
        "at": at,
        "new_ref": None,
    }
    conn.execute(_RATE_ID, params)
    return str(row[1])


def _facts(conn: Connection, first: date, last: date) -> list[AnswerFact]:
    rows = conn.execute(_FACTS, {"first": first, "last": last})
    return [
        AnswerFact(week, key, dep, skill, outcome, producer, offline, ms, rating, reason)
        for week, key, dep, skill, outcome, producer, offline, ms, rating, reason in rows
    ]
