"""One bad message never breaks the engine: failures become friendly replies; turns of one
conversation never interleave."""

from __future__ import annotations

import asyncio
import dataclasses
import io
from collections.abc import AsyncIterator
from typing import ClassVar

import pytest
import pytest_asyncio
from fake_skills import StreamingSkill, skill_meta

from adapters.console import ConsoleChat
from bot.config import Settings
from bot.engine import Engine
from bot.message import ConversationRef, Message, Platform
from bot.registry import SkillRegistry
from bot.reply import Outcome, Text
from bot.skill import Skill, SkillContext, SkillResult
from lotse.app import App, open_app
from lotse.host import AppHost
from storage.database import SqlStore


class Exploding(Skill):
    meta = skill_meta("exploding", "kaputt")

    async def handle(self, ctx: SkillContext) -> SkillResult:
        raise RuntimeError(f"failed while reading {ctx.args}")


class Slow(Skill):
    """Holds each turn until the test releases it (no waiting on the clock)."""

    meta = skill_meta("slow", "langsam")
    events: ClassVar[list[str]] = []
    started: ClassVar[asyncio.Event]
    release: ClassVar[asyncio.Event]

    async def handle(self, ctx: SkillContext) -> SkillResult:
        self.events.append(f"start {ctx.args}")
        self.started.set()
        await self.release.wait()
        self.events.append(f"end {ctx.args}")
        return SkillResult(blocks=(Text(ctx.args),))


@pytest_asyncio.fixture(loop_scope="session")
async def test_app(settings: Settings, store: SqlStore, clock: object) -> AsyncIterator[App]:
    registry = SkillRegistry(
        [
            *SkillRegistry.discover(settings),
            Exploding(),
            Slow(),
            StreamingSkill(("eins", "zwei", "drei")),
        ]
    )
    async with open_app(settings, store=store, registry=registry) as app:
        console = ConsoleChat(app.host, "anna", io.StringIO())
        await console.send("kaputt")
        await console.send("ja")
        yield app


async def test_a_failing_skill_gets_a_friendly_error_and_the_next_message_works(
    test_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    console = ConsoleChat(test_app.host, "anna", io.StringIO())
    reply = await console.send("kaputt Frau Vertraulich")
    assert reply.outcome is Outcome.ERROR
    text = reply.blocks[0].markdown  # type: ignore[union-attr]
    assert "Fehler-ID" in text
    assert "RuntimeError" not in text
    assert "Vertraulich" not in caplog.text
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)

    events = await test_app.store.audit.recent("message", 1)
    assert events[0].outcome == "error"
    assert events[0].correlation_id in text

    again = await console.send("beruf Tischler")
    assert again.outcome is Outcome.OK


class _Unreachable:
    """Any repository call fails as a lost database connection does."""

    def __getattr__(self, name: str) -> object:
        async def fail(*args: object, **kwargs: object) -> None:
            raise ConnectionRefusedError("database unreachable")

        return fail


class DeadStore:
    directory = acknowledgements = states = reminders = preferences = audit = _Unreachable()


async def test_a_dead_database_still_gets_a_friendly_answer(test_app: App) -> None:
    services = dataclasses.replace(test_app.engine.services, store=DeadStore())  # type: ignore[arg-type]
    console = ConsoleChat(AppHost(Engine(services), test_app.feedback), "anna", io.StringIO())
    reply = await console.send("beruf Tischler")
    assert reply.outcome is Outcome.ERROR
    assert "Fehler-ID" in reply.blocks[0].markdown  # type: ignore[union-attr]


async def test_turns_of_one_conversation_never_interleave(test_app: App) -> None:
    Slow.events.clear()
    Slow.started, Slow.release = asyncio.Event(), asyncio.Event()
    console = ConsoleChat(test_app.host, "anna", io.StringIO())
    both = asyncio.gather(console.send("langsam eins"), console.send("langsam zwei"))
    await asyncio.wait_for(Slow.started.wait(), timeout=30)  # one turn holds the skill
    Slow.release.set()
    await both
    first = Slow.events[0].split()[1]
    assert Slow.events[1] == f"end {first}"


async def test_partial_text_reaches_the_adapter_while_a_skill_streams(test_app: App) -> None:
    seen: list[str] = []

    async def progress(text: str) -> None:
        seen.append(text)

    message = Message(ConversationRef(Platform.CONSOLE, "console:anna"), "anna", "anna", "strom")
    reply = await test_app.engine.handle(message, progress=progress)
    assert seen == ["eins ", "eins zwei ", "eins zwei drei "]
    assert reply.blocks == (Text("eins zwei drei"),)
