"""Claimed platform events: the database decides who handles a redelivered event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete

from storage.models import processed_events as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any, execute, insert_ignore

_PURGE = delete(t).where(t.c.processed_at < bindparam("before"))


class SqlEventLedger(SqlRepository):
    """Implements :class:`bot.ports.EventLedger` with the primary key as the arbiter."""

    async def claim(self, platform: str, event_id: str, at: datetime) -> bool:
        # ON CONFLICT DO NOTHING: exactly one of several racing instances inserts the row.
        statement = insert_ignore(self._dialect, t)
        params = {"platform": platform, "event_id": event_id, "processed_at": at}
        return await self._runner.run(changed_any, statement, params)

    async def purge_before(self, before: datetime) -> int:
        return await self._runner.run(execute, _PURGE, {"before": before})
