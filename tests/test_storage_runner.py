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


def _threads(name: str) -> set[threading.Thread]:
    """The live threads called ``name``: other runners (a session's store) may have theirs,
    so a test compares the sets before and after rather than counting."""
    return {thread for thread in threading.enumerate() if thread.name == name}


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
    before = _threads("lotse-sqlite")
    runner = create_runner(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    await runner.run(_create)
    started = _threads("lotse-sqlite") - before
    assert len(started) == 1
    await runner.dispose()
    await runner.dispose()  # idempotent
    assert not any(thread.is_alive() for thread in started)
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
    before = _threads("lotse-checkpoint")
    runner = create_runner(f"sqlite:///{path}")
    await runner.run(lambda conn: conn.exec_driver_sql("CREATE TABLE t (v INTEGER, s TEXT)"))
    assert await runner.run(_autocheckpoint) == WAL_BACKSTOP_PAGES  # the backstop only
    for value in range(300):  # ~300 pages of log, in short turns
        await runner.run(_insert_row, value)
        if value % 5 == 4:
            await asyncio.sleep(0.02)
    written = 300 * 4096
    log = path.with_name("w.sqlite3-wal")
    for _ in range(200):  # the copy runs on its own thread: wait for it (a slow machine, too)
        if log.stat().st_size < written / 2:
            break
        await asyncio.sleep(0.05)
    assert log.stat().st_size < written / 2
    started = _threads("lotse-checkpoint") - before
    assert len(started) == 1
    await runner.dispose()
    assert not any(thread.is_alive() for thread in started)


async def test_a_database_in_memory_has_no_log_to_copy() -> None:
    runner = create_runner("sqlite://")
    await runner.run(lambda conn: conn.exec_driver_sql("CREATE TABLE t (v INTEGER, s TEXT)"))
    before = _threads("lotse-checkpoint")
    for value in range(2 * CHECKPOINT_EVERY):
        await runner.run(_insert_row, value)
    assert _threads("lotse-checkpoint") <= before
    await runner.dispose()
