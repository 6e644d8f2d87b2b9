"""JSON over HTTP for the live providers: a timeout per request, retries for the transient only,
and a short database cache in front.

Retried: timeouts, connection errors, 429 and 5xx (three attempts, jittered backoff, capped).
Not retried: every other 4xx (a wrong key or a bad request will not heal by asking again).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from bot.transient import Transient

if TYPE_CHECKING:
    import aiohttp

log = logging.getLogger(__name__)

_ATTEMPTS = 3


class ProviderError(Exception):
    """A live provider did not deliver (unreachable, timed out, refused or nonsense)."""


class LookupCache(Protocol):
    """Where answers are kept for a while (the store's ``OccupationRepository`` is one)."""

    async def cache_get(self, provider: str, key: str, now: datetime) -> dict[str, Any] | None: ...

    async def cache_put(
        self, provider: str, key: str, payload: Mapping[str, Any], expires_at: datetime
    ) -> None: ...


class JsonClient:
    """GETs JSON from one base URL, through the cache when one is given."""

    def __init__(
        self,
        provider: str,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float = 4.0,
        cache: LookupCache | None = None,
        cache_for: timedelta = timedelta(hours=24),
        clock: Callable[[], datetime],
        backoff: float = 0.2,
    ) -> None:
        self.provider = provider
        self._base = base_url.rstrip("/")
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._cache = cache
        self._cache_for = cache_for
        self._clock = clock
        self._backoff = backoff

    async def get(self, path: str, params: Mapping[str, str]) -> Any:
        key = path + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        cached = await self._cached(key)
        if cached is not None:
            return cached["body"]
        retrying = AsyncRetrying(
            stop=stop_after_attempt(_ATTEMPTS),
            wait=wait_exponential_jitter(
                multiplier=self._backoff, max=4 * self._backoff, jitter=self._backoff
            ),
            retry=retry_if_exception_type(Transient),
            reraise=True,
        )
        # Imported here: every CLI start would pay ~0.2 s for it, and only live providers use it.
        import aiohttp

        # One session for every attempt: a retry reuses the pooled connection.
        timeout = aiohttp.ClientTimeout(total=self._timeout)
        async with aiohttp.ClientSession(timeout=timeout, headers=self._headers) as session:
            try:
                async for attempt in retrying:
                    with attempt:
                        body = await self._fetch(session, path, params)
            except Transient as error:
                raise ProviderError(error.reason) from error
        if self._cache is not None and self._cache_for > timedelta(0):
            expires = self._clock() + self._cache_for
            await self._cache.cache_put(self.provider, key, {"body": body}, expires)
        return body

    async def _cached(self, key: str) -> dict[str, Any] | None:
        if self._cache is None or self._cache_for <= timedelta(0):
            return None
        return await self._cache.cache_get(self.provider, key, self._clock())

    async def _fetch(
        self, session: aiohttp.ClientSession, path: str, params: Mapping[str, str]
    ) -> Any:
        import aiohttp  # already loaded by ``get``

        url = self._base + path
        try:
            async with session.get(url, params=params) as response:
                text = await response.text()  # read in full, so the connection can be reused
                if response.status == 429 or response.status >= 500:
                    raise Transient(f"{self.provider}: HTTP {response.status}")
                if response.status >= 400:
                    raise ProviderError(f"{self.provider}: HTTP {response.status}")
        except TimeoutError as error:
            raise Transient(f"{self.provider}: timed out") from error
        except aiohttp.ClientError as error:
            raise Transient(f"{self.provider}: {type(error).__name__}") from error
        try:
            return json.loads(text)
        except ValueError as error:
            raise ProviderError(f"{self.provider}: not JSON") from error
