"""Opt-outs of the evaluation and the evaluation switches admins set (shared by instances)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from storage.models import evaluation_choices as c
from storage.models import evaluation_settings as s
from storage.repositories._base import SqlRepository
from storage.repositories._sql import upsert
from storage.runner import Runner

_OPTED_OUT = select(c.c.opted_out).where(c.c.user_key == bindparam("user_key"))
_OPTED_OUT_KEYS = select(c.c.user_key).where(c.c.opted_out.is_(True))
_SETTING = select(s.c.value).where(s.c.name == bindparam("name"))


class SqlChoiceRepository(SqlRepository):
    """Implements :class:`bot.evaluation.ports.ChoiceRepository`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._choose = upsert(self._dialect, c, ["user_key"], ["opted_out", "changed_at"])
        self._set = upsert(self._dialect, s, ["name"], ["value", "updated_at"])

    async def opted_out(self, user_key: str) -> bool:
        return await self._runner.run(_opted_out, user_key)

    async def set_opted_out(self, user_key: str, opted_out: bool, at: datetime) -> None:
        params = {"user_key": user_key, "opted_out": opted_out, "changed_at": at}
        await self._runner.run(_write, self._choose, params)

    async def opted_out_keys(self) -> set[str]:
        return await self._runner.run(_opted_out_keys)

    async def setting(self, name: str) -> dict[str, Any] | None:
        return await self._runner.run(_setting, name)

    async def set_setting(self, name: str, value: dict[str, Any], at: datetime) -> None:
        await self._runner.run(_write, self._set, {"name": name, "value": value, "updated_at": at})


def _opted_out(conn: Connection, user_key: str) -> bool:
    return bool(conn.execute(_OPTED_OUT, {"user_key": user_key}).scalar())


def _opted_out_keys(conn: Connection) -> set[str]:
    return {str(row[0]) for row in conn.execute(_OPTED_OUT_KEYS)}


def _setting(conn: Connection, name: str) -> dict[str, Any] | None:
    value = conn.execute(_SETTING, {"name": name}).scalar()
    return dict(value) if isinstance(value, dict) else None


def _write(conn: Connection, statement: Insert, params: dict[str, Any]) -> None:
    conn.execute(statement, params)
