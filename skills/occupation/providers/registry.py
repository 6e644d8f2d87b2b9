"""Builds the skill's occupation sources from ``LOTSE_OCCUPATIONS_PROVIDERS``.

The local providers (built-in, ESCO import) become one in-memory catalogue with one search
index, so a query stays well under a millisecond however many sources there are. Entries are
merged by normalised title: the earlier provider's entry wins and the later one is dropped.

Skills are created synchronously (``Skill.create(settings)``), before the app opens its
store. Imported ESCO rows are therefore read with a short one-off read at start
(``load_esco_sync``: its own connection, on a worker thread with its own event loop). A
database that has no ESCO table yet (first start, before migrations) counts as empty; after
``lotse occupations import-esco`` a restart picks the rows up.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings
from bot.reply import Source
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.esco_import import catalogue_source, load_esco
from skills.occupation.model import Occupation
from skills.occupation.normalise import title_key
from skills.occupation.providers import settings as names
from skills.occupation.providers.berufenet import BerufenetProvider
from skills.occupation.providers.esco_api import EscoApiProvider
from skills.occupation.providers.http import JsonClient, LookupCache
from skills.occupation.providers.live import LiveLookup, LiveProvider
from skills.occupation.providers.settings import OccupationSettings

log = logging.getLogger(__name__)

Part = tuple[Sequence[Occupation], Sequence[Source]]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class OccupationSources:
    """The local catalogue and, when configured, the live lookup."""

    catalogue: InMemoryCatalogue
    live: LiveLookup | None = None


def merged_catalogue(parts: Sequence[Part]) -> InMemoryCatalogue:
    """One catalogue from several, in priority order.

    A later entry is dropped when its title is already a name of an earlier entry (its title,
    a gendered form, an alias or a former title): "Tischler/Tischlerin" from ESCO merges into
    the built-in "Tischler/in", and "Elektriker/Elektrikerin" into the entry that lists
    "Elektriker/in" as another name.
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
    return InMemoryCatalogue(entries, tuple(dict.fromkeys(sources)))


def load_esco_sync(url: str, language: str = "de") -> list[Occupation]:
    """Imported ESCO entries, read once at start; empty when nothing was imported yet."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if not database or database == ":memory:" or not Path(database).expanduser().exists():
            return []
    found: list[Occupation] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            found.extend(asyncio.run(_read_esco(url, language)))
        except (SQLAlchemyError, OSError) as error:  # no table yet, or no database
            failure.append(error)

    thread = threading.Thread(target=work, name="lotse-esco-load")
    thread.start()
    thread.join()
    if failure:
        log.warning("ESCO entries not loaded", extra={"error": type(failure[0]).__name__})
    return found


async def _read_esco(url: str, language: str) -> list[Occupation]:
    from storage.engine import create_runner
    from storage.repositories.occupations import SqlOccupationRepository

    runner = create_runner(url)
    try:
        return await load_esco(SqlOccupationRepository(runner), language)
    finally:
        await runner.dispose()


class LazyStoreCache:
    """The lookup cache in the app's database, connected on first use (inside the loop)."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._repository: Any = None

    def _repo(self) -> Any:
        if self._repository is None:
            from storage.engine import create_runner
            from storage.repositories.occupations import SqlOccupationRepository

            self._repository = SqlOccupationRepository(create_runner(self._url))
        return self._repository

    async def cache_get(self, provider: str, key: str, now: datetime) -> dict[str, Any] | None:
        try:
            result: dict[str, Any] | None = await self._repo().cache_get(provider, key, now)
        except SQLAlchemyError:
            return None  # a cache that cannot answer is a miss
        return result

    async def cache_put(
        self, provider: str, key: str, payload: Mapping[str, Any], expires_at: datetime
    ) -> None:
        try:
            await self._repo().cache_put(provider, key, payload, expires_at)
        except SQLAlchemyError:
            log.warning("occupation lookup not cached", extra={"provider": provider})


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
    providers = live_providers(config, cache, clock)
    deadline = config.occupations_live_timeout * 2 + 1  # room for one retry
    live = LiveLookup(providers, deadline) if providers else None
    return OccupationSources(merged_catalogue(parts), live)


def sources_for(settings: Settings, builtin: InMemoryCatalogue) -> OccupationSources:
    """What ``OccupationSkill.create`` uses: reads the environment and the database."""
    config = OccupationSettings()
    url = settings.effective_database_url
    esco: list[Occupation] = []
    if config.enabled(names.ESCO_IMPORT):
        esco = load_esco_sync(url, config.occupations_language)
    cache = LazyStoreCache(url) if config.live else None
    return build_sources(builtin, config, esco=esco, cache=cache)
