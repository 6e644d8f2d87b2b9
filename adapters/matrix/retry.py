"""Retries for homeserver requests: only the transient (rate limits, 5xx, network errors),
with jittered exponential backoff and a cap; ``retry_after_ms`` is honoured."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import ClientError
from nio import ErrorResponse
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

from bot.transient import Transient, wait_for

log = logging.getLogger("lotse.matrix")

T = TypeVar("T")
MAX_WAIT_SECONDS = 30.0


class RequestFailed(Exception):
    """A failure retrying will not fix (forbidden, unknown room, bad token); not retried."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Network-level failures: the homeserver is unreachable or went away mid-request.
NETWORK_ERRORS: tuple[type[BaseException], ...] = (ClientError, TimeoutError, OSError)
RETRYABLE: tuple[type[BaseException], ...] = (Transient, *NETWORK_ERRORS)


def check(response: T) -> T:
    """Raise for a nio error response; return anything else unchanged."""
    if not isinstance(response, ErrorResponse):
        return response
    status_code = response.status_code
    transport = getattr(response, "transport_response", None)
    http_status = getattr(transport, "status", None)
    if status_code == "M_LIMIT_EXCEEDED" or http_status == 429:
        retry_after_ms = getattr(response, "retry_after_ms", None)
        retry_after = retry_after_ms / 1000 if retry_after_ms else None
        raise Transient("M_LIMIT_EXCEEDED", retry_after)
    if http_status is None or http_status >= 500:
        raise Transient(f"http {http_status}")
    raise RequestFailed(str(status_code or http_status))


# Jittered exponential backoff, capped; a server's retry_after is honoured up to five caps.
wait_seconds = wait_for(
    wait_random_exponential(multiplier=0.5, max=MAX_WAIT_SECONDS), 5 * MAX_WAIT_SECONDS
)


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    log.warning(
        "matrix request retried",
        extra={"attempt": state.attempt_number, "error": type(error).__name__},
    )


async def retrying(operation: Callable[[], Awaitable[Any]], *, attempts: int = 6) -> Any:
    """Run ``operation`` (a nio call) until it succeeds, fails permanently, or runs out."""
    retryer = AsyncRetrying(
        retry=retry_if_exception_type(RETRYABLE),
        wait=wait_seconds,
        stop=stop_after_attempt(attempts),
        before_sleep=_log_retry,
        sleep=asyncio.sleep,
        reraise=True,
    )
    async for attempt in retryer:
        with attempt:
            return check(await operation())
    raise AssertionError("unreachable")  # pragma: no cover
