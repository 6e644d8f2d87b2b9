"""Claimed platform events: the database decides who handles a redelivered event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select
from sqlalchemy.sql.dml import Insert

from storage.models import instances
from storage.models import processed_events as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any, execute, insert_ignore
from storage.runner import Runner

_PURGE = delete(t).where(t.c.processed_at < bindparam("before"))
_KEY = (t.c.platform == bindparam("b_platform")) & (t.c.event_id == bindparam("b_event_id"))
_CLAIMED = select(t.c.owner, t.c.done_at).where(_KEY)
_OWNER_ALIVE = select(instances.c.id).where(
    instances.c.id == bindparam("owner"), instances.c.heartbeat_at >= bindparam("since")
)
# Compare and swap: only the owner that was found dead is replaced, once.
_TAKE_OVER = (
    update(t)
    .where(_KEY, t.c.owner == bindparam("old_owner"), t.c.done_at.is_(None))
    .values(owner=bindparam("new_owner"), processed_at=bindparam("at"))
)
_OUTSTANDING = select(func.count()).where(t.c.owner.is_not(None), t.c.done_at.is_(None))
_DONE = update(t).where(_KEY, t.c.done_at.is_(None)).values(done_at=bindparam("at"))


class SqlEventLedger(SqlRepository):
    """Implements :class:`bot.ports.EventLedger` with the primary key as the arbiter."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._claim = insert_ignore(self._dialect, t)

    async def claim(
        self,
        platform: str,
        event_id: str,
        at: datetime,
        *,
        owner: str | None = None,
        stale_before: datetime | None = None,
        again: bool = False,
    ) -> bool:
        # ON CONFLICT DO NOTHING: exactly one of several racing instances inserts the row.
        # A durable commit: a claim lost in a database crash could let a redelivery be
        # answered a second time.
        params = {
            "platform": platform,
            "event_id": event_id,
            "processed_at": at,
            "owner": owner,
            "done_at": None if owner else at,
        }
        if owner is None:  # done as claimed: never handled again
            return await self._runner.run(changed_any, self._claim, params)
        return await self._runner.transaction(
            _claim_owned, self._claim, params, stale_before, again
        )

    async def done(self, platform: str, event_id: str, at: datetime) -> None:
        params = {"b_platform": platform, "b_event_id": event_id, "at": at}
        await self._runner.run(execute, _DONE, params)

    async def purge_before(self, before: datetime) -> int:
        return await self._runner.run(execute, _PURGE, {"before": before})

    async def outstanding(self) -> int:
        return await self._runner.run(_count, _OUTSTANDING)


def _count(conn: Connection, statement: Select[int]) -> int:
    return int(conn.execute(statement).scalar_one())


def _claim_owned(
    conn: Connection,
    claim: Insert,
    params: dict[str, object],
    stale_before: datetime | None,
    again: bool,
) -> bool:
    """Insert the claim; or take over an unanswered one whose owner stopped beating."""
    if conn.execute(claim, params).rowcount > 0:
        return True
    key = {"b_platform": params["platform"], "b_event_id": params["event_id"]}
    row = conn.execute(_CLAIMED, key).first()
    if row is None or row.done_at is not None or row.owner is None:
        return False
    if row.owner == params["owner"]:
        return again  # one's own unanswered event: in flight, unless retried on purpose
    if stale_before is None:
        return False
    if conn.execute(_OWNER_ALIVE, {"owner": row.owner, "since": stale_before}).first():
        return False
    taken = conn.execute(
        _TAKE_OVER,
        {
            **key,
            "old_owner": row.owner,
            "new_owner": params["owner"],
            "at": params["processed_at"],
        },
    )
    return taken.rowcount > 0
