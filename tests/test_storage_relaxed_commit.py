"""Relaxed commits: only the reminder log and token usage skip PostgreSQL's flush wait; event
claims and audit rows are durable (their loss could answer twice or lose an audit record)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Connection

from bot.ports import AuditEvent
from storage.database import SqlStore

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _setting(conn: Connection, name: str) -> str:
    return str(conn.exec_driver_sql(f"SHOW {name}").scalar_one())


async def test_only_relaxed_work_skips_the_flush_wait(store: SqlStore) -> None:
    runner = store.runner
    if runner.dialect != "postgresql":
        # SQLite (WAL, synchronous=NORMAL) has one way to commit: relaxed work is plain work.
        assert await runner.run_relaxed(lambda conn: conn.exec_driver_sql("SELECT 7").scalar())
        return
    assert await runner.run_relaxed(_setting, "synchronous_commit") == "off"
    assert await runner.run(_setting, "synchronous_commit") == "on"
    assert await runner.transaction(_setting, "synchronous_commit") == "on"
    # Same database, same schema: the relaxed pool keeps the caller's connection settings.
    assert await runner.run_relaxed(_setting, "search_path") == await runner.run(
        _setting, "search_path"
    )


async def test_only_rows_whose_loss_is_harmless_commit_relaxed(
    store: SqlStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runner = store.runner
    relaxed: list[str] = []
    original = runner.run_relaxed

    async def spy(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        relaxed.append(fn.__name__)
        return await original(fn, *args, **kwargs)

    monkeypatch.setattr(runner, "run_relaxed", spy)

    assert await store.events.claim("teams", "activity-1", AT) is True
    assert await store.events.claim("teams", "activity-1", AT) is False  # still exclusive
    await store.audit.record(
        AuditEvent(kind="message", actor_key="user-x", action="help", outcome="ok", at=AT)
    )
    assert relaxed == []  # claims and audit rows wait for the flush
    await store.reminders.mark_shown("user-x", ["review_output"], AT)
    await store.usage.add(AT.date(), "user-x", "Reha", 3, 4)
    assert relaxed == ["execute", "execute"]
    # Visible at once to every other session (the durable pool here).
    assert await store.audit.count_for_actor("user-x") == 1
    assert (await store.usage.for_user(AT.date(), "user-x")).total == 7
