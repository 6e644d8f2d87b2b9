"""A small read cache whose entries expire after a few seconds (see bot.store_cache)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

V = TypeVar("V")

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class ReadStart:
    generation: int
    at: datetime


class TTLCache(Generic[V]):
    """Values (``None`` included) for ``ttl`` seconds; ``ttl <= 0`` turns caching off.

    Time comes from the app's clock, so tests move it instead of waiting."""

    def __init__(self, ttl: float, clock: Clock) -> None:
        self._ttl = timedelta(seconds=ttl)
        self._clock = clock
        self._entries: dict[Hashable, tuple[datetime, V]] = {}
        # Bumped by every clear and forget: a value loaded before an invalidation is not kept
        # after it.
        self._generation = 0

    async def get(self, key: Hashable, load: Callable[[], Awaitable[V]]) -> V:
        now = self._clock()
        hit = self._entries.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        started = ReadStart(self._generation, now)
        value = await load()
        self.fill(key, value, started)
        return value

    @property
    def enabled(self) -> bool:
        return self._ttl > timedelta(0)

    def fresh(self, key: Hashable) -> bool:
        """True when ``key`` is cached and not expired (reading it would not load)."""
        hit = self._entries.get(key)
        return hit is not None and hit[0] > self._clock()

    def peek(self, key: Hashable) -> V | None:
        """The cached value of ``key`` if it is fresh, else None (never loads)."""
        hit = self._entries.get(key)
        return hit[1] if hit is not None and hit[0] > self._clock() else None

    def read_starts(self) -> ReadStart:
        """Taken before a database read whose result ``fill`` may keep."""
        return ReadStart(self._generation, self._clock())

    def fill(self, key: Hashable, value: V, started: ReadStart) -> None:
        """Keep ``value`` (read since ``started``) for ``ttl`` counted from the read's start,
        unless something was forgotten or cleared meanwhile: then it may be stale."""
        if self._ttl > timedelta(0) and started.generation == self._generation:
            if len(self._entries) > 10_000:  # bounded: drop everything rather than grow
                self._entries.clear()
            self._entries[key] = (started.at + self._ttl, value)

    def forget(self, key: Hashable) -> None:
        # Bumped here too: a value of this key being loaded right now (by ``get`` or a
        # read-ahead) was read before the write that forgets it.
        self._generation += 1
        self._entries.pop(key, None)

    def clear(self) -> None:
        self._generation += 1
        self._entries.clear()
