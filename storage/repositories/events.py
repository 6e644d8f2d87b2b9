"""Claimed platform events: the database decides who handles a redelivered event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete

from storage.models import processed_events as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any, execute, insert_ignore
from storage.runner import Runner

_PURGE = delete(t).where(t.c.processed_at < bindparam("before"))


class SqlEventLedger(SqlRepository):
    """Implements :class:`bot.ports.EventLedger` with the primary key as the arbiter."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._claim = insert_ignore(self._dialect, t)

    async def claim(self, platform: str, event_id: str, at: datetime) -> bool:
        # ON CONFLICT DO NOTHING: exactly one of several racing instances inserts the row.
        # A durable commit: a claim lost in a database crash could let a redelivery be
        # answered a second time.
        params = {"platform": platform, "event_id": event_id, "processed_at": at}
        return await self._runner.run(changed_any, self._claim, params)

    async def purge_before(self, before: datetime) -> int:
        return await self._runner.run(execute, _PURGE, {"before": before})
