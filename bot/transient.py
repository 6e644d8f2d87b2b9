"""The one failure type that is worth another attempt, and how long to wait before it.

Model calls, homeserver requests and the live occupation providers all retry with tenacity;
they raise :class:`Transient` for rate limits, overload, 5xx, network errors and timeouts, and
:func:`wait_for` honours a server's ``retry-after`` before falling back to jittered backoff."""

from __future__ import annotations

from collections.abc import Callable

from tenacity import RetryCallState
from tenacity.wait import wait_base


class Transient(Exception):
    """Worth another attempt; ``retry_after`` in seconds when the server said so."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def wait_for(backoff: wait_base, cap: float | None = None) -> Callable[[RetryCallState], float]:
    """A tenacity ``wait``: the server's ``retry_after`` (at most ``cap``) when the last
    failure carries one, else ``backoff``."""

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, Transient) and error.retry_after is not None:
            asked = max(0.0, error.retry_after)
            return asked if cap is None else min(asked, cap)
        return float(backoff(state))

    return wait
