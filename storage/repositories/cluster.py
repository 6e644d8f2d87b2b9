"""Coordination of instances through the database: heartbeats, roles, shared values,
conversation locks and leadership (PostgreSQL advisory locks), cache announcements
(``LISTEN``/``NOTIFY``). On SQLite only the rows work; locks and announcements are no-ops,
since one process owns the file (``lotse serve`` refuses a second one)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.cluster import EVERYTHING, Instance, Leadership
from bot.failures import log_failure
from storage.models import instances, shared_values
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, insert_ignore, upsert
from storage.repositories.conversation_lock import ConversationLocks
from storage.runner import AsyncEngineRunner, Runner

log = logging.getLogger("lotse.cluster")

CHANNEL = "lotse_cache"
# Advisory locks: conversations use the one-bigint key space, roles the two-int one (the
# two never overlap); this first int marks Lotse's roles.
_ROLE_SPACE = 0x4C6F7473  # "Lots"
_CHECK_SECONDS = 5.0  # how often an idle listening connection is tested
_RETRY_SECONDS = 1.0  # after a lost connection
_QUERY_TIMEOUT = 5.0

_TRY_LOCK = text("SELECT pg_try_advisory_lock(:space, :key)")
_UNLOCK = text("SELECT pg_advisory_unlock(:space, :key)")
_NOTIFY = text("SELECT pg_notify(:channel, :topic)")
_LEAVE = delete(instances).where(instances.c.id == bindparam("id"))
_FORGET_OTHERS = delete(instances).where(instances.c.id != bindparam("id"))
_FORGET_SILENT = delete(instances).where(instances.c.heartbeat_at < bindparam("before"))
_SET_ROLE = (
    update(instances).where(instances.c.id == bindparam("b_id")).values(role=bindparam("b_role"))
)
_ROLE_ALIVE = select(instances.c.id).where(
    instances.c.role == bindparam("role"),
    instances.c.id != bindparam("me"),
    instances.c.heartbeat_at >= bindparam("since"),
)
_VALUE = select(shared_values.c.value).where(shared_values.c.name == bindparam("name"))


def role_key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big", signed=True)


class SqlCluster(SqlRepository):
    """Implements :class:`bot.cluster.Cluster`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._pg = runner if isinstance(runner, AsyncEngineRunner) else None
        if self._pg is not None:
            self._locks = ConversationLocks(self._pg.locks.sync_engine)
        self._beat = upsert(self._dialect, instances, ["id"], ["heartbeat_at"])
        self._keep = insert_ignore(self._dialect, shared_values)

    @property
    def shared(self) -> bool:
        return self._pg is not None

    @asynccontextmanager
    async def conversation_lock(self, key: str) -> AsyncIterator[None]:
        if self._pg is None:
            yield
            return
        async with self._locks.hold(key):
            yield

    async def settle(self) -> None:
        """Let conversation locks still being given back land (before the store closes)."""
        if self._pg is not None:
            await self._locks.settle()

    async def beat(self, instance: Instance, at: datetime) -> None:
        params = {
            "id": instance.id,
            "host": instance.host,
            "started_at": instance.started_at,
            "heartbeat_at": at,
            "role": None,
        }
        await self._runner.run(execute, self._beat, params)

    async def leave(self, instance_id: str) -> None:
        await self._runner.run(execute, _LEAVE, {"id": instance_id})

    async def forget_others(self, instance_id: str) -> None:
        await self._runner.run(execute, _FORGET_OTHERS, {"id": instance_id})

    async def forget_silent(self, before: datetime) -> int:
        return await self._runner.run(execute, _FORGET_SILENT, {"before": before})

    async def set_role(self, instance_id: str, role: str | None) -> None:
        await self._runner.run(execute, _SET_ROLE, {"b_id": instance_id, "b_role": role})

    async def role_alive(self, role: str, since: datetime, *, other_than: str) -> bool:
        params = {"role": role, "me": other_than, "since": since}
        return await self._runner.run(_exists, _ROLE_ALIVE, params)

    async def try_lead(self, name: str) -> Leadership | None:
        if self._pg is None:
            return _SoleLeadership()
        conn = await self._pg.dedicated.connect()
        params = {"space": _ROLE_SPACE, "key": role_key(name)}
        try:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            got = (await conn.execute(_TRY_LOCK, params)).scalar_one()
        except BaseException:
            await conn.close()
            raise
        if not got:
            await conn.close()
            return None
        return _AdvisoryLeadership(conn, params)

    async def shared_value(self, name: str, candidate: str) -> str:
        return await self._runner.transaction(_keep_value, self._keep, name, candidate)

    async def announce(self, topic: str) -> None:
        if self._pg is not None:
            await self._runner.run(execute, _NOTIFY, {"channel": CHANNEL, "topic": topic})

    async def follow(
        self, on_topic: Callable[[str], None], *, check_seconds: float = _CHECK_SECONDS
    ) -> None:
        if self._pg is None:
            return
        while True:
            try:
                await self._listen(on_topic, check_seconds)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the cache lifetime covers the gap
                log_failure(log, "cache announcements lost", error, level=logging.WARNING)
            await asyncio.sleep(_RETRY_SECONDS)

    async def _listen(self, on_topic: Callable[[str], None], check_seconds: float) -> None:
        assert self._pg is not None
        async with self._pg.dedicated.connect() as conn:
            # Autocommit: a session inside a transaction receives notifications only when
            # the transaction ends, so the liveness checks must not open one.
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            raw = await conn.get_raw_connection()
            driver: Any = raw.driver_connection
            lost = asyncio.Event()

            def deliver(_conn: object, _pid: int, _channel: str, topic: str) -> None:
                on_topic(topic)

            await driver.add_listener(CHANNEL, deliver)
            driver.add_termination_listener(lambda _conn: lost.set())
            on_topic(EVERYTHING)  # whatever was announced while nobody listened
            while not lost.is_set():
                with suppress(TimeoutError):
                    await asyncio.wait_for(lost.wait(), check_seconds)
                if not lost.is_set():
                    await asyncio.wait_for(conn.exec_driver_sql("SELECT 1"), _QUERY_TIMEOUT)


class _AdvisoryLeadership:
    """A session-level advisory lock on its own connection: it ends when the connection
    does, so a killed leader's role is free at once."""

    def __init__(self, conn: AsyncConnection, params: dict[str, int]) -> None:
        self._conn = conn
        self._params = params
        self._released = False

    async def held(self) -> bool:
        if self._released:
            return False
        try:
            await asyncio.wait_for(self._conn.exec_driver_sql("SELECT 1"), _QUERY_TIMEOUT)
        except Exception:
            return False
        return True

    async def release(self) -> None:
        if self._released:
            return
        self._released = True
        with suppress(Exception):
            await asyncio.wait_for(self._conn.execute(_UNLOCK, self._params), _QUERY_TIMEOUT)
        with suppress(Exception):
            await self._conn.close()


class _SoleLeadership:
    """SQLite: the only instance leads."""

    def __init__(self) -> None:
        self._held = True

    async def held(self) -> bool:
        return self._held

    async def release(self) -> None:
        self._held = False


def _exists(conn: Connection, statement: Any, params: dict[str, Any]) -> bool:
    return conn.execute(statement, params).first() is not None


def _keep_value(conn: Connection, keep: Any, name: str, candidate: str) -> str:
    conn.execute(keep, {"name": name, "value": candidate})
    return str(conn.execute(_VALUE, {"name": name}).scalar_one())
