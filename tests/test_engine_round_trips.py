"""The database work of one turn has a budget: statements and units of work per turn are
counted (never timed), so the round trips a message costs cannot silently grow again.

A unit of work is one call into the store's runner: one hop to the SQLite worker thread, one
pooled connection on PostgreSQL. In a steady conversation a turn reads its conversation state
and writes its audit row, the evaluation's answer row in the same commit; the department,
toggles, acknowledgement, language and evaluation standing come from the per-process cache.
The topic a skill remembers for follow-up questions (the occupation of the last card) is read
with the conversation state and written with the audit row. On PostgreSQL the conversation
lock adds one statement to take it and one to give it back,
sent on the lock's own connection straight through the driver, so no statement of it is
counted here (its own tests: ``test_storage_conversation_lock.py``).

After a pause longer than the cache's lifetime (the usual case: a counsellor writes every
minute or so, the cache keeps five seconds) a turn reads what it needs to know about the
sender in one more unit of work (``Store.caller_facts``), not in one unit per fact."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from conftest import Chat, FakeClock
from sqlalchemy import event
from sqlalchemy.engine import Engine

from bot.evaluation.ports import AnswerFact, AnswerRecord
from bot.ports import AuditEvent
from bot.reply import Outcome
from lotse.app import App
from storage.database import SqlStore

pytestmark = pytest.mark.asyncio(loop_scope="session")


@dataclass
class Tally:
    units: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    commits: int = 0  # explicit transactions committed (autocommit statements commit alone)

    def writes(self) -> list[str]:
        return [s for s in self.statements if not s.lstrip().upper().startswith("SELECT")]


@contextmanager
def tally(store: SqlStore, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tally]:
    """Counts what the store below ``app`` (the session's ``store``) is asked to do."""
    found = Tally()
    runner = store.runner
    for name in ("run", "run_relaxed", "transaction"):
        monkeypatch.setattr(runner, name, _counted(getattr(runner, name), name, found))

    def statement(*args: Any) -> None:
        if threading.current_thread().name == "lotse-checkpoint":
            return  # SQLite's log copied between turns, on its own thread: no turn's work
        text = " ".join(str(args[2]).split())[:60]
        if not text.startswith("BEGIN"):  # SQLite's BEGIN IMMEDIATE: counted as the commit
            found.statements.append(text)

    def commit(*_: Any) -> None:
        found.commits += 1

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Engine, "commit", commit)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
        event.remove(Engine, "commit", commit)


def _counted(method: Callable[..., Any], name: str, found: Tally) -> Callable[..., Any]:
    async def counted(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        found.units.append(f"{name} {getattr(fn, '__name__', fn)}")
        return await method(fn, *args, **kwargs)

    return counted


async def steady(chat: Chat, text: str) -> None:
    for _ in range(2):  # caches warm, no reminder due, no follow-up question pending
        await chat.say(text)


async def test_help_costs_one_read_and_one_write(
    acked_chat: Chat, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await steady(acked_chat, "hilfe")
    with tally(store, monkeypatch) as found:
        await acked_chat.say("hilfe")
    assert len(found.units) == 2, found.units
    assert len(found.statements) == 2, found.statements  # state read, audit row
    assert len(found.writes()) == 1


async def test_a_lookup_commits_its_answer_row_with_the_audit_row(
    acked_chat: Chat, app: App, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await steady(acked_chat, "beruf Mechatronikerin")
    before = len(await _answers(app))
    with tally(store, monkeypatch) as found:
        reply, _ = await acked_chat.say("beruf Mechatronikerin")
    assert reply.answer_id is not None
    assert len(found.units) == 2, found.units  # state read; audit, answer and topic rows
    # PostgreSQL: one statement carries the three rows; SQLite: one transaction on the worker.
    assert len(found.writes()) == (1 if store.runner.dialect == "postgresql" else 3), (
        found.statements
    )
    assert found.commits <= 1
    assert len(await _answers(app)) == before + 1


async def test_a_follow_up_question_costs_what_a_lookup_costs(
    acked_chat: Chat, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await steady(acked_chat, "beruf Mechatronikerin")
    with tally(store, monkeypatch) as found:
        reply, _ = await acked_chat.say("und was verdient man da?")
    assert reply.title == "Mechatroniker/in"  # answered for the remembered occupation
    assert len(found.units) == 2, found.units
    assert found.commits <= 1


async def test_forgetting_the_topic_rides_with_the_audit_row(
    acked_chat: Chat, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = "zusammenfassen\nTN war pünktlich."
    await steady(acked_chat, notes)
    with tally(store, monkeypatch) as counted:
        await acked_chat.say(notes)
    without_topic = list(counted.units)  # (the runner stays wrapped: copy, then go on)
    await acked_chat.say("beruf Mechatronikerin")
    with tally(store, monkeypatch) as forgetting:  # another skill answers: the topic goes
        reply, _ = await acked_chat.say(notes)
    assert reply.skill_id == "summary"
    assert len(forgetting.units) == len(without_topic), forgetting.units
    assert any(s.startswith(("DELETE", "WITH")) for s in forgetting.writes())


async def after_a_pause(chat: Chat, clock: FakeClock, text: str) -> None:
    await steady(chat, text)
    clock.advance(seconds=chat.app.settings.cache_seconds + 1)  # every cached fact expired


async def test_help_after_a_pause_reads_the_sender_in_one_unit(
    acked_chat: Chat, clock: FakeClock, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await after_a_pause(acked_chat, clock, "hilfe")
    with tally(store, monkeypatch) as found:
        await acked_chat.say("hilfe")
    # Language, departments, toggles, acknowledgement, evaluation standing; then the state
    # read and the audit row. (One unit per fact before: eight units, eight statements.)
    assert found.units == ["run read_caller", "run _read", "run execute"], found.units
    assert len(found.statements) == 4, found.statements  # two of them for the sender


async def test_a_lookup_after_a_pause_reads_the_sender_in_one_unit(
    acked_chat: Chat, clock: FakeClock, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await after_a_pause(acked_chat, clock, "beruf Mechatronikerin")
    with tally(store, monkeypatch) as found:
        reply, _ = await acked_chat.say("beruf Mechatronikerin")
    assert reply.answer_id is not None
    assert len(found.units) == 3, found.units
    assert found.units[0] == "run read_caller"
    assert len([s for s in found.statements if s.startswith("SELECT")]) == 3, found.statements
    with tally(store, monkeypatch) as next_turn:  # the facts are cached again
        await acked_chat.say("beruf Mechatronikerin")
    assert len(next_turn.units) == 2, next_turn.units


async def test_the_evaluation_standing_is_not_read_per_turn(
    acked_chat: Chat, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await steady(acked_chat, "beruf Koch")
    with tally(store, monkeypatch) as found:
        for _ in range(3):
            await acked_chat.say("beruf Koch")
    assert not [s for s in found.statements if "evaluation_choices" in s]


async def _answers(app: App) -> list[AnswerFact]:
    return await app.store.evaluation.answers.facts(date(2000, 1, 3), date(2100, 1, 4))


async def test_a_failing_answer_row_costs_neither_the_answer_nor_the_audit_row(
    acked_chat: Chat, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit = app.store.audit
    original = audit.record

    async def refusing(event: AuditEvent, *, answer: AnswerRecord | None = None) -> None:
        if answer is not None:
            raise RuntimeError("answers table unavailable")
        await original(event)

    monkeypatch.setattr(audit, "record", refusing)
    user_key = app.engine.services.pseudonymiser.user_key("console", acked_chat.user)
    audited = await audit.count_for_actor(user_key)
    answers = len(await _answers(app))
    reply, _ = await acked_chat.say("beruf Tischler")
    assert reply.outcome is Outcome.OK
    assert await audit.count_for_actor(user_key) == audited + 1
    assert len(await _answers(app)) == answers
