"""What the instances sharing one database coordinate through it (PostgreSQL).

Each ``lotse serve`` process is an instance with its own id and a heartbeat row; a claimed
event belongs to a live instance, one conversation runs one turn at a time across all of them,
one instance leads what may run only once (the Matrix sync), and caches are invalidated
everywhere when a change commits. On SQLite, which one process uses, the locks are in-process
and nothing is announced.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

# A topic announced to every instance that means "drop every cache" (also sent to oneself
# after the listening connection was lost, since announcements may have been missed).
EVERYTHING = "*"


class StartRefused(Exception):
    """This instance must not start (the message says why and what to do)."""


@dataclass(frozen=True, slots=True)
class Instance:
    """This process as the others see it. ``stale_seconds``: a heartbeat older than this
    marks an instance as gone, and its unanswered events are taken over."""

    id: str
    host: str
    started_at: datetime
    heartbeat_seconds: float = 5.0
    stale_seconds: float = 15.0

    def stale_before(self, now: datetime) -> datetime:
        return now - timedelta(seconds=self.stale_seconds)


def new_instance(heartbeat_seconds: float = 5.0, stale_seconds: float = 15.0) -> Instance:
    """A fresh id per start: host, process id and a random part (readable in logs)."""
    host = socket.gethostname()[:60] or "host"
    instance_id = f"{host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    return Instance(instance_id, host, datetime.now(UTC), heartbeat_seconds, stale_seconds)


class Leadership(Protocol):
    """A role held exclusively (while its database connection lives)."""

    async def held(self) -> bool:
        """True while the role is still ours (False once the connection was lost)."""
        ...

    async def release(self) -> None: ...


class Cluster(Protocol):
    @property
    def shared(self) -> bool:
        """Several instances may share this database (PostgreSQL)."""
        ...

    def conversation_lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Held by one turn of the conversation ``key`` at a time, across instances."""
        ...

    async def beat(self, instance: Instance, at: datetime) -> None:
        """Create or renew the instance's heartbeat row."""
        ...

    async def leave(self, instance_id: str) -> None:
        """A stopping instance removes its row (its claims are then taken over at once)."""
        ...

    async def forget_others(self, instance_id: str) -> None:
        """Remove every other instance's row: for a database only one process may serve
        (SQLite), whose previous processes are gone even if their heartbeat is fresh."""
        ...

    async def forget_silent(self, before: datetime) -> int:
        """Remove the rows of instances that have not beaten since ``before`` (killed ones
        leave their row behind); returns how many went."""
        ...

    async def set_role(self, instance_id: str, role: str | None) -> None: ...

    async def role_alive(self, role: str, since: datetime, *, other_than: str) -> bool:
        """Another instance holding ``role`` beat at or after ``since``."""
        ...

    async def try_lead(self, name: str) -> Leadership | None:
        """The exclusive role ``name`` if no other instance holds it, else None."""
        ...

    async def shared_value(self, name: str, candidate: str) -> str:
        """The value every instance uses: ``candidate`` stored if none was, else the stored
        one (atomically: racing first starts agree)."""
        ...

    async def announce(self, topic: str) -> None:
        """Tell every instance (this one too) that ``topic``'s cached data changed."""
        ...

    async def follow(self, on_topic: Callable[[str], None], *, check_seconds: float = 5.0) -> None:
        """Call ``on_topic`` for every announcement, until cancelled; tests the connection
        every ``check_seconds`` while idle, reconnects by itself and reports ``EVERYTHING``
        after a reconnect. Returns at once where nothing is announced (SQLite)."""
        ...
