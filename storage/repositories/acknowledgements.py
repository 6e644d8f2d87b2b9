"""AI-policy acknowledgements per user."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from bot.ports import Acknowledgement
from storage.models import acknowledgements as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, upsert
from storage.runner import Runner

_GET = select(t.c.policy_version, t.c.acknowledged_at).where(t.c.user_key == bindparam("user_key"))
_DELETE = delete(t).where(t.c.user_key == bindparam("user_key"))


class SqlAcknowledgementRepository(SqlRepository):
    """Implements :class:`bot.ports.AcknowledgementRepository`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._save = upsert(self._dialect, t, ["user_key"], ["policy_version", "acknowledged_at"])

    async def get(self, user_key: str) -> Acknowledgement | None:
        return await self._runner.run(_get, user_key)

    async def save(self, user_key: str, ack: Acknowledgement) -> None:
        await self._runner.run(_save, self._save, user_key, ack)

    async def delete(self, user_key: str) -> int:
        return await self._runner.run(execute, _DELETE, {"user_key": user_key})


def _get(conn: Connection, user_key: str) -> Acknowledgement | None:
    row = conn.execute(_GET, {"user_key": user_key}).first()
    return None if row is None else Acknowledgement(row[0], row[1])


def _save(conn: Connection, statement: Insert, user_key: str, ack: Acknowledgement) -> None:
    params = {
        "user_key": user_key,
        "policy_version": ack.policy_version,
        "acknowledged_at": ack.acknowledged_at,
    }
    conn.execute(statement, params)
