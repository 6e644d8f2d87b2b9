"""Where repository work runs: one call is one sync unit of work on a SQLAlchemy ``Connection``.

Repositories write plain synchronous Core code against a ``Connection``; a runner executes it
either with ``run`` (autocommit: each statement is its own transaction, which is all a read
or a single-statement write needs, and saves the BEGIN/COMMIT round trips) or ``transaction``
(all statements commit together).

* SQLite: on one dedicated worker thread with the stdlib driver. The aiosqlite adapter hops
  threads four to five times per statement (cursor, execute, fetch, close, rollback); one hop
  per repository call is several times faster, and a single writer thread never contends with
  itself for SQLite's file lock. Lock waits and fsyncs still stay off the event loop.
* PostgreSQL: asyncpg through ``AsyncConnection.run_sync``.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine

P = ParamSpec("P")
T = TypeVar("T")
Work = Callable[Concatenate[Connection, P], T]


class Runner(ABC):
    """Runs units of work on a connection of one database."""

    dialect: str

    @abstractmethod
    async def run(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Autocommit: for reads and single-statement writes."""

    @abstractmethod
    async def transaction(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """One transaction, committed when ``fn`` returns, rolled back when it raises."""

    @abstractmethod
    async def dispose(self) -> None: ...


class SqliteRunner(Runner):
    """Runs work on a single worker thread owning a sync SQLite engine.

    The engine's connections have the driver's implicit transactions switched off (see
    :mod:`storage.engine`), so statements autocommit unless :meth:`transaction` begins one
    with ``BEGIN IMMEDIATE``: the write lock is taken up front, so a read-then-write unit of
    work is atomic, even against other processes.
    """

    def __init__(self, engine: Engine) -> None:
        self.dialect = engine.dialect.name
        self._engine = engine
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lotse-sqlite")
        self._disposed = False

    async def run(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        def work() -> T:
            with self._engine.connect() as conn:
                return fn(conn, *args, **kwargs)

        return await self._submit(work)

    async def transaction(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        def work() -> T:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                result = fn(conn, *args, **kwargs)
                conn.commit()
                return result

        return await self._submit(work)

    async def dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        # Dispose on the worker thread, which created (and owns) the connections.
        await self._submit(self._engine.dispose)
        self._executor.shutdown(wait=True)

    async def _submit(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)


class AsyncEngineRunner(Runner):
    """Runs work through an async engine (asyncpg) with ``run_sync``."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.dialect = engine.dialect.name
        self._engine = engine
        # Shares the pool; asyncpg then sends no BEGIN/ROLLBACK around the statement.
        self._autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")

    async def run(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        async with self._autocommit.connect() as conn:
            return await conn.run_sync(fn, *args, **kwargs)

    async def transaction(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        async with self._engine.begin() as conn:
            return await conn.run_sync(fn, *args, **kwargs)

    async def dispose(self) -> None:
        await self._engine.dispose()
