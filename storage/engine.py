"""Engines and runners per backend: SQLite (a file, or memory for tests) and PostgreSQL."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from storage.runner import AsyncEngineRunner, Runner, SqliteRunner

_BUSY_TIMEOUT_MS = 10_000
WAL_BACKSTOP_PAGES = 4_000  # ~16 MB of log; SQLite's default is 1,000

# PostgreSQL: a few hundred counsellors per process; several processes may share one server.
_PG_POOL: dict[str, Any] = {
    "pool_size": 10,
    "max_overflow": 10,
    # No pre-ping: it costs a round trip per call. After a server restart or failover the
    # first statement on a dead connection fails and SQLAlchemy then replaces the pool.
    "pool_recycle": 1800,
}
# The pool for commits that need not wait for the disk flush (event claims, audit rows; see
# storage.runner.AsyncEngineRunner): single short inserts, so a few connections suffice.
_PG_RELAXED_POOL: dict[str, Any] = {**_PG_POOL, "pool_size": 4, "max_overflow": 8}
# The pool whose connections hold conversation locks while turns run. Separate from the work
# pools, so a turn holding a lock connection can always get a connection for its own work
# (one pool for both would deadlock once every connection held a lock). Its size bounds the
# turns running at once per process; more wait for a connection.
_PG_LOCK_POOL: dict[str, Any] = {**_PG_POOL, "pool_size": 4, "max_overflow": 36}


def create_runner(url: str, *, connect_args: Mapping[str, Any] | None = None) -> Runner:
    """A runner for a SQLite or PostgreSQL URL (any driver suffix; the right one is used).

    ``connect_args`` go to the driver, e.g. asyncpg ``server_settings`` for a ``search_path``.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    args = dict(connect_args or {})
    if backend == "sqlite":
        return SqliteRunner(_sqlite_engine(parsed, args))
    if backend == "postgresql":
        parsed = parsed.set(drivername="postgresql+asyncpg")
        relaxed_args = dict(args)
        relaxed_args["server_settings"] = {
            **dict(args.get("server_settings") or {}),
            "synchronous_commit": "off",
        }
        return AsyncEngineRunner(
            create_async_engine(parsed, connect_args=args, **_PG_POOL),
            create_async_engine(parsed, connect_args=relaxed_args, **_PG_RELAXED_POOL),
            locks=create_async_engine(parsed, connect_args=args, **_PG_LOCK_POOL),
            # Long-lived connections (leadership lock, LISTEN): closed for real when given
            # back, so a session-level lock never lingers in a pool.
            dedicated=create_async_engine(parsed, connect_args=args, poolclass=NullPool),
        )
    raise ValueError(f"unsupported database backend {backend!r}; use SQLite or PostgreSQL")


def _sqlite_engine(url: URL, connect_args: dict[str, Any]) -> Engine:
    # The stdlib driver, run on the runner's worker thread (``sqlite+aiosqlite`` URLs from
    # the settings are accepted; see storage.runner for why not the aiosqlite adapter).
    url = url.set(drivername="sqlite+pysqlite")
    _ensure_parent_dir(url)
    engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def _ensure_parent_dir(url: URL) -> None:
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _sqlite_on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # No implicit BEGIN from the driver: the runner begins writes itself (BEGIN IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        # SQLite leaves foreign keys off unless asked, per connection. NORMAL is durable
        # enough with WAL and much faster than FULL.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # The log is copied into the file beside the work (storage.runner.Checkpointer);
        # SQLite's own copy inside a commit is only the backstop, so it waits longer.
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")
        _enable_wal(cursor)
    finally:
        cursor.close()


def _enable_wal(cursor: Any) -> None:
    """WAL lets readers run beside the writer. It is stored in the file, so only the first
    connection switches; the switch does not wait on the busy timeout, hence the retries
    (another process may be creating the same new database)."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            # In-memory databases answer "memory" and stay so; that is fine.
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)
