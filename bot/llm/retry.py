"""Retries around one model call: tenacity with exponential backoff and jitter, honouring the
server's ``retry-after``, within a total deadline. Only :class:`Transient` failures are
retried; a :class:`Rejected` request fails at once."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type
from tenacity.wait import wait_random_exponential

from bot import metrics
from bot.llm.errors import ModelUnavailable, Rejected, Transient
from bot.llm.settings import LLMSettings
from bot.transient import wait_for

log = logging.getLogger("lotse.llm")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4
    initial: float = 0.5
    maximum: float = 8.0
    timeout: float = 30.0  # one attempt
    deadline: float = 90.0  # everything

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> RetryPolicy:
        return cls(
            max_attempts=settings.max_attempts,
            initial=settings.backoff_initial_seconds,
            maximum=settings.backoff_max_seconds,
            timeout=settings.timeout_seconds,
            deadline=settings.deadline_seconds,
        )


class _Clock:
    def __init__(self, deadline: float) -> None:
        self._end = time.monotonic() + deadline

    def remaining(self) -> float:
        return self._end - time.monotonic()


def _retrying(policy: RetryPolicy, clock: _Clock) -> AsyncRetrying:
    def stop(state: RetryCallState) -> bool:
        # tenacity computes the wait first: give up when waiting would pass the deadline.
        out_of_time = state.upcoming_sleep >= clock.remaining()
        return state.attempt_number >= policy.max_attempts or out_of_time

    def before_sleep(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        kind = error.reason if isinstance(error, Transient) else type(error).__name__
        metrics.MODEL_RETRIES.inc()
        log.warning(
            "model call failed (%s), attempt %d, retrying in %.2fs",
            kind,
            state.attempt_number,
            state.upcoming_sleep,
        )

    return AsyncRetrying(
        retry=retry_if_exception_type(Transient),
        wait=wait_for(wait_random_exponential(multiplier=policy.initial, max=policy.maximum)),
        stop=stop,
        before_sleep=before_sleep,
        reraise=True,
    )


async def call_with_retries(attempt: Callable[[float], Awaitable[T]], policy: RetryPolicy) -> T:
    """``attempt(timeout)`` until it succeeds; :class:`ModelUnavailable` when it never does."""
    clock = _Clock(policy.deadline)
    try:
        async for attempt_state in _retrying(policy, clock):
            with attempt_state:
                budget = min(policy.timeout, clock.remaining())
                if budget <= 0:
                    raise ModelUnavailable("deadline")
                try:
                    async with asyncio.timeout(budget):
                        return await attempt(budget)
                except TimeoutError as error:
                    raise Transient("timeout") from error
    except Transient as error:
        raise ModelUnavailable(error.reason) from error
    except Rejected as error:
        raise ModelUnavailable(f"rejected:{error.status}") from error
    raise ModelUnavailable("no attempt")  # pragma: no cover - tenacity always attempts once


async def stream_with_retries(
    open_stream: Callable[[float], AsyncIterator[str]], policy: RetryPolicy
) -> AsyncIterator[str]:
    """Retry until the first piece of text arrives; a failure after that cannot be retried
    (the user has seen text already) and becomes :class:`ModelUnavailable`."""
    clock = _Clock(policy.deadline)

    async def first(seconds: float) -> tuple[str | None, AsyncIterator[str]]:
        iterator = aiter(open_stream(seconds))
        try:
            return await anext(iterator), iterator
        except StopAsyncIteration:
            return None, iterator
        except BaseException:
            await _close(iterator)
            raise

    remaining_policy = RetryPolicy(
        policy.max_attempts, policy.initial, policy.maximum, policy.timeout, clock.remaining()
    )
    head, iterator = await call_with_retries(first, remaining_policy)
    if head is None:
        return
    async with aclosing(iterator):  # type: ignore[type-var]
        yield head
        while True:
            try:
                async with asyncio.timeout(max(clock.remaining(), 0.001)):
                    piece = await anext(iterator)
            except StopAsyncIteration:
                return
            except (TimeoutError, Transient, Rejected) as error:
                raise ModelUnavailable("stream interrupted") from error
            yield piece


async def _close(iterator: AsyncIterator[str]) -> None:
    close = getattr(iterator, "aclose", None)
    if close is not None:
        await close()
