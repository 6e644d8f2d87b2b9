"""A real Synapse for the Matrix tests: started once per session, stopped also on failure.

SQLite, one HTTP listener on 127.0.0.1 and a free port, no federation, no open registration;
accounts are created through the shared-secret admin API. ``restart()`` stops and starts the
same homeserver on the same port and database (the homeserver-restart test).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from matrix_clients import Counsellor, until
from pydantic import SecretStr

from adapters.matrix.adapter import MatrixAdapter
from adapters.matrix.settings import MatrixSettings
from bot.config import Settings
from lotse.app import App, open_app
from lotse_testing.synapse import Synapse, User, free_port

# What tests import from here: the stand-ins (from lotse_testing) and the fixtures.
__all__ = [
    "Counsellor",
    "Synapse",
    "User",
    "bot_settings",
    "bot_user_fixture",
    "counsellor_fixture",
    "free_port",
    "lotse_app_fixture",
    "lotse_fixture",
    "start_adapter",
    "synapse_fixture",
    "synapse_server_fixture",
    "until",
]


SERVER_NAME = "lotse.test"
STARTUP_TIMEOUT = 60.0


@pytest.fixture(scope="session", name="synapse_server")
def synapse_server_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    """One homeserver for the whole test session."""
    server = Synapse(tmp_path_factory.mktemp("synapse"), free_port(), secrets.token_hex(16))
    server.write_config()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest_asyncio.fixture(loop_scope="session", name="synapse")
async def synapse_fixture(synapse_server: Synapse) -> AsyncIterator[Synapse]:
    """The session homeserver, healthy again if a test restarted or stopped it."""
    if synapse_server.process is None or synapse_server.process.poll() is not None:
        await asyncio.to_thread(synapse_server.start)
    yield synapse_server


async def start_adapter(app: App, settings: MatrixSettings) -> MatrixAdapter:
    """A started Matrix adapter that completed its first sync."""
    adapter = MatrixAdapter(settings)
    await adapter.start(app.host, web.Application())

    async def synced() -> bool:
        return adapter.syncs >= 1

    try:
        await until(synced, 30)
    except BaseException:
        await adapter.stop()
        raise
    return adapter


def bot_settings(server: Synapse, user: User, store: Path, **values: Any) -> MatrixSettings:
    return MatrixSettings(
        homeserver=server.url,
        user_id=user.user_id,
        password=SecretStr(user.password),
        store_path=store,
        store_passphrase=SecretStr("test passphrase"),
        sync_timeout_ms=5000,
        **values,
    )


@pytest_asyncio.fixture(loop_scope="session", name="counsellor")
async def counsellor_fixture(synapse: Synapse, tmp_path: Path) -> AsyncIterator[Counsellor]:
    person = Counsellor(synapse, await synapse.register(), tmp_path / "counsellor")
    await person.start()
    try:
        yield person
    finally:
        await person.stop()


@pytest_asyncio.fixture(loop_scope="session", name="lotse_app")
async def lotse_app_fixture(settings: Settings) -> AsyncIterator[App]:
    async with open_app(settings) as app:
        yield app


@pytest_asyncio.fixture(loop_scope="session", name="bot_user")
async def bot_user_fixture(synapse: Synapse) -> User:
    return await synapse.register()


@pytest_asyncio.fixture(loop_scope="session", name="lotse")
async def lotse_fixture(
    lotse_app: App, synapse: Synapse, bot_user: User, tmp_path: Path
) -> AsyncIterator[MatrixAdapter]:
    adapter = await start_adapter(lotse_app, bot_settings(synapse, bot_user, tmp_path / "bot"))
    try:
        yield adapter
    finally:
        await adapter.stop()
