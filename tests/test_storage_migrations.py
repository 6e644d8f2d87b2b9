"""Migrations on an empty database of each backend; the initial revision matches the models."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from storage_fixtures import Backend, empty_database

from storage.database import open_store
from storage.engine import create_runner
from storage.migrate import (
    MIGRATIONS_DIR,
    current_revision,
    head_revisions,
    is_up_to_date,
    make_config,
    run_alembic,
    upgrade,
)
from storage.models import Base
from storage.runner import Runner

__all__ = ["empty_database"]

T = TypeVar("T")
TABLES = {table.name for table in Base.metadata.sorted_tables}


def test_migrations_ship_as_package_data() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()
    assert len(head_revisions()) == 1  # a linear history: one head


async def test_upgrade_empty_database_to_head(empty_database: Backend) -> None:
    url, args = empty_database.url, empty_database.connect_args
    assert await current_revision(url, connect_args=args) is None
    assert await is_up_to_date(url, connect_args=args) is False
    await upgrade(url, connect_args=args)
    assert {await current_revision(url, connect_args=args)} == head_revisions()
    assert await is_up_to_date(url, connect_args=args) is True
    await upgrade(url, connect_args=args)  # idempotent at head
    assert await _tables(empty_database) >= TABLES


async def test_initial_revision_matches_the_models(empty_database: Backend) -> None:
    await upgrade(empty_database.url, connect_args=empty_database.connect_args)
    assert await _with_runner(empty_database, lambda runner: runner.run(_compare)) == []


async def test_downgrade_to_base_and_up_again(empty_database: Backend) -> None:
    await upgrade(empty_database.url, connect_args=empty_database.connect_args)
    await _with_runner(
        empty_database, lambda runner: runner.transaction(run_alembic, command.downgrade, "base")
    )
    assert await _tables(empty_database) & TABLES == set()
    await upgrade(empty_database.url, connect_args=empty_database.connect_args)
    assert await _tables(empty_database) >= TABLES


async def test_open_store_without_migrate_leaves_schema_alone(empty_database: Backend) -> None:
    store = await open_store(
        empty_database.url, migrate=False, connect_args=empty_database.connect_args
    )
    try:
        assert await store.ping() is True
    finally:
        await store.close()
    assert await _tables(empty_database) & TABLES == set()


async def test_concurrent_upgrades_serialise(empty_database: Backend) -> None:
    # Several processes starting at once (each upgrade() has its own engine and connection).
    args = empty_database.connect_args
    await asyncio.gather(*(upgrade(empty_database.url, connect_args=args) for _ in range(3)))
    assert await is_up_to_date(empty_database.url, connect_args=args) is True


async def test_an_instance_serves_on_a_schema_a_newer_release_migrated(
    empty_database: Backend,
) -> None:
    # A rolling upgrade: the first new instance migrates while the old ones still run; they
    # stay ready. An instance whose release is newer than the database is not ready.
    store = await open_store(
        empty_database.url, migrate=True, connect_args=empty_database.connect_args
    )
    try:
        assert await store.schema_current() is True
        await store.runner.transaction(run_alembic, command.downgrade, "-1")
        assert await store.schema_current() is False  # behind this release
        await store.runner.transaction(run_alembic, command.upgrade, "head")
        await store.runner.run(_stamp, "9999_of_a_newer_release")
        assert await store.schema_current() is True
    finally:
        await store.close()


def _stamp(conn: Connection, revision: str) -> None:
    conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def _compare(conn: Connection) -> list[Any]:
    context = MigrationContext.configure(conn, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def _tables(backend: Backend) -> set[str]:
    names = await _with_runner(
        backend, lambda runner: runner.run(lambda conn: inspect(conn).get_table_names())
    )
    return set(names)


async def _with_runner(backend: Backend, job: Callable[[Runner], Awaitable[T]]) -> T:
    runner = create_runner(backend.url, connect_args=backend.connect_args)
    try:
        return await job(runner)
    finally:
        await runner.dispose()


def test_alembic_command_line_path_upgrades_and_finds_no_model_drift(tmp_path: Path) -> None:
    # What `alembic -x ...`/autogenerate uses: no connection handed over, only the URL.
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    command.upgrade(make_config(url), "head")
    command.check(make_config(url))  # raises if the models differ from the migrations
    assert asyncio.run(is_up_to_date(url)) is True
