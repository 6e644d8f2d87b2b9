"""Several ``lotse serve`` processes on one PostgreSQL database: a fresh database per test
module (created on the test server, dropped afterwards), and servers started against it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool
from storage_fixtures import postgres_unavailable, postgres_url


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def shared_database() -> AsyncIterator[str]:
    """The URL of a new, empty PostgreSQL database that every instance of the test uses."""
    name = f"lotse_instances_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(
        postgres_url(),
        poolclass=NullPool,
        isolation_level="AUTOCOMMIT",
        connect_args={"timeout": 5},
    )
    try:
        try:
            async with asyncio.timeout(10), admin.connect() as conn:
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
        except (OSError, TimeoutError, SQLAlchemyError) as error:
            postgres_unavailable(f"{type(error).__name__}: {error}")
        url = make_url(postgres_url()).set(database=name)
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            async with admin.connect() as conn:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


async def readiness(url: str) -> dict[str, Any]:
    async with aiohttp.ClientSession() as session, session.get(f"{url}/readyz") as response:
        return dict(await response.json())
