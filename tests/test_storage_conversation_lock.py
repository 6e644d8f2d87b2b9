"""The conversation lock on PostgreSQL: a session-level advisory lock on a pooled connection,
with no transaction open while the turn runs, never left behind in the pool — not when a wait
for it is cancelled, not when a turn holding it is cancelled or fails — and not failing a turn
over a pooled connection the server has closed."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection
from storage_fixtures import scratch_database

from storage.database import SqlStore, open_store
from storage.repositories.conversation_lock import lock_key
from storage.runner import AsyncEngineRunner

# Who holds the advisory lock on a bigint key (PostgreSQL splits it into two 32-bit halves).
_HOLDERS = text(
    "SELECT a.pid, a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
    " AND l.classid = :high AND l.objid = :low"
)


def _postgres_only(store: SqlStore) -> None:
    if not store.cluster.shared:
        pytest.skip("one process per SQLite database: the conversation lock is in-process")


def _key() -> str:
    return f"conversation-{uuid.uuid4().hex}"


async def holders(store: SqlStore, key: str) -> list[str]:
    """The session state of each connection holding ``key``'s lock."""
    return [state for _, state in await _holding(store, key)]


async def _holding(store: SqlStore, key: str) -> list[tuple[int, str]]:
    number = lock_key(key) & 0xFFFFFFFFFFFFFFFF
    params: dict[str, Any] = {"high": number >> 32, "low": number & 0xFFFFFFFF}

    def read(conn: Connection) -> list[tuple[int, str]]:
        return [(int(row[0]), str(row[1])) for row in conn.execute(_HOLDERS, params)]

    return await store.runner.run(read)


async def test_a_held_lock_keeps_no_transaction_open(store: SqlStore) -> None:
    """A turn may wait minutes for a model; its lock connection idles outside a transaction
    (and took the lock without BEGIN/ROLLBACK round trips)."""
    _postgres_only(store)
    key = _key()
    async with store.cluster.conversation_lock(key):
        assert await holders(store, key) == ["idle"]
    await store.cluster.settle()
    assert await holders(store, key) == []


async def test_a_finished_turn_gives_its_lock_back_off_the_replys_path(store: SqlStore) -> None:
    """The unlock's round trip runs beside what follows the turn (the audit write); until it
    lands the lock is held as before, and closing the store waits for it."""
    _postgres_only(store)
    runner = store.runner
    assert isinstance(runner, AsyncEngineRunner)
    key = _key()
    async with store.cluster.conversation_lock(key):
        pass
    assert runner.pools_in_use()["locks"] == 1  # nothing awaited yet: still being given back
    await store.cluster.settle()
    assert runner.pools_in_use()["locks"] == 0
    assert await holders(store, key) == []


async def test_a_cancelled_wait_leaves_no_lock_behind(store: SqlStore) -> None:
    _postgres_only(store)
    key = _key()
    entered = asyncio.Event()

    async def waiting() -> None:
        async with store.cluster.conversation_lock(key):
            entered.set()

    async with store.cluster.conversation_lock(key):
        waiter = asyncio.create_task(waiting())
        await asyncio.sleep(0.2)  # it waits for the lock in the database
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
    assert not entered.is_set()
    await _free_soon(store, key)
    async with asyncio.timeout(5), store.cluster.conversation_lock(key):
        assert len(await holders(store, key)) == 1


async def test_a_cancelled_or_failed_turn_gives_its_lock_back(store: SqlStore) -> None:
    _postgres_only(store)
    key = _key()
    holding = asyncio.Event()

    async def turn() -> None:
        async with store.cluster.conversation_lock(key):
            holding.set()
            await asyncio.sleep(60)

    task = asyncio.create_task(turn())
    await asyncio.wait_for(holding.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await _free_soon(store, key)

    with pytest.raises(RuntimeError):
        async with store.cluster.conversation_lock(key):
            raise RuntimeError("the skill failed")
    assert await holders(store, key) == []
    for _ in range(12):  # more turns than the lock pool keeps: no pooled connection holds it
        async with asyncio.timeout(5), store.cluster.conversation_lock(key):
            pass
    await store.cluster.settle()
    assert await holders(store, key) == []


@pytest.mark.postgres
async def test_connections_the_server_closed_cost_no_turn(tmp_path: Path) -> None:
    """After a database restart or failover the lock pool still holds connections the server
    has closed; the lock is then taken on a fresh one instead of failing the turn."""
    async with scratch_database("postgresql", tmp_path) as backend:
        store = await open_store(backend.url, connect_args=backend.connect_args)
        try:
            first, second = _key(), _key()
            async with (
                store.cluster.conversation_lock(first),
                store.cluster.conversation_lock(second),
            ):
                pids = [pid for key in (first, second) for pid, _ in await _holding(store, key)]
            await store.cluster.settle()
            assert len(pids) == 2  # both connections went back to the pool
            await store.runner.run(_terminate, pids)
            async with asyncio.timeout(5), store.cluster.conversation_lock(_key()):
                pass
        finally:
            await store.close()


def _terminate(conn: Connection, pids: list[int]) -> None:
    for pid in pids:
        conn.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})


async def _free_soon(store: SqlStore, key: str) -> None:
    """A discarded connection's session ends on the server a moment after it is closed."""
    for _ in range(250):  # polls the server for up to about 5 s
        if not await holders(store, key):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the lock is still held")
