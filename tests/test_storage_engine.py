"""Engine setup: SQLite file handling and pragmas, unsupported backends, ping failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.database import open_store
from storage.engine import create_runner
from storage.migrate import is_up_to_date


async def test_sqlite_creates_parent_directory_and_sets_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "lotse.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}")
    try:
        pragmas = await store.runner.run(_pragmas)
    finally:
        await store.close()
    assert path.is_file()
    assert pragmas == ("wal", 1, 1)  # synchronous 1 = NORMAL
    assert await is_up_to_date(f"sqlite+aiosqlite:///{path}") is True


async def test_in_memory_sqlite_works_for_quick_tests() -> None:
    store = await open_store("sqlite+aiosqlite://")
    try:
        await store.preferences.set_language("user-a", "en")
        assert await store.preferences.language("user-a") == "en"
    finally:
        await store.close()


async def test_close_is_idempotent(tmp_path: Path) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}")
    assert await store.ping() is True
    await store.close()
    await store.close()


def test_unsupported_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported database backend"):
        create_runner("mysql+aiomysql://user@localhost/lotse")


async def test_ping_is_false_when_the_database_cannot_be_opened(tmp_path: Path) -> None:
    # A directory where the database file should be: SQLite cannot open it.
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path}", migrate=False)
    try:
        assert await store.ping() is False
    finally:
        await store.close()


async def test_failed_migration_disposes_and_raises(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="unable to open database file"):
        await open_store(f"sqlite+aiosqlite:///{tmp_path}")


def _pragmas(conn: Connection) -> tuple[object, ...]:
    names = ("journal_mode", "synchronous", "foreign_keys")
    return tuple(conn.execute(text(f"PRAGMA {name}")).scalar_one() for name in names)
