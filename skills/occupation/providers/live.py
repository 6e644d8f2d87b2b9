"""Local catalogue plus live providers: ask them together, merge, and say when one failed.

Live results are scored against the query with the same search as the local catalogue, so a
provider's full-text hit on some description does not outrank a matching local title. On equal
titles the local entry wins and the live entry's page is offered as a link. A provider that
fails or times out is named in ``failed``; the answer then comes from the local catalogue.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.failures import log_failure
from bot.reply import Source
from skills.occupation.catalogue import Catalogue, InMemoryCatalogue, merge_matches
from skills.occupation.model import Match, Occupation
from skills.occupation.normalise import title_key
from skills.occupation.providers.http import ProviderError

log = logging.getLogger(__name__)


class LiveProvider(Protocol):
    """A remote occupation source; ``lookup`` raises ProviderError when it cannot answer."""

    name: str
    label: str

    async def lookup(self, query: str, limit: int) -> list[Occupation]: ...


@dataclass(frozen=True, slots=True)
class LiveResult:
    """Merged matches, source pages for the best one and the providers that failed."""

    matches: list[Match]
    links: tuple[Source, ...] = ()
    failed: tuple[str, ...] = ()


class LiveLookup:
    """Searches the local catalogue and every live provider within one deadline."""

    def __init__(self, providers: Sequence[LiveProvider], deadline: float) -> None:
        self._providers = tuple(providers)
        self._deadline = deadline

    @property
    def providers(self) -> tuple[LiveProvider, ...]:
        return self._providers

    async def search(self, local: Catalogue, query: str, limit: int) -> LiveResult:
        found = local.search(query, limit)
        answers = await asyncio.gather(*(self._ask(p, query, limit) for p in self._providers))
        failed = tuple(
            p.label for p, got in zip(self._providers, answers, strict=True) if got is None
        )
        live: list[Match] = []
        for provider, entries in zip(self._providers, answers, strict=True):
            if entries:
                unique = list({entry.id: entry for entry in entries}.values())
                scored = InMemoryCatalogue(unique, ()).search(query, limit)
                log.debug("live lookup", extra={"provider": provider.name, "hits": len(scored)})
                live.extend(scored)
        matches = merge_matches([*found, *live], limit)
        links: tuple[Source, ...] = ()
        if matches:
            best = title_key(matches[0].occupation.title)
            links = tuple(
                dict.fromkeys(
                    match.occupation.source
                    for match in live
                    if title_key(match.occupation.title) == best
                    and match.occupation.source.url
                    and match.occupation is not matches[0].occupation
                )
            )
        return LiveResult(matches, links, failed)

    async def _ask(
        self, provider: LiveProvider, query: str, limit: int
    ) -> list[Occupation] | None:
        try:
            async with asyncio.timeout(self._deadline):
                return await provider.lookup(query, limit)
        except (ProviderError, TimeoutError) as error:
            log_failure(
                log,
                "live occupation lookup failed",
                error,
                level=logging.WARNING,
                provider=provider.name,
            )
            return None
