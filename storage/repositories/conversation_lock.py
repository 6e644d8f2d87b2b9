"""The conversation lock on PostgreSQL: one turn per conversation across every instance.

A session-level advisory lock on a connection of the lock pool, taken and given back with one
statement each, sent straight through the driver: no BEGIN/ROLLBACK round trips, none of
SQLAlchemy's statement overhead (both ran on every message), and no transaction left open
while a turn waits for a model. A session lock must never go back to the pool with its
connection, so a connection whose lock is in doubt (the wait failed or was cancelled, the
unlock failed or was cancelled) is closed for real: its session ends and with it every lock it
held, as when a process dies. Closing it needs no await, so a second cancellation cannot
interrupt it.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn

_LOCK = "SELECT pg_advisory_lock($1)"
_UNLOCK = "SELECT pg_advisory_unlock($1)"
_QUERY_TIMEOUT = 5.0
# A pooled connection the server has closed (a restart, a failover) fails its first
# statement; the lock is then taken on the next one. The pool keeps at most a few idle ones.
_ATTEMPTS = 6


def lock_key(key: str) -> int:
    """A signed 64-bit advisory lock key for any string."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)


class ConversationLocks:
    """Conversation locks on connections of ``pool`` (the lock pool's sync engine)."""

    def __init__(self, pool: Engine) -> None:
        self._pool = pool
        self._giving_back: set[asyncio.Task[None]] = set()

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        number = lock_key(key)
        pooled = await _locked(self._pool, number)
        try:
            yield
        except BaseException:
            await _give_back(pooled, number)
            raise
        # A turn that ended well gives its lock back off the reply's path: the unlock's round
        # trip overlaps the audit write. Until it lands the lock stays held, so the next turn
        # of this conversation (here or on another instance) waits for it as for any holder.
        task = asyncio.create_task(_give_back(pooled, number))
        self._giving_back.add(task)
        task.add_done_callback(self._giving_back.discard)

    async def settle(self) -> None:
        """Wait until every lock given back has landed (before the pools close)."""
        while self._giving_back:
            await asyncio.gather(*self._giving_back, return_exceptions=True)


async def _locked(pool: Engine, number: int) -> PoolProxiedConnection:
    attempt = 1
    while True:
        pooled = await greenlet_spawn(pool.raw_connection)
        driver: Any = pooled.driver_connection
        try:
            await driver.fetchval(_LOCK, number)
        except Exception:  # the statement cannot fail but for its connection
            pooled.invalidate()
            if attempt == _ATTEMPTS:
                raise
            attempt += 1
            continue
        except BaseException:  # cancelled while waiting: the lock may have been granted
            pooled.invalidate()
            raise
        return pooled


async def _give_back(pooled: PoolProxiedConnection, number: int) -> None:
    driver: Any = pooled.driver_connection
    try:
        released = await driver.fetchval(_UNLOCK, number, timeout=_QUERY_TIMEOUT)
    except Exception:  # the turn is answered; closing the connection frees the lock
        released = False
    except BaseException:
        pooled.invalidate()
        raise
    if not released:
        pooled.invalidate()
        return
    await greenlet_spawn(pooled.close)  # back to the pool, holding nothing
