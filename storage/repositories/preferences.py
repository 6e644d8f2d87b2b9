"""Per-user preferences (the reply language)."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from storage.models import user_preferences as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, upsert
from storage.runner import Runner

_LANGUAGE = select(t.c.language).where(t.c.user_key == bindparam("user_key"))
_DELETE = delete(t).where(t.c.user_key == bindparam("user_key"))


class SqlPreferenceRepository(SqlRepository):
    """Implements :class:`bot.ports.PreferenceRepository`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._set = upsert(self._dialect, t, ["user_key"], ["language"])

    async def language(self, user_key: str) -> str | None:
        return await self._runner.run(_language, user_key)

    async def set_language(self, user_key: str, language: str) -> None:
        await self._runner.run(_set_language, self._set, user_key, language)

    async def delete_for_user(self, user_key: str) -> int:
        return await self._runner.run(execute, _DELETE, {"user_key": user_key})


def _language(conn: Connection, user_key: str) -> str | None:
    row = conn.execute(_LANGUAGE, {"user_key": user_key}).first()
    return None if row is None else str(row[0])


def _set_language(conn: Connection, statement: Insert, user_key: str, language: str) -> None:
    conn.execute(statement, {"user_key": user_key, "language": language})
