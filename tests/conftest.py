"""Shared fixtures: an engine on each storage backend, a console chat, a controllable clock."""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from pydantic import SecretStr

from adapters.console import ConsoleChat, PlainRenderer
from bot.actions import UserAction
from bot.config import Settings
from bot.message import ConversationRef, Message, Platform
from bot.reply import Reply
from lotse.app import App, open_app
from storage.database import SqlStore

# The shared fixtures, for every test module: no module imports fixtures by hand.
pytest_plugins = [
    "storage_fixtures",
    "llm_fixtures",
    "openai_fixtures",
    "occupation_fixtures",
    "occupation_skill_fixtures",
    "admin_chat_fixtures",
    "instances_fixtures",
    "matrix_fixtures",
    "teams_fixtures",
    "teams_playground_fixtures",
]

# What a test needs besides Python, read from the fixtures it uses (directly or through other
# fixtures) or from its storage backend; `make test-fast` leaves these out.
NEEDS: dict[str, frozenset[str]] = {
    "synapse": frozenset({"synapse_server"}),  # a Synapse homeserver process
    "node": frozenset({"playground"}),  # the Agents Playground (Node.js)
    "postgres": frozenset({"shared_database"}),  # a database of its own on PostgreSQL
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for marker, fixtures in NEEDS.items():
            if used & fixtures:
                item.add_marker(marker)
        callspec = getattr(item, "callspec", None)
        if callspec is not None and "postgresql" in callspec.params.values():
            item.add_marker("postgres")  # the PostgreSQL half of a test run on both backends


class FakeClock:
    """A clock the test moves forward; starts on a Wednesday morning."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    # A developer's own configuration (a real API key above all) must never reach the tests.
    for name in list(os.environ):
        foreign = name.startswith(("LOTSE_", "ANTHROPIC_", "AWS_", "GOOGLE_", "CLOUD_ML_"))
        if foreign and not name.startswith("LOTSE_TEST_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the developer's checkout
    return Settings(data_dir=tmp_path / "data", secret_key=SecretStr("test-secret"))


@pytest_asyncio.fixture(loop_scope="session")
async def app(
    settings: Settings,
    store: SqlStore,
    clock: FakeClock,
) -> AsyncIterator[App]:
    """The whole app on one backend (the test runs once for SQLite, once for PostgreSQL)."""
    async with open_app(settings, clock=clock, store=store) as opened:
        yield opened


@dataclass
class Chat:
    """A console chat whose replies are also captured as rendered text."""

    console: ConsoleChat
    output: io.StringIO
    app: App
    user: str

    async def say(self, text: str) -> tuple[Reply, str]:
        start = self.output.tell()
        reply = await self.console.send(text)
        self.output.seek(start)
        rendered = self.output.read()
        return reply, rendered

    async def act(self, action: UserAction) -> tuple[Reply, str]:
        """What a button or card submit sends: a typed action, no text, in this chat."""
        conversation = ConversationRef(Platform.CONSOLE, f"console:{self.user}")
        message = Message(conversation, self.user, self.user, "", action=action)
        reply = await self.app.engine.handle(message)
        return reply, PlainRenderer(ansi=False).render(reply)


def make_chat(app: App, user: str) -> Chat:
    output = io.StringIO()
    return Chat(ConsoleChat(app.host, user, output), output, app, user)


@pytest.fixture
def chat(app: App) -> Chat:
    return make_chat(app, "anna")


@pytest_asyncio.fixture(loop_scope="session")
async def acked_chat(chat: Chat) -> Chat:
    """A counsellor who has acknowledged the AI policy already."""
    await chat.say("beruf Tischler")
    await chat.say("ja")
    return chat
