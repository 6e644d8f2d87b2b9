"""The PostgreSQL store's pools keep what their busiest moment opened; idle connections close
on request (the test session's store asks between tests) and open again when needed."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.database import SqlStore
from storage.runner import AsyncEngineRunner


def _pooled(store: SqlStore) -> AsyncEngineRunner:
    runner = store.runner
    if not isinstance(runner, AsyncEngineRunner):
        pytest.skip("SQLite keeps one connection on its worker thread")
    return runner


def _slow(conn: Connection) -> None:
    conn.execute(text("SELECT pg_sleep(0.05)"))


async def test_idle_connections_close_on_request_and_open_again_when_needed(
    store: SqlStore,
) -> None:
    runner = _pooled(store)
    await runner.close_idle()
    await asyncio.gather(*(runner.run(_slow) for _ in range(6)))  # six at once
    assert runner.idle_connections() >= 6  # kept for the next burst
    await runner.close_idle()
    assert runner.idle_connections() == 0
    assert await store.ping()
    assert runner.idle_connections() == 1


async def test_a_pool_with_a_connection_out_is_left_as_it_is(store: SqlStore) -> None:
    """A lock connection still out (its lock being given back) is not cut off."""
    runner = _pooled(store)
    await asyncio.gather(*(runner.run(_slow) for _ in range(3)))
    async with store.cluster.conversation_lock("pools-test"):
        await runner.close_idle()
        assert runner.pools_in_use()["locks"] == 1
        assert runner.idle_connections() <= 1  # at most the lock pool's own idle ones
    await store.cluster.settle()
    assert runner.pools_in_use()["locks"] == 0


def test_no_test_module_imports_the_session_store_by_hand() -> None:
    """Imported into a module, a session fixture is that module's own: one more store with open
    pools per module until the session ends (six such stores held most of ~35 idle
    connections)."""
    tests = Path(__file__).parent
    by_hand = re.compile(r"^from storage_fixtures import[^\n]*\b(session_store|store)\b", re.M)
    importing = [path.name for path in tests.glob("test_*.py") if by_hand.search(path.read_text())]
    assert importing == []
