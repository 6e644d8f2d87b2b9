"""The audit trail: that something happened, never what was written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Insert, bindparam, delete, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection

from bot.evaluation.ports import AnswerRecord
from bot.ports import AuditCount, AuditEvent, RecentChange
from storage.models import answers, conversation_states
from storage.models import audit_events as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, upsert
from storage.repositories.states import state_row

T = TypeVar("T")
_RECORD = insert(t)
_RECORD_ANSWER = insert(answers)
_ANSWER_FIELDS = tuple(AnswerRecord.__dataclass_fields__)
# PostgreSQL: the answer row rides along in a data-modifying CTE, so both rows commit in one
# statement and one round trip. (SQLite has no such CTE; there both inserts share one
# transaction on the worker thread, which is one hop as well.)
_RECORD_WITH_ANSWER = insert(t).add_cte(
    insert(answers)
    .values(
        {name: bindparam(f"answer_{name}", type_=answers.c[name].type) for name in _ANSWER_FIELDS}
    )
    .cte("answer")
)
_STATE_FIELDS = ("id", "user_key", "owner", "data", "expires_at", "updated_at")
_SQLITE_REMEMBER = upsert("sqlite", conversation_states, ["id"], _STATE_FIELDS[1:])
_FORGET = delete(conversation_states).where(conversation_states.c.id == bindparam("id"))
_COUNT_FOR_ACTOR = (
    select(func.count()).select_from(t).where(t.c.actor_key == bindparam("actor_key"))
)
# Columns named like the AuditEvent fields, so rows map onto it by name.
_RECENT = (
    select(
        t.c.kind,
        t.c.actor_key,
        t.c.action,
        t.c.outcome,
        t.c.at,
        t.c.platform,
        t.c.department,
        t.c.correlation_id,
        t.c.tokens_in,
        t.c.tokens_out,
        t.c.detail,
    )
    .where(t.c.kind == bindparam("kind"))
    .order_by(t.c.at.desc(), t.c.id.desc())
    .limit(bindparam("limit"))
)
_COUNTS = (
    select(t.c.department, t.c.action, t.c.outcome, func.count().label("n"))
    .where(t.c.kind == bindparam("kind"), t.c.at >= bindparam("since"))
    .group_by(t.c.department, t.c.action, t.c.outcome)
    .order_by(t.c.department, t.c.action, t.c.outcome)
)


def answer_row(answer: AnswerRecord) -> dict[str, Any]:
    """The answer's fields by name. Every field is a plain value, so no deep copy is needed
    (``dataclasses.asdict`` makes one, at several times the cost, on every answered turn)."""
    return {name: getattr(answer, name) for name in _ANSWER_FIELDS}


def audit_row(event: AuditEvent) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "actor_key": event.actor_key,
        "action": event.action,
        "outcome": event.outcome,
        "at": event.at,
        "platform": event.platform,
        "department": event.department,
        "correlation_id": event.correlation_id,
        "tokens_in": event.tokens_in,
        "tokens_out": event.tokens_out,
        "detail": dict(event.detail),
    }


def audited(work: Callable[..., T], audit: AuditEvent | None) -> Callable[..., T]:
    """``work`` followed by the insert of its audit row, for one transaction: a change and
    its audit record commit together or not at all."""

    def unit(conn: Connection, *args: Any) -> T:
        result = work(conn, *args)
        if audit is not None:
            conn.execute(_RECORD, audit_row(audit))
        return result

    return unit


def _recent_row(recent: RecentChange) -> dict[str, Any]:
    key = recent.key
    if recent.state is None:
        return {"id": key.recent_id()}
    return state_row(key.recent_id(), key, recent.state)


@cache
def _pg_record(with_answer: bool, recent: str | None) -> Insert:
    """PostgreSQL: the audit insert with the answer row and the remembered topic's upsert
    (``recent`` "put") or delete ("forget") riding along as data-modifying CTEs, so the
    turn's writes are one statement and one round trip."""
    statement = _RECORD_WITH_ANSWER if with_answer else insert(t)
    states = conversation_states
    if recent == "put":
        remember = pg_insert(states).values(
            {
                name: bindparam(f"recent_{name}", type_=states.c[name].type)
                for name in _STATE_FIELDS
            }
        )
        excluded = remember.excluded
        remember = remember.on_conflict_do_update(
            index_elements=["id"], set_={name: excluded[name] for name in _STATE_FIELDS[1:]}
        )
        statement = statement.add_cte(remember.cte("recent"))
    elif recent == "forget":
        forget = delete(states).where(states.c.id == bindparam("recent_id"))
        statement = statement.add_cte(forget.cte("recent"))
    return statement


class SqlAuditRepository(SqlRepository):
    """Implements :class:`bot.ports.AuditRepository`."""

    async def record(
        self,
        event: AuditEvent,
        *,
        answer: AnswerRecord | None = None,
        recent: RecentChange | None = None,
    ) -> None:
        # Durable like every audit row: its loss would be a missing audit record. The answer
        # row and the remembered topic share the commit (a commit of their own would cost a
        # second round trip).
        row = audit_row(event)
        if answer is None and recent is None:
            await self._runner.run(execute, _RECORD, row)
        elif self._dialect == "postgresql":
            params = dict(row)
            if answer is not None:
                params |= {f"answer_{name}": value for name, value in answer_row(answer).items()}
            kind = None
            if recent is not None:
                kind = "forget" if recent.state is None else "put"
                params |= {f"recent_{name}": v for name, v in _recent_row(recent).items()}
            await self._runner.run(execute, _pg_record(answer is not None, kind), params)
        else:
            answer_values = answer_row(answer) if answer is not None else None
            recent_values = _recent_row(recent) if recent is not None else None
            await self._runner.transaction(_record_all, row, answer_values, recent_values)

    async def count_for_actor(self, actor_key: str) -> int:
        return await self._runner.run(_count_for_actor, actor_key)

    async def recent(self, kind: str, limit: int) -> list[AuditEvent]:
        """The newest ``limit`` events of ``kind``, newest first."""
        if limit <= 0:
            return []
        return await self._runner.run(_recent, kind, limit)

    async def counts(self, kind: str, since: datetime) -> list[AuditCount]:
        """Events of ``kind`` at or after ``since`` counted per department, action, outcome."""
        return await self._runner.run(_counts, kind, since)


def _record_all(
    conn: Connection,
    row: dict[str, Any],
    answer: dict[str, Any] | None,
    recent: dict[str, Any] | None,
) -> None:
    """SQLite: the turn's rows in one transaction on the worker thread (one hop)."""
    if answer is not None:
        conn.execute(_RECORD_ANSWER, answer)
    conn.execute(_RECORD, row)
    if recent is not None:
        conn.execute(_SQLITE_REMEMBER if "owner" in recent else _FORGET, recent)


def _count_for_actor(conn: Connection, actor_key: str) -> int:
    return int(conn.execute(_COUNT_FOR_ACTOR, {"actor_key": actor_key}).scalar_one())


def _recent(conn: Connection, kind: str, limit: int) -> list[AuditEvent]:
    rows = conn.execute(_RECENT, {"kind": kind, "limit": limit})
    return [AuditEvent(**row._asdict()) for row in rows]


def _counts(conn: Connection, kind: str, since: datetime) -> list[AuditCount]:
    rows = conn.execute(_COUNTS, {"kind": kind, "since": since})
    return [AuditCount(row.department, row.action, row.outcome, int(row.n)) for row in rows]
