"""This process among the instances sharing the database: its heartbeat, the caches it drops
when another instance announces a change, and — on SQLite — the guarantee that it is the only
``lotse serve`` on the file."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.cluster import StartRefused
from bot.failures import log_failure
from bot.store_cache import CachedStore
from lotse.app import App

log = logging.getLogger("lotse.instances")

FORGET_SILENT_AFTER = timedelta(days=1)


class Membership:
    """Beats every ``heartbeat_seconds`` and follows cache announcements until stopped;
    leaves on stop, so the others take over its unanswered events at once."""

    def __init__(self, app: App) -> None:
        self._app = app
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        cluster = self._app.store.cluster
        if not cluster.shared:  # the serve lock proves earlier processes are gone
            await cluster.forget_others(self._app.instance.id)
        else:  # rows of instances killed long ago: no claim of theirs is open any more
            await cluster.forget_silent(_now() - FORGET_SILENT_AFTER)
        await cluster.beat(self._app.instance, _now())
        log.info("instance started", extra={"instance": self._app.instance.id})
        self._tasks.append(asyncio.create_task(self._beat(), name="lotse-heartbeat"))
        store = self._app.store
        if isinstance(store, CachedStore):
            follow = cluster.follow(store.invalidate)
            self._tasks.append(asyncio.create_task(follow, name="lotse-cache-follow"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        with contextlib.suppress(Exception):
            await self._app.store.cluster.leave(self._app.instance.id)

    async def _beat(self) -> None:
        instance = self._app.instance
        while True:
            await asyncio.sleep(instance.heartbeat_seconds)
            try:
                await self._app.store.cluster.beat(instance, _now())
            except Exception as error:  # the next beat tries again
                log_failure(log, "heartbeat failed", error, level=logging.WARNING)


def _now() -> datetime:
    # Wall-clock time, not the engine's clock: heartbeats are compared across hosts.
    return datetime.now(UTC)


@contextlib.contextmanager
def sole_sqlite_server(database_url: str) -> Iterator[None]:
    """Refuse a second ``lotse serve`` on the same SQLite file (a lock on a file beside it,
    released by the system also when the process is killed). Other commands (admin, chat)
    may still open the database while a server runs."""
    url = make_url(database_url)
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        yield
        return
    path = Path(database).expanduser()
    lock_path = path.with_name(path.name + ".serve-lock")
    with lock_path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StartRefused(
                f"another `lotse serve` is already running on the SQLite database {path}. "
                "SQLite cannot be shared safely between processes or hosts; to run several "
                "instances, give them one PostgreSQL database (LOTSE_DATABASE_URL)."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
