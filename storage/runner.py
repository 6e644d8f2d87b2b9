"""Where repository work runs: one call is one sync unit of work on a SQLAlchemy ``Connection``.

Repositories write plain synchronous Core code against a ``Connection``; a runner executes it
either with ``run`` (autocommit: each statement is its own transaction, which is all a read
or a single-statement write needs, and saves the BEGIN/COMMIT round trips) or ``transaction``
(all statements commit together).

* SQLite: on one dedicated worker thread with the stdlib driver. The aiosqlite adapter hops
  threads four to five times per statement (cursor, execute, fetch, close, rollback); one hop
  per repository call is several times faster, and a single writer thread never contends with
  itself for SQLite's file lock. Lock waits and fsyncs still stay off the event loop.
* PostgreSQL: asyncpg, the sync Core code driven in a greenlet (as ``run_sync`` does).

``run_relaxed`` is ``run`` for high-volume bookkeeping rows that may skip waiting for the
commit's disk flush (see :class:`AsyncEngineRunner`). Only rows whose loss in a database crash
can cause neither a duplicate answer nor a missing audit record may use it: the reminder log
(a reminder shown once more) and token usage (a budget slightly over). Event claims, audit rows
and admin changes (committed together with their audit row) are always durable.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import greenlet_spawn

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

    async def run_relaxed(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Autocommit whose commit need not wait for the disk flush (where the backend can):
        after a database *server* crash the last fraction of a second of such rows may be
        missing. Only for rows whose rare loss is acceptable; see the callers."""
        return await self.run(fn, *args, **kwargs)

    @abstractmethod
    async def dispose(self) -> None: ...

    @abstractmethod
    def connections_in_use(self) -> int:
        """Connections checked out of this runner's pools right now (metrics)."""


class SqliteRunner(Runner):
    """Runs work on a single worker thread owning a sync SQLite engine.

    The engine's connections have the driver's implicit transactions switched off (see
    :mod:`storage.engine`), so statements autocommit unless :meth:`transaction` begins one
    with ``BEGIN IMMEDIATE``: the write lock is taken up front, so a read-then-write unit of
    work is atomic, even against other processes.

    The worker keeps its connection between calls (a fresh one after any error) and hands
    results back with ``call_soon_threadsafe``: half the cost of a pool checkout plus
    ``run_in_executor`` per call (~0.08 instead of ~0.17 ms), and each message makes several.
    """

    def __init__(self, engine: Engine) -> None:
        self.dialect = engine.dialect.name
        self._engine = engine
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._disposed = False
        database = engine.url.database or ""
        in_memory = not database or database == ":memory:" or "mode=memory" in database
        self._checkpointer = None if in_memory else Checkpointer(engine)

    async def run(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._submit(partial(_autocommit, fn, args, kwargs))

    async def transaction(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._submit(partial(_immediate, fn, args, kwargs))

    def connections_in_use(self) -> int:
        return _checked_out(self._engine)  # the worker's kept connection counts

    async def dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        if self._thread is None:
            self._engine.dispose()
            return
        self._jobs.put(None)  # the worker closes its connection and the engine, then ends
        await asyncio.to_thread(self._thread.join)

    async def _submit(self, work: Callable[[Connection], T]) -> T:
        if self._disposed:
            raise RuntimeError("the SQLite runner is disposed")
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="lotse-sqlite", daemon=True)
            self._thread.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put((loop, future, work))
        return await future

    def _work(self) -> None:
        conn: Connection | None = None
        changes = writes = 0
        while (job := self._jobs.get()) is not None:
            loop, future, work = job
            try:
                conn = conn or self._engine.connect()
                result, error = work(conn), None
            except BaseException as failure:  # handed to the caller, never lost
                result, error = None, failure
                _discard(conn)  # rolls back whatever the failed unit began
                conn = None
            with suppress(RuntimeError):  # the caller's loop is closed: nobody waits
                loop.call_soon_threadsafe(_settle, future, result, error)
            if conn is not None and self._checkpointer is not None:
                driver: Any = conn.connection.driver_connection  # the sqlite3 connection
                total = driver.total_changes  # rows written since it opened
                if total != changes:
                    changes, writes = total, writes + 1
                if writes >= CHECKPOINT_EVERY:
                    self._checkpointer.request()
                    writes = 0
        if self._checkpointer is not None:
            self._checkpointer.stop()
        _discard(conn)
        self._engine.dispose()


# Units of work that wrote between two checkpoints (a lookup turn writes ~12 pages).
CHECKPOINT_EVERY = 25


class Checkpointer:
    """Copies SQLite's write-ahead log into the database file on a thread and connection of
    its own.

    SQLite does it by itself inside the commit that takes the log past 1,000 pages: that
    commit, and the reply waiting for it, then waits 10-30 ms for the copy and its fsync.
    With the answer row and the remembered topic a lookup turn writes ~12 pages, so about one
    lookup in 85 waited, which set the p99. Asked for every few writes, the copy here is
    short and runs beside the worker (a passive checkpoint blocks no reader or writer); the
    log then starts over from its beginning. SQLite's own checkpoint stays as the backstop
    for a large transaction (an ESCO import)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._wanted = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lotse-checkpoint", daemon=True)
            self._thread.start()
        self._wanted.set()

    def stop(self) -> None:
        self._stopping = True
        self._wanted.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        conn: Connection | None = None
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._stopping:
                break
            try:
                conn = conn or self._engine.connect()
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                conn.rollback()  # ends SQLAlchemy's autobegun block, as in _autocommit
            except Exception:  # the next request tries again; SQLite's own is the backstop
                _discard(conn)
                conn = None
        _discard(conn)


_Job = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]", Callable[[Connection], Any]]


def _autocommit(
    fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], conn: Connection
) -> T:
    result = fn(conn, *args, **kwargs)
    conn.rollback()  # ends SQLAlchemy's autobegun block; the driver has nothing to roll back
    return result


def _immediate(
    fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], conn: Connection
) -> T:
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    result = fn(conn, *args, **kwargs)
    conn.commit()
    return result


def _discard(conn: Connection | None) -> None:
    if conn is not None:
        with suppress(Exception):
            conn.close()


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class AsyncEngineRunner(Runner):
    """Runs work through an async engine (asyncpg), in a greenlet like ``run_sync``.

    ``relaxed`` is a second, small pool whose sessions have ``synchronous_commit = off``
    (PostgreSQL): its commits return before the WAL reaches the disk, which saves a flush
    (~1 ms) per row. The row is visible and its unique constraints hold at once, exactly as
    with a durable commit; only a crash of the database server may lose the last ~0.6 s
    (3 × ``wal_writer_delay``) of such commits. Without it, ``run_relaxed`` is ``run``."""

    def __init__(
        self,
        engine: AsyncEngine,
        relaxed: AsyncEngine | None = None,
        *,
        locks: AsyncEngine | None = None,
        dedicated: AsyncEngine | None = None,
    ) -> None:
        self.dialect = engine.dialect.name
        self._engine = engine
        self._relaxed_engine = relaxed
        # Coordination between instances (see storage.repositories.cluster): ``locks`` holds
        # conversation locks while turns run, ``dedicated`` opens long-lived connections.
        self.locks = locks or engine
        self.dedicated = dedicated or engine
        # The async engines' sync faces, driven from one greenlet per unit of work (checkout,
        # statements, checkin): ``AsyncConnection`` + ``run_sync`` spawns three, which costs
        # ~0.15 ms more CPU per call. It is how ``AsyncSession`` runs its sync core, too.
        # Autocommit shares the pool; asyncpg then sends no BEGIN/ROLLBACK around a statement.
        self._sync = engine.sync_engine
        self._autocommit = self._sync.execution_options(isolation_level="AUTOCOMMIT")
        self._relaxed = (relaxed or engine).sync_engine.execution_options(
            isolation_level="AUTOCOMMIT"
        )

    def pools_in_use(self) -> dict[str, int]:
        """Connections checked out now, per pool (operations: how busy the database is)."""
        pools = {"work": self._engine, "relaxed": self._relaxed_engine, "locks": self.locks}
        return {
            name: _checked_out(engine.sync_engine) if engine is not None else 0
            for name, engine in pools.items()
        }

    async def run(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await greenlet_spawn(_connected, self._autocommit, fn, args, kwargs)

    async def run_relaxed(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await greenlet_spawn(_connected, self._relaxed, fn, args, kwargs)

    async def transaction(self, fn: Work[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await greenlet_spawn(_in_transaction, self._sync, fn, args, kwargs)

    def connections_in_use(self) -> int:
        return sum(_checked_out(engine.sync_engine) for engine in self._pooled())

    def idle_connections(self) -> int:
        """Open connections the pools keep for the next checkout."""
        return sum(_checked_in(engine.sync_engine) for engine in self._pooled())

    async def close_idle(self) -> None:
        """Close the connections the pools keep idle; they open new ones when asked again.
        A pool keeps what its busiest moment opened, up to its size: for one store kept
        across very different loads (a test session: ~35 idle connections after a few
        concurrency tests, on a server other test runs share), not for serving. A pool with
        a connection checked out (a lock still being given back) is left as it is."""
        for engine in self._pooled():
            if _checked_in(engine.sync_engine) and not _checked_out(engine.sync_engine):
                await engine.dispose()  # closes what is checked in; a fresh pool takes over

    def _pooled(self) -> list[AsyncEngine]:
        engines = (self._engine, self._relaxed_engine, self.locks)
        return list({id(e): e for e in engines if e is not None}.values())

    async def dispose(self) -> None:
        await self._engine.dispose()
        for extra in (self._relaxed_engine, self.locks, self.dedicated):
            if extra is not None and extra is not self._engine:
                await extra.dispose()


def _checked_out(engine: Engine) -> int:
    """What a pool has handed out (pools without a count, such as NullPool, report 0)."""
    checkedout = getattr(engine.pool, "checkedout", None)
    return int(checkedout()) if callable(checkedout) else 0


def _checked_in(engine: Engine) -> int:
    checkedin = getattr(engine.pool, "checkedin", None)
    return int(checkedin()) if callable(checkedin) else 0


def _connected(
    engine: Engine, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> T:
    with engine.connect() as conn:
        return fn(conn, *args, **kwargs)


def _in_transaction(
    engine: Engine, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> T:
    with engine.begin() as conn:
        return fn(conn, *args, **kwargs)
