"""The SQLite runner's worker: one kept connection, a fresh one after a failure, and a clean
shutdown."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from storage.engine import WAL_BACKSTOP_PAGES, create_runner
from storage.runner import CHECKPOINT_EVERY, Runner


def _create(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE t (v INTEGER PRIMARY KEY)")


def _insert_then_fail(conn: Connection, value: int) -> None:
    conn.exec_driver_sql(f"INSERT INTO t VALUES ({value})")
    raise LookupError("the unit of work fails after writing")


def _values(conn: Connection) -> list[int]:
    return [row[0] for row in conn.exec_driver_sql("SELECT v FROM t ORDER BY v")]


def _insert(conn: Connection, value: int) -> None:
    conn.exec_driver_sql(f"INSERT INTO t VALUES ({value})")


def _workers() -> int:
    return sum(1 for thread in threading.enumerate() if thread.name == "lotse-sqlite")


@pytest.fixture
async def runner(tmp_path: Path) -> AsyncIterator[Runner]:
    runner = create_runner(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    await runner.run(_create)
    yield runner
    await runner.dispose()


async def test_a_failed_transaction_is_rolled_back_and_the_worker_goes_on(runner: Runner) -> None:
    with pytest.raises(LookupError):
        await runner.transaction(_insert_then_fail, 1)
    await runner.transaction(_insert, 2)
    await runner.run(_insert, 3)
    assert await runner.run(_values) == [2, 3]


async def test_an_abandoned_call_does_not_disturb_the_next(runner: Runner) -> None:
    waiting = asyncio.ensure_future(runner.run(_insert, 1))
    waiting.cancel()
    await asyncio.sleep(0.05)
    await runner.run(_insert, 2)
    assert await runner.run(_values) in ([1, 2], [2])  # the cancelled write may have run


async def test_dispose_ends_the_worker_and_refuses_further_work(tmp_path: Path) -> None:
    before = _workers()
    runner = create_runner(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    await runner.run(_create)
    assert _workers() == before + 1
    await runner.dispose()
    await runner.dispose()  # idempotent
    assert _workers() == before
    with pytest.raises(RuntimeError, match="disposed"):
        await runner.run(_values)


def _insert_row(conn: Connection, value: int) -> None:
    conn.exec_driver_sql(f"INSERT INTO t VALUES ({value}, '{'x' * 500}')")  # about a page


def _autocheckpoint(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


async def test_the_log_is_copied_beside_the_work_and_starts_over(tmp_path: Path) -> None:
    """SQLite copies its write-ahead log into the file inside the commit that crosses 1,000
    pages; the reply waiting for that commit then waits for the copy and its fsync. Here a
    thread of its own copies it every few writes, and between turns the log starts over."""
    path = tmp_path / "w.sqlite3"
    runner = create_runner(f"sqlite:///{path}")
    await runner.run(lambda conn: conn.exec_driver_sql("CREATE TABLE t (v INTEGER, s TEXT)"))
    assert await runner.run(_autocheckpoint) == WAL_BACKSTOP_PAGES  # the backstop only
    for value in range(300):  # ~300 pages of log, in short turns
        await runner.run(_insert_row, value)
        if value % 5 == 4:
            await asyncio.sleep(0.02)
    await asyncio.sleep(0.1)
    written = 300 * 4096
    assert path.with_name("w.sqlite3-wal").stat().st_size < written / 2
    assert sum(1 for t in threading.enumerate() if t.name == "lotse-checkpoint") == 1
    await runner.dispose()
    assert not any(t.name == "lotse-checkpoint" for t in threading.enumerate())


async def test_a_database_in_memory_has_no_log_to_copy() -> None:
    runner = create_runner("sqlite://")
    await runner.run(lambda conn: conn.exec_driver_sql("CREATE TABLE t (v INTEGER, s TEXT)"))
    for value in range(2 * CHECKPOINT_EVERY):
        await runner.run(_insert_row, value)
    assert not any(t.name == "lotse-checkpoint" for t in threading.enumerate())
    await runner.dispose()
