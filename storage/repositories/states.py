"""Pending conversation state, one row per user, conversation and thread."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.engine import Connection

from bot.ports import ConversationState, StateKey, StoredStates
from storage.models import conversation_states as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, upsert
from storage.runner import Runner

_GET = select(t.c.owner, t.c.data, t.c.expires_at).where(
    t.c.id == bindparam("id"), t.c.expires_at > bindparam("now")
)
# The open question and the remembered topic are two rows of the same table (ids from
# StateKey.storage_id and StateKey.recent_id), read together. Two fixed parameters, not an
# expanding list: that one is rendered anew on every execution (every message reads it).
_READ = select(t.c.id, t.c.owner, t.c.data, t.c.expires_at).where(
    t.c.id.in_([bindparam("pending_id"), bindparam("recent_id")]),
    t.c.expires_at > bindparam("now"),
)
_DELETE = delete(t).where(t.c.id == bindparam("id"))
_PURGE = delete(t).where(t.c.expires_at <= bindparam("now"))
_COUNT_FOR_USER = select(func.count()).select_from(t).where(t.c.user_key == bindparam("user_key"))
_DELETE_FOR_USER = delete(t).where(t.c.user_key == bindparam("user_key"))


class SqlStateRepository(SqlRepository):
    """Implements :class:`bot.ports.StateRepository`.

    Expired rows are invisible to :meth:`get` even before :meth:`purge_expired` removes them;
    :meth:`count_for_user` and :meth:`delete_for_user` include them, as they are still stored.
    """

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._put = upsert(
            self._dialect, t, ["id"], ["user_key", "owner", "data", "expires_at", "updated_at"]
        )

    async def get(self, key: StateKey, now: datetime) -> ConversationState | None:
        return await self._runner.run(_get, key.storage_id(), now)

    async def read(self, key: StateKey, now: datetime) -> StoredStates:
        return await self._runner.run(_read, key, now)

    async def put(self, key: StateKey, state: ConversationState) -> None:
        await self._runner.run(execute, self._put, state_row(key.storage_id(), key, state))

    async def delete(self, key: StateKey) -> None:
        await self._runner.run(execute, _DELETE, {"id": key.storage_id()})

    async def purge_expired(self, now: datetime) -> int:
        return await self._runner.run(execute, _PURGE, {"now": now})

    async def count_for_user(self, user_key: str) -> int:
        return await self._runner.run(_count, user_key)

    async def delete_for_user(self, user_key: str) -> int:
        return await self._runner.run(execute, _DELETE_FOR_USER, {"user_key": user_key})


def state_row(row_id: str, key: StateKey, state: ConversationState) -> dict[str, Any]:
    """The row of a state under ``row_id`` (the open question's or the remembered topic's)."""
    return {
        "id": row_id,
        "user_key": key.user_key,
        "owner": state.owner,
        "data": dict(state.data),
        "expires_at": state.expires_at,
        "updated_at": datetime.now(UTC),
    }


def _read(conn: Connection, key: StateKey, now: datetime) -> StoredStates:
    pending_id, recent_id = key.storage_id(), key.recent_id()
    found = {
        row[0]: ConversationState(row[1], row[2], row[3])
        for row in conn.execute(
            _READ, {"pending_id": pending_id, "recent_id": recent_id, "now": now}
        )
    }
    return StoredStates(found.get(pending_id), found.get(recent_id))


def _get(conn: Connection, state_id: str, now: datetime) -> ConversationState | None:
    row = conn.execute(_GET, {"id": state_id, "now": now}).first()
    return None if row is None else ConversationState(row[0], row[1], row[2])


def _count(conn: Connection, user_key: str) -> int:
    return int(conn.execute(_COUNT_FOR_USER, {"user_key": user_key}).scalar_one())
