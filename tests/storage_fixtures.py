"""Shared storage fixtures: one migrated database per backend per session, emptied per test.

conftest registers this module as a plugin, so every test module sees its fixtures. Never
import them into a test module by hand: pytest then takes them for that module's own, and a
``session_store`` imported so is one more store (a schema, a migration, open pools) per module
until the session ends. PostgreSQL runs in a fresh schema per session (dropped afterwards,
also after failures). When PostgreSQL is unreachable the PostgreSQL half is skipped locally
but fails under ``CI=true``: a CI run must never silently test only SQLite.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import delete, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from skills.occupation.ports import OccupationRepository
from storage.database import SqlStore, open_store
from storage.models import Base
from storage.repositories import SqlOccupationRepository
from storage.runner import AsyncEngineRunner

BACKENDS = ("sqlite", "postgresql")
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


@dataclass(frozen=True)
class Backend:
    """An empty database to test against: a URL plus driver arguments."""

    name: str
    url: str
    connect_args: dict[str, Any] = field(default_factory=dict)


def postgres_url() -> str:
    return os.environ.get("LOTSE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def postgres_unavailable(reason: str) -> None:
    shown = make_url(postgres_url()).render_as_string(hide_password=True)
    message = f"PostgreSQL at {shown} is unreachable: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: the PostgreSQL suite must run)")
    pytest.skip(message)


@asynccontextmanager
async def scratch_database(backend: str, directory: Path) -> AsyncIterator[Backend]:
    """A fresh, empty database: a new SQLite file, or a new PostgreSQL schema."""
    suffix = uuid.uuid4().hex[:12]
    if backend == "sqlite":
        yield Backend(backend, f"sqlite+aiosqlite:///{directory / f'lotse-{suffix}.sqlite3'}")
        return
    schema = f"lotse_test_{suffix}"
    admin = create_async_engine(postgres_url(), poolclass=NullPool, connect_args={"timeout": 5})
    try:
        try:
            async with asyncio.timeout(10), admin.begin() as conn:
                await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        except (OSError, TimeoutError, SQLAlchemyError) as error:
            postgres_unavailable(f"{type(error).__name__}: {error}")
        try:
            yield Backend(backend, postgres_url(), {"server_settings": {"search_path": schema}})
        finally:
            async with admin.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        await admin.dispose()


async def clear(store: SqlStore) -> None:
    """Empty every table (children first), keeping the schema and migrations."""
    await store.runner.transaction(_clear)


def _clear(conn: Connection) -> None:
    # DELETE, not TRUNCATE: on PostgreSQL TRUNCATE rewrites files and costs ~0.2 s per test.
    for table in reversed(Base.metadata.sorted_tables):
        conn.execute(delete(table))


@pytest_asyncio.fixture(scope="session", loop_scope="session", params=BACKENDS)
async def session_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[SqlStore]:
    """One migrated store per backend for the whole session."""
    async with scratch_database(request.param, tmp_path_factory.mktemp("storage")) as backend:
        store = await open_store(backend.url, connect_args=backend.connect_args)
        try:
            yield store
        finally:
            await store.close()


# Idle PostgreSQL connections the session's store may keep between tests: its pools keep
# what their busiest test opened (~35 after the concurrency tests), on a server that other
# test runs share ("too many clients").
IDLE_KEPT = 4


@pytest_asyncio.fixture(loop_scope="session")
async def store(session_store: SqlStore) -> SqlStore:
    """The session's store for one backend, emptied before the test."""
    await clear(session_store)
    runner = session_store.runner
    if isinstance(runner, AsyncEngineRunner) and runner.idle_connections() > IDLE_KEPT:
        await runner.close_idle()
        assert runner.idle_connections() <= IDLE_KEPT, "a connection of the last test is out"
    return session_store


@pytest_asyncio.fixture(params=BACKENDS)
async def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    """A never-migrated database per backend (for migration tests)."""
    async with scratch_database(request.param, tmp_path) as backend:
        yield backend


def occupation_repository(store: SqlStore) -> SqlOccupationRepository:
    """The occupation skill's repository in ``store``, as the skill receives it at start."""
    interface: type[Any] = OccupationRepository  # a Protocol: mypy takes no type[...] of it
    found: SqlOccupationRepository = store.repository(interface)
    return found
