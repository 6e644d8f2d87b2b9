"""Builds the skill's occupation sources from ``LOTSE_OCCUPATIONS_PROVIDERS``.

The local providers (built-in, ESCO import) become one in-memory catalogue with one search
index, so a query stays well under a millisecond however many sources there are. Entries are
merged by normalised title: the earlier provider's entry wins and the later one is dropped.

``SourcePlan.initial`` (used by ``Skill.create``) needs no store: the built-in catalogue and
the live providers without a cache. ``SourcePlan.load`` (used by ``Skill.start`` once the app
has opened its store) adds the imported ESCO rows and caches live lookups in the store. A
store that cannot read the ESCO rows (no table yet) counts as empty; after
``lotse occupations import-esco`` a restart picks the rows up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.failures import log_failure
from bot.reply import Source
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.esco_import import catalogue_source, esco_entries
from skills.occupation.model import Occupation
from skills.occupation.normalise import title_key
from skills.occupation.ports import OccupationRepository
from skills.occupation.providers import settings as names
from skills.occupation.providers.berufenet import BerufenetProvider
from skills.occupation.providers.esco_api import EscoApiProvider
from skills.occupation.providers.http import JsonClient, LookupCache
from skills.occupation.providers.live import LiveLookup, LiveProvider
from skills.occupation.providers.settings import OccupationSettings
from skills.occupation.synonyms import Synonym, restrict

log = logging.getLogger(__name__)

Part = tuple[Sequence[Occupation], Sequence[Source]]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class OccupationSources:
    """The local catalogue and, when configured, the live lookup."""

    catalogue: InMemoryCatalogue
    live: LiveLookup | None = None


def merged_catalogue(parts: Sequence[Part], synonyms: Sequence[Synonym] = ()) -> InMemoryCatalogue:
    """One catalogue from several, in priority order.

    A later entry is dropped when its title is already a name of an earlier entry (its title,
    a gendered form, an alias or a former title): "Tischler/Tischlerin" from ESCO merges into
    the built-in "Tischler/in", and "Elektriker/Elektrikerin" into the entry that lists
    "Elektriker/in" as another name. Synonym rows are kept for the entries that were kept;
    they do not drop entries (ESCO's "Imker/Imkerin" is more than the synonym's Tierwirt/in).
    """
    entries: list[Occupation] = []
    sources: list[Source] = []
    known_names: set[str] = set()
    seen_ids: set[str] = set()
    for occupations, part_sources in parts:
        kept: list[Occupation] = []
        for occupation in occupations:
            if title_key(occupation.title) in known_names or occupation.id in seen_ids:
                continue
            seen_ids.add(occupation.id)
            kept.append(occupation)
        for occupation in kept:  # names of this part only block later parts
            known_names.update(title_key(name) for name, _ in occupation.names())
        entries.extend(kept)
        if kept:
            sources.extend(part_sources)
    kept_ids = {entry.id for entry in entries}
    return InMemoryCatalogue(entries, tuple(dict.fromkeys(sources)), restrict(synonyms, kept_ids))


class SafeCache:
    """The store's lookup cache for the live providers: a cache that cannot answer is a miss.

    The store's error types are its own business, so every failure is caught here; a live
    answer must never fail because the cache did.
    """

    def __init__(self, inner: LookupCache) -> None:
        self._inner = inner

    async def cache_get(self, provider: str, key: str, now: datetime) -> dict[str, Any] | None:
        try:
            return await self._inner.cache_get(provider, key, now)
        except Exception as error:
            log_failure(
                log, "occupation cache not read", error, level=logging.WARNING, provider=provider
            )
            return None

    async def cache_put(
        self, provider: str, key: str, payload: Mapping[str, Any], expires_at: datetime
    ) -> None:
        try:
            await self._inner.cache_put(provider, key, payload, expires_at)
        except Exception as error:
            log_failure(
                log,
                "occupation lookup not cached",
                error,
                level=logging.WARNING,
                provider=provider,
            )


async def imported_esco(repository: OccupationRepository, language: str) -> list[Occupation]:
    """The imported ESCO entries of ``language``; empty when the store cannot read them."""
    try:
        documents = await repository.esco_documents(language)
    except Exception as error:  # e.g. no table yet: start on the other sources
        log_failure(log, "ESCO entries not loaded", error, level=logging.WARNING)
        return []
    return esco_entries(documents, language)


def live_providers(
    config: OccupationSettings,
    cache: LookupCache | None,
    clock: Callable[[], datetime] = utc_now,
) -> list[LiveProvider]:
    """The configured live providers, in the configured order."""
    common: dict[str, Any] = {
        "timeout": config.occupations_live_timeout,
        "cache": cache,
        "cache_for": timedelta(hours=config.occupations_cache_hours),
        "clock": clock,
    }
    found: list[LiveProvider] = []
    for name in config.live:
        if name == names.BERUFENET:
            key = config.berufenet_api_key.get_secret_value() if config.berufenet_api_key else ""
            client = JsonClient(
                name, config.berufenet_api_url, headers={"X-API-Key": key}, **common
            )
            found.append(BerufenetProvider(client, clock))
        elif name == names.ESCO_API:
            client = JsonClient(name, config.esco_api_url, **common)
            found.append(EscoApiProvider(client, clock, config.occupations_language))
    return found


def build_sources(
    builtin: InMemoryCatalogue,
    config: OccupationSettings,
    *,
    esco: Sequence[Occupation] = (),
    cache: LookupCache | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> OccupationSources:
    """The catalogue of the configured local providers plus the live lookup, if any."""
    parts: list[Part] = []
    for name in config.occupations_providers:
        if name == names.BUILTIN:
            parts.append((builtin.occupations, builtin.sources))
        elif name == names.ESCO_IMPORT and esco:
            as_of = max((o.source.as_of or "" for o in esco), default="") or None
            parts.append((esco, (catalogue_source(as_of),)))
    synonyms = builtin.synonyms if config.enabled(names.BUILTIN) else ()
    providers = live_providers(config, cache, clock)
    deadline = config.occupations_live_timeout * 2 + 1  # room for one retry
    live = LiveLookup(providers, deadline) if providers else None
    if _only_builtin(parts, synonyms, builtin):
        # The merge would copy it entry for entry and build a second search index (~50 ms
        # at every start, twice: once without the store, once with it).
        return OccupationSources(builtin, live)
    return OccupationSources(merged_catalogue(parts, synonyms), live)


def _only_builtin(
    parts: Sequence[Part], synonyms: Sequence[Synonym], builtin: InMemoryCatalogue
) -> bool:
    """Whether merging ``parts`` gives ``builtin`` back unchanged: its entries alone, all of
    its synonyms, its sources (kept once each, as the merge keeps them)."""
    return (
        len(parts) == 1
        and parts[0][0] is builtin.occupations
        and synonyms is builtin.synonyms
        and len(set(builtin.sources)) == len(builtin.sources)
    )


@dataclass(frozen=True, slots=True)
class SourcePlan:
    """What the skill builds its sources from: the built-in catalogue and the settings."""

    builtin: InMemoryCatalogue
    config: OccupationSettings

    def initial(self) -> OccupationSources:
        """The sources without a store: no ESCO rows, live lookups uncached."""
        return build_sources(self.builtin, self.config)

    async def load(self, repository: OccupationRepository) -> OccupationSources:
        """The sources with the store's imported ESCO rows and its live lookup cache."""
        esco: list[Occupation] = []
        if self.config.enabled(names.ESCO_IMPORT):
            esco = await imported_esco(repository, self.config.occupations_language)
        cache = SafeCache(repository) if self.config.live else None
        return build_sources(self.builtin, self.config, esco=esco, cache=cache)
