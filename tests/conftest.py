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
from storage_fixtures import session_store, store  # noqa: F401  (fixtures for every module)

from adapters.console import ConsoleChat, PlainRenderer
from bot.actions import UserAction
from bot.config import Settings
from bot.message import ConversationRef, Message, Platform
from bot.reply import Reply
from lotse.app import App, open_app
from storage.database import SqlStore


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
    return Settings(data_dir=tmp_path / "data", secret_key="test-secret")


@pytest_asyncio.fixture(loop_scope="session")
async def app(
    settings: Settings,
    store: SqlStore,  # noqa: F811  (the fixture imported above)
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
