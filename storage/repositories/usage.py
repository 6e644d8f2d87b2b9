"""Daily model token usage per user and department (for budgets), no content."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection

from bot.ports import Usage
from storage.models import token_usage as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, insert_for

_SUMS = (func.coalesce(func.sum(t.c.tokens_in), 0), func.coalesce(func.sum(t.c.tokens_out), 0))
_FOR_USER = select(*_SUMS).where(t.c.day == bindparam("day"), t.c.user_key == bindparam("key"))
_FOR_DEPARTMENT = select(*_SUMS).where(
    t.c.day == bindparam("day"), t.c.department == bindparam("key")
)


class SqlUsageRepository(SqlRepository):
    """Implements :class:`bot.ports.UsageRepository`; adding is one atomic upsert."""

    async def add(
        self, day: date, user_key: str, department: str, tokens_in: int, tokens_out: int
    ) -> None:
        statement = insert_for(self._dialect, t).values(
            day=day,
            user_key=user_key,
            department=department,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
        )
        statement = statement.on_conflict_do_update(
            index_elements=[t.c.day, t.c.user_key, t.c.department],
            set_={
                "tokens_in": t.c.tokens_in + statement.excluded.tokens_in,
                "tokens_out": t.c.tokens_out + statement.excluded.tokens_out,
            },
        )
        # A relaxed commit: a database crash may lose the last fraction of a second of token
        # counts, which only lets a budget run a few hundred tokens over.
        await self._runner.run_relaxed(execute, statement, {})

    async def for_user(self, day: date, user_key: str) -> Usage:
        return await self._runner.run(_sums, _FOR_USER, day, user_key)

    async def for_department(self, day: date, department: str) -> Usage:
        return await self._runner.run(_sums, _FOR_DEPARTMENT, day, department)


def _sums(conn: Connection, statement: object, day: date, key: str) -> Usage:
    row = conn.execute(statement, {"day": day, "key": key}).one()  # type: ignore[call-overload]
    return Usage(int(row[0]), int(row[1]))
