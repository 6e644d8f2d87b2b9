"""Suggestions (pseudonymised text) and votes; decisions are told to the author once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from bot.evaluation.ports import OPEN, Suggestion, SuggestionFact
from storage.models import suggestion_votes as v
from storage.models import suggestions as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any, upsert
from storage.runner import Runner

_UP = func.coalesce(func.sum(case((v.c.vote > 0, 1), else_=0)), 0)
_DOWN = func.coalesce(func.sum(case((v.c.vote < 0, 1), else_=0)), 0)
_WITH_VOTES = (
    select(
        t.c.id,
        t.c.at,
        t.c.department,
        t.c.text,
        t.c.status,
        t.c.status_reason,
        _UP,
        _DOWN,
    )
    .select_from(t.outerjoin(v, v.c.suggestion_id == t.c.id))
    .group_by(t.c.id)
    .order_by(t.c.id)
)
_GET = _WITH_VOTES.where(t.c.id == bindparam("suggestion_id"))
_OPEN = _WITH_VOTES.where(
    t.c.status == OPEN, or_(t.c.department.is_(None), t.c.department == bindparam("department"))
)
_EXISTS = select(t.c.id).where(t.c.id == bindparam("suggestion_id"))
_DECIDE = (
    update(t)
    .where(t.c.id == bindparam("suggestion_id"))
    .values(
        status=bindparam("new_status"),
        status_reason=bindparam("new_reason"),
        decided_at=bindparam("decided"),
        author_notified=False,
    )
)
_UNTOLD = _WITH_VOTES.where(
    t.c.author_key == bindparam("author_key"),
    t.c.status != OPEN,
    t.c.author_notified.is_(False),
)
_TOLD = update(t).where(t.c.id.in_(bindparam("ids", expanding=True))).values(author_notified=True)
_FACTS = select(t.c.at, t.c.decided_at, t.c.author_key, t.c.department, t.c.status).where(
    or_(
        t.c.at.between(bindparam("since"), bindparam("until")),
        t.c.decided_at.between(bindparam("since"), bindparam("until")),
    )
)


class SqlSuggestionRepository(SqlRepository):
    """Implements :class:`bot.evaluation.ports.SuggestionRepository`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._vote = upsert(self._dialect, v, ["suggestion_id", "user_key"], ["vote", "at"])

    async def add(self, author_key: str, department: str | None, text: str, at: datetime) -> int:
        return await self._runner.run(_add, author_key, department, text, at)

    async def get(self, suggestion_id: int) -> Suggestion | None:
        rows = await self._runner.run(_query, _GET, {"suggestion_id": suggestion_id})
        return rows[0] if rows else None

    async def open_for(self, department: str) -> list[Suggestion]:
        return await self._runner.run(_query, _OPEN, {"department": department})

    async def vote(self, suggestion_id: int, user_key: str, vote: int, at: datetime) -> bool:
        params = {"suggestion_id": suggestion_id, "user_key": user_key, "vote": vote, "at": at}
        return await self._runner.transaction(_vote, self._vote, params)

    async def decide(
        self, suggestion_id: int, status: str, reason: str | None, at: datetime
    ) -> bool:
        params = {
            "suggestion_id": suggestion_id,
            "new_status": status,
            "new_reason": reason,
            "decided": at,
        }
        return await self._runner.run(changed_any, _DECIDE, params)

    async def take_decisions_for(self, author_key: str) -> list[Suggestion]:
        return await self._runner.transaction(_take_decisions, author_key)

    async def facts(self, since: datetime, until: datetime) -> list[SuggestionFact]:
        return await self._runner.run(_facts, since, until)


def _add(
    conn: Connection, author_key: str, department: str | None, text: str, at: datetime
) -> int:
    values = {
        "at": at,
        "author_key": author_key,
        "department": department,
        "text": text,
        "status": OPEN,
        "author_notified": False,
    }
    return int(conn.execute(insert(t).values(**values).returning(t.c.id)).scalar_one())


def _suggestion(row: Any) -> Suggestion:
    id_, at, department, text, status, reason, up, down = row
    return Suggestion(id_, at, department, text, status, reason, up=int(up), down=int(down))


def _query(conn: Connection, statement: Any, params: dict[str, Any]) -> list[Suggestion]:
    return [_suggestion(row) for row in conn.execute(statement, params)]


def _vote(conn: Connection, statement: Any, params: dict[str, Any]) -> bool:
    if conn.execute(_EXISTS, params).first() is None:
        return False
    conn.execute(statement, params)
    return True


def _take_decisions(conn: Connection, author_key: str) -> list[Suggestion]:
    found = _query(conn, _UNTOLD, {"author_key": author_key})
    if found:
        conn.execute(_TOLD, {"ids": [s.id for s in found]})
    return found


def _facts(conn: Connection, since: datetime, until: datetime) -> list[SuggestionFact]:
    rows = conn.execute(_FACTS, {"since": since, "until": until}).all()
    return [
        SuggestionFact(at, decided, author, dep, status)
        for at, decided, author, dep, status in rows
    ]
