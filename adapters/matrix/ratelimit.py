"""A per-sender limit on answered messages, so no user or other bot can make Lotse flood."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

WINDOW = timedelta(minutes=1)


class Verdict(StrEnum):
    ANSWER = "answer"
    WARN = "warn"  # the first message over the limit in a window: one short notice
    DROP = "drop"  # further messages in that window: nothing at all (no loop with a bot)


class SenderRateLimit:
    """At most ``per_minute`` answered messages per sender in any sliding minute."""

    def __init__(self, per_minute: int, clock: Callable[[], datetime]) -> None:
        self._limit = per_minute
        self._clock = clock
        self._seen: dict[str, deque[datetime]] = {}
        self._warned: dict[str, datetime] = {}

    def check(self, sender: str) -> Verdict:
        if self._limit <= 0:
            return Verdict.ANSWER
        now = self._clock()
        times = self._seen.setdefault(sender, deque())
        while times and now - times[0] >= WINDOW:
            times.popleft()
        if len(times) < self._limit:
            times.append(now)
            return Verdict.ANSWER
        warned = self._warned.get(sender)
        if warned is not None and now - warned < WINDOW:
            return Verdict.DROP
        self._warned[sender] = now
        return Verdict.WARN

    def forget_idle(self) -> None:
        """Drops senders with no message in the last window (bounded memory)."""
        now = self._clock()
        for sender in [
            s for s, times in self._seen.items() if not times or now - times[-1] >= WINDOW
        ]:
            del self._seen[sender]
            self._warned.pop(sender, None)
