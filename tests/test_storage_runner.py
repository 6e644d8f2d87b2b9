"""The SQLite runner's worker: one kept connection, a fresh one after a failure, and a clean
shutdown."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from storage.engine import create_runner
from storage.runner import Runner


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
