"""Reply feedback (thumbs up/down), without any comment text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection

from bot.ports import Feedback
from storage.models import feedback as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute

_RECORD = insert(t)
_FOR_USER = t.c.user_key == bindparam("user_key")
_COUNT_FOR_USER = select(func.count()).select_from(t).where(_FOR_USER)
_DELETE_FOR_USER = delete(t).where(_FOR_USER)
_COUNTS = select(t.c.rating, func.count()).where(t.c.at >= bindparam("since")).group_by(t.c.rating)


class SqlFeedbackRepository(SqlRepository):
    """Implements :class:`bot.ports.FeedbackRepository`."""

    async def record(self, feedback: Feedback) -> None:
        params = {
            "at": feedback.at,
            "platform": feedback.platform,
            "reply_id": feedback.reply_id,
            "user_key": feedback.user_key,
            "rating": feedback.rating,
            "has_comment": feedback.has_comment,
        }
        await self._runner.run(execute, _RECORD, params)

    async def counts(self, since: datetime) -> dict[str, int]:
        return await self._runner.run(_counts, since)

    async def count_for_user(self, user_key: str) -> int:
        return await self._runner.run(_count_for_user, user_key)

    async def delete_for_user(self, user_key: str) -> int:
        return await self._runner.run(execute, _DELETE_FOR_USER, {"user_key": user_key})


def _counts(conn: Connection, since: datetime) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in conn.execute(_COUNTS, {"since": since})}


def _count_for_user(conn: Connection, user_key: str) -> int:
    return int(conn.execute(_COUNT_FOR_USER, {"user_key": user_key}).scalar_one())
