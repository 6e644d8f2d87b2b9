"""Failures are logged with their stack frames and the turn's correlation id, never with the
message text or the exception's own message (both may hold personal data)."""

from __future__ import annotations

import ast
import logging
from collections.abc import AsyncIterator, Mapping
from ipaddress import AddressValueError
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from fake_skills import skill_meta
from teams_fixtures import activity

from adapters.teams.turns import TeamsBot
from bot.config import Settings
from bot.failures import describe, log_failure
from bot.message import ConversationRef, Message, Platform
from bot.registry import SkillRegistry
from bot.reply import Outcome
from bot.skill import Skill, SkillContext, SkillResult
from lotse.app import App, open_app
from storage.database import SqlStore

SECRET = "Frau-Geheimnis-4711"


class Leaky(Skill):
    """Fails with the user's words in the exception, as a parser or a model error might."""

    meta = skill_meta("leaky", "leck")

    async def handle(self, ctx: SkillContext) -> SkillResult:
        raise RuntimeError(f"could not handle {ctx.args!r}")


@pytest_asyncio.fixture(loop_scope="session")
async def leaky_app(settings: Settings, store: SqlStore) -> AsyncIterator[App]:
    registry = SkillRegistry([*SkillRegistry.discover(settings), Leaky()])
    async with open_app(settings, store=store, registry=registry) as app:
        yield app


def message(text: str, user: str = "anna") -> Message:
    conversation = ConversationRef(Platform.CONSOLE, f"console:{user}")
    return Message(conversation=conversation, sender_id=user, sender_name=user, text=text)


def assert_nothing_secret(records: list[logging.LogRecord]) -> None:
    for record in records:
        assert SECRET not in record.getMessage()
        assert all(SECRET not in str(value) for value in vars(record).values())
        assert record.exc_info is None  # a traceback would print the exception's message


def failures(records: list[logging.LogRecord], what: str) -> list[logging.LogRecord]:
    return [r for r in records if r.getMessage().startswith(what)]


async def test_a_failing_skill_logs_frames_and_the_adapters_correlation_id(
    leaky_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    await leaky_app.host.handle(message("leck"))
    await leaky_app.host.handle(message("ja"))  # the AI guideline, acknowledged
    failing = message(f"leck {SECRET}")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        reply = await leaky_app.host.handle(failing)

    assert reply.outcome is Outcome.ERROR
    [record] = failures(caplog.records, "turn failed")
    # The id the adapter made for this message is the turn's id: in the log, the apology and
    # the audit row alike.
    assert record.correlation_id == failing.correlation_id  # type: ignore[attr-defined]
    assert failing.correlation_id in reply.blocks[0].markdown  # type: ignore[union-attr]
    [audited] = await leaky_app.store.audit.recent("message", 1)
    assert audited.correlation_id == failing.correlation_id
    assert record.error == "RuntimeError"  # type: ignore[attr-defined]
    assert "test_failures.py:" in record.frames  # type: ignore[attr-defined]
    assert "in handle" in record.frames  # type: ignore[attr-defined]
    assert_nothing_secret(caplog.records)


class BrokenTeamsTurn:
    """A Teams turn whose every send fails, with the user's words in the error (as an HTTP
    client error quoting the request would)."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.activity: Mapping[str, Any] = body

    async def send(self, activity: Any) -> str | None:
        raise ConnectionError(f"send to the Bot Connector failed for {SECRET}")

    def reference(self) -> object:
        return "ref"


class NoProactive:
    async def send_proactive(self, reference: Any, activity: Any) -> str | None:
        raise AssertionError("the reply is sent within the request")


async def test_a_failing_teams_reply_logs_frames_and_the_turns_correlation_id(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    bot = TeamsBot(app.host, NoProactive(), inline_seconds=60)
    body = activity("https://smba.example/", text=f"beruf {SECRET}")
    with caplog.at_level(logging.INFO):
        await bot.on_turn(BrokenTeamsTurn(body))
        await bot.close()

    [record] = failures(caplog.records, "teams reply failed")
    [audited] = await app.store.audit.recent("message", 1)
    assert record.correlation_id == audited.correlation_id  # type: ignore[attr-defined]
    assert record.error == "ConnectionError"  # type: ignore[attr-defined]
    frames: str = record.frames  # type: ignore[attr-defined]
    assert "adapters/teams/turns.py:" in frames
    assert "in _answer" in frames
    assert "test_failures.py:" in frames
    assert "in send" in frames
    assert_nothing_secret(caplog.records)


def test_frames_follow_the_cause_without_any_message() -> None:
    def parse(text: str) -> int:
        return int(text)

    def load(text: str) -> int:
        try:
            return parse(text)
        except ValueError as error:
            raise LookupError(f"no number in {text}") from error

    with pytest.raises(LookupError) as raised:
        load(SECRET)
    classes, frames = describe(raised.value)
    assert classes == "LookupError < ValueError"
    assert "in load" in frames
    assert "in parse" in frames
    assert frames.index("LookupError at") < frames.index("ValueError at")
    assert SECRET not in classes + frames


def test_a_failure_logs_its_level_fields_and_the_module_of_a_library_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = logging.getLogger("lotse.test")
    try:
        raise TimeoutError(SECRET)
    except TimeoutError as error:
        builtin = error

    with caplog.at_level(logging.INFO, logger="lotse.test"):
        log_failure(log, "typing failed", builtin, level=logging.WARNING, room_id="!r:hs")
        log_failure(log, "call failed", AddressValueError(SECRET), correlation_id="c0ffee")
    first, second = caplog.records
    assert (first.levelno, first.getMessage()) == (logging.WARNING, "typing failed: TimeoutError")
    assert first.room_id == "!r:hs"  # type: ignore[attr-defined]
    assert not hasattr(first, "correlation_id")  # no turn, no id
    assert second.levelno == logging.ERROR
    assert second.getMessage() == "call failed: ipaddress.AddressValueError"
    assert second.correlation_id == "c0ffee"  # type: ignore[attr-defined]
    assert second.frames == "ipaddress.AddressValueError at ?"  # type: ignore[attr-defined]
    assert_nothing_secret(caplog.records)


def hand_logged_failures(source: str) -> list[int]:
    """Lines where an ``except`` handler logs its error by hand: the class name alone
    (``type(error).__name__``), or a traceback with the message (``exc_info``,
    ``log.exception``) instead of ``log_failure``."""
    lines = []
    for handler in ast.walk(ast.parse(source)):
        if not isinstance(handler, ast.ExceptHandler) or handler.name is None:
            continue
        for node in ast.walk(handler):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr not in LOG_METHODS:
                continue
            by_class = any(
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Name)
                and inner.func.id == "type"
                and any(isinstance(a, ast.Name) and a.id == handler.name for a in inner.args)
                for inner in ast.walk(node)
            )
            with_trace = node.func.attr == "exception" or any(
                keyword.arg == "exc_info" for keyword in node.keywords
            )
            if by_class or with_trace:
                lines.append(node.lineno)
    return lines


LOG_METHODS = frozenset(("debug", "info", "warning", "error", "critical", "exception", "log"))
ROOT = Path(__file__).resolve().parents[1]


def test_every_failure_is_logged_through_log_failure() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in ("adapters", "bot", "lotse", "skills", "storage")
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in hand_logged_failures(path.read_text())
    ]
    assert found == []


def test_hand_logged_failures_are_found() -> None:
    source = (
        "try:\n    pass\nexcept Exception as error:\n"
        "    log.warning('x failed', extra={'error': type(error).__name__})\n"
        "    log.debug('detail', exc_info=True)\n"
        "    log_failure(log, 'x failed', error)\n"
    )
    assert hand_logged_failures(source) == [4, 5]
