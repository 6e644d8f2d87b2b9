"""A per-process read cache in front of the store for what every message looks up.

Departments, toggles, assignments, acknowledgements, language choices and the evaluation
standing change rarely but are read on every message. Reads are cached for a few seconds;
writes made through this process invalidate at once, so a process always sees its own changes.
Each write is also announced to every instance sharing the database (PostgreSQL ``NOTIFY``),
whose caches drop that kind of data as it arrives (:meth:`CachedStore.invalidate`); the
lifetime ``ttl`` remains the bound when an announcement is lost (the scale-out promise: no
shared in-process state, caches are safe to lose).
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Sequence
from datetime import datetime
from typing import Any

from bot.caller_facts import CallerFacts, CallerQuery
from bot.cluster import EVERYTHING, Cluster
from bot.evaluation.ports import (
    ChoiceRepository,
    EvaluationRepository,
    Standing,
    Suggestion,
    SuggestionRepository,
)
from bot.failures import log_failure
from bot.ports import (
    Acknowledgement,
    AcknowledgementRepository,
    AuditEvent,
    Department,
    DirectoryRepository,
    Housekeeping,
    PreferenceRepository,
    Store,
)
from bot.ttl_cache import Clock, TTLCache

log = logging.getLogger("lotse.cache")

# What an announcement names: the kind of cached data that changed.
DIRECTORY = "directory"
ACKNOWLEDGEMENTS = "acknowledgements"
PREFERENCES = "preferences"
EVALUATION = "evaluation"


async def announce(cluster: Cluster, topic: str) -> None:
    """Tell the other instances; the change is committed already, so a failure only means
    they see it when their cache expires."""
    try:
        await cluster.announce(topic)
    except Exception as error:
        log_failure(log, "cache announcement failed", error, level=logging.WARNING)


def department_key(name: str) -> str:
    return " ".join(name.casefold().split())


class CachedDirectory:
    """Caches the directory reads made per message; delegates everything else."""

    def __init__(
        self, inner: DirectoryRepository, ttl: float, clock: Clock, cluster: Cluster
    ) -> None:
        self._inner = inner
        self._cluster = cluster
        self._departments: TTLCache[Department] = TTLCache(ttl, clock)
        self._users: TTLCache[Department | None] = TTLCache(ttl, clock)
        self._scopes: TTLCache[Department | None] = TTLCache(ttl, clock)
        self._toggles: TTLCache[dict[str, bool]] = TTLCache(ttl, clock)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def ensure_department(self, name: str, *, audit: AuditEvent | None = None) -> Department:
        key = department_key(name)
        if audit is not None:  # an audited creation always reaches the database
            self._departments.forget(key)
            created = await self._inner.ensure_department(name, audit=audit)
            await announce(self._cluster, DIRECTORY)
            return created
        return await self._departments.get(key, lambda: self._inner.ensure_department(name))

    async def department_for_user(self, platform: str, user_id: str) -> Department | None:
        return await self._users.get(
            (platform, user_id), lambda: self._inner.department_for_user(platform, user_id)
        )

    async def department_for_scopes(
        self, platform: str, scopes: Sequence[str]
    ) -> Department | None:
        return await self._scopes.get(
            (platform, tuple(scopes)), lambda: self._inner.department_for_scopes(platform, scopes)
        )

    async def skill_toggles(self, department_id: int) -> dict[str, bool]:
        toggles = await self._toggles.get(
            department_id, lambda: self._inner.skill_toggles(department_id)
        )
        return dict(toggles)  # callers may not mutate the cached dict

    async def rename_department(
        self, old: str, new: str, *, audit: AuditEvent | None = None
    ) -> Department:
        result = await self._inner.rename_department(old, new, audit=audit)
        self.clear()
        await announce(self._cluster, DIRECTORY)
        return result

    def clear(self) -> None:
        for cache in (self._departments, self._users, self._scopes, self._toggles):
            cache.clear()

    async def assign_user(
        self, platform: str, user_id: str, department_id: int, *, audit: AuditEvent | None = None
    ) -> None:
        await self._inner.assign_user(platform, user_id, department_id, audit=audit)
        self._users.forget((platform, user_id))
        await announce(self._cluster, DIRECTORY)

    def forget_user(self, platform: str, user_id: str) -> None:
        self._users.forget((platform, user_id))

    async def unassign_user(
        self, platform: str, user_id: str, *, audit: AuditEvent | None = None
    ) -> bool:
        result = await self._inner.unassign_user(platform, user_id, audit=audit)
        self._users.forget((platform, user_id))
        await announce(self._cluster, DIRECTORY)
        return result

    async def assign_scope(
        self, platform: str, scope: str, department_id: int, *, audit: AuditEvent | None = None
    ) -> None:
        await self._inner.assign_scope(platform, scope, department_id, audit=audit)
        self._scopes.clear()
        await announce(self._cluster, DIRECTORY)

    async def set_skill_enabled(
        self, department_id: int, skill_id: str, enabled: bool, *, audit: AuditEvent | None = None
    ) -> bool | None:
        result = await self._inner.set_skill_enabled(department_id, skill_id, enabled, audit=audit)
        self._toggles.forget(department_id)
        await announce(self._cluster, DIRECTORY)
        return result


class CachedAcknowledgements:
    def __init__(
        self, inner: AcknowledgementRepository, ttl: float, clock: Clock, cluster: Cluster
    ) -> None:
        self._inner = inner
        self._cluster = cluster
        self._cache: TTLCache[Acknowledgement | None] = TTLCache(ttl, clock)

    async def get(self, user_key: str) -> Acknowledgement | None:
        return await self._cache.get(user_key, lambda: self._inner.get(user_key))

    async def save(self, user_key: str, ack: Acknowledgement) -> None:
        await self._inner.save(user_key, ack)
        self._cache.forget(user_key)
        await announce(self._cluster, ACKNOWLEDGEMENTS)

    async def delete(self, user_key: str) -> int:
        result = await self._inner.delete(user_key)
        self._cache.forget(user_key)
        await announce(self._cluster, ACKNOWLEDGEMENTS)
        return result

    def forget(self, user_key: str) -> None:
        self._cache.forget(user_key)

    def clear(self) -> None:
        self._cache.clear()


class CachedPreferences:
    def __init__(
        self, inner: PreferenceRepository, ttl: float, clock: Clock, cluster: Cluster
    ) -> None:
        self._inner = inner
        self._cluster = cluster
        self._cache: TTLCache[str | None] = TTLCache(ttl, clock)

    async def language(self, user_key: str) -> str | None:
        return await self._cache.get(user_key, lambda: self._inner.language(user_key))

    async def set_language(self, user_key: str, language: str) -> None:
        await self._inner.set_language(user_key, language)
        self._cache.forget(user_key)
        await announce(self._cluster, PREFERENCES)

    async def delete_for_user(self, user_key: str) -> int:
        result = await self._inner.delete_for_user(user_key)
        self._cache.forget(user_key)
        await announce(self._cluster, PREFERENCES)
        return result

    def forget(self, user_key: str) -> None:
        self._cache.forget(user_key)

    def clear(self) -> None:
        self._cache.clear()


class CachedEvaluation:
    """Caches the evaluation standing every turn reads (opt-out, decisions waiting, survey
    switch). Every write that can change a standing drops all cached standings: such writes
    are rare, and the person who opts out is never recorded again, not even once."""

    def __init__(
        self, inner: EvaluationRepository, ttl: float, clock: Clock, cluster: Cluster
    ) -> None:
        self._inner = inner
        self._cluster = cluster
        self._standings: TTLCache[Standing] = TTLCache(ttl, clock)
        self.choices = _CachedChoices(inner.choices, self)
        self.suggestions = _CachedSuggestions(inner.suggestions, self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def standing(self, user_key: str, survey_setting: str) -> Standing:
        return await self._standings.get(
            (user_key, survey_setting), lambda: self._inner.standing(user_key, survey_setting)
        )

    async def changed(self, *, tell_others: bool = True) -> None:
        self.clear()
        if tell_others:
            await announce(self._cluster, EVALUATION)

    def clear(self) -> None:
        self._standings.clear()


class _CachedChoices:
    def __init__(self, inner: ChoiceRepository, owner: CachedEvaluation) -> None:
        self._inner = inner
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def set_opted_out(self, user_key: str, opted_out: bool, at: datetime) -> None:
        await self._inner.set_opted_out(user_key, opted_out, at)
        await self._owner.changed()

    async def set_setting(self, name: str, value: dict[str, Any], at: datetime) -> None:
        await self._inner.set_setting(name, value, at)
        await self._owner.changed()


class _CachedSuggestions:
    def __init__(self, inner: SuggestionRepository, owner: CachedEvaluation) -> None:
        self._inner = inner
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def decide(
        self, suggestion_id: int, status: str, reason: str | None, at: datetime
    ) -> bool:
        decided = await self._inner.decide(suggestion_id, status, reason, at)
        await self._owner.changed()
        return decided

    async def take_decisions_for(self, author_key: str) -> list[Suggestion]:
        taken = await self._inner.take_decisions_for(author_key)
        # Not announced: another instance that still sees decisions waiting only asks once
        # more and finds none.
        await self._owner.changed(tell_others=False)
        return taken


class CachedHousekeeping:
    """Erasing a person also drops what the caches hold about them."""

    def __init__(self, store: CachedStore, inner: Housekeeping) -> None:
        self._store = store
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def erase_user(self, user_key: str, platform: str, user_id: str) -> dict[str, int]:
        result = await self._inner.erase_user(user_key, platform, user_id)
        self._store.acknowledgements.forget(user_key)
        self._store.preferences.forget(user_key)
        self._store.directory.forget_user(platform, user_id)
        self._store.evaluation.clear()
        await announce(self._store.cluster, EVERYTHING)
        return result


class CachedStore:
    """The store with cached per-message lookups; everything else passes straight through."""

    def __init__(self, inner: Store, ttl: float, clock: Clock) -> None:
        self._inner = inner
        self.cluster = cluster = inner.cluster
        self.directory = CachedDirectory(inner.directory, ttl, clock, cluster)
        self.acknowledgements = CachedAcknowledgements(inner.acknowledgements, ttl, clock, cluster)
        self.preferences = CachedPreferences(inner.preferences, ttl, clock, cluster)
        self.evaluation = CachedEvaluation(inner.evaluation, ttl, clock, cluster)
        self.housekeeping = CachedHousekeeping(self, inner.housekeeping)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def caller_facts(self, query: CallerQuery) -> CallerFacts:
        return await self._inner.caller_facts(query)

    async def read_ahead(self, query: CallerQuery) -> None:
        """When any fact a turn will read about its sender is not cached, read them all in
        one unit of work (:mod:`bot.caller_facts`) and keep each under its own read's key."""
        directory, standings = self.directory, self.evaluation._standings
        languages, acks = self.preferences._cache, self.acknowledgements._cache
        if not languages.enabled:
            return  # caching is off: every read goes to the database anyway
        user, scopes = (query.platform, query.user_id), (query.platform, query.scopes)
        default = department_key(query.default_department)
        standing = (query.user_key, query.survey_setting)
        departments: list[tuple[TTLCache[Any], Hashable]] = [
            (directory._users, user),
            (directory._departments, default),
        ]
        if query.scopes:
            departments.append((directory._scopes, scopes))
        slots = [*departments, (languages, query.user_key), (acks, query.user_key)]
        slots.append((standings, standing))
        if all(cache.fresh(key) for cache, key in slots) and all(
            directory._toggles.fresh(department.id)
            for cache, key in departments
            if (department := cache.peek(key)) is not None
        ):
            return
        started = {id(cache): cache.read_starts() for cache, _ in slots}
        toggles_started = directory._toggles.read_starts()
        facts = await self._inner.caller_facts(query)
        languages.fill(query.user_key, facts.language, started[id(languages)])
        acks.fill(query.user_key, facts.acknowledgement, started[id(acks)])
        directory._users.fill(user, facts.user_department, started[id(directory._users)])
        if query.scopes:
            directory._scopes.fill(scopes, facts.scope_department, started[id(directory._scopes)])
        if facts.default_department is not None:  # else ensure_department creates it
            found = facts.default_department
            directory._departments.fill(default, found, started[id(directory._departments)])
        for department_id, toggles in facts.toggles.items():
            directory._toggles.fill(department_id, dict(toggles), toggles_started)
        standings.fill(standing, facts.standing, started[id(standings)])

    def invalidate(self, topic: str) -> None:
        """Drop the cached data another instance announced as changed."""
        if topic in (DIRECTORY, EVERYTHING):
            self.directory.clear()
        if topic in (ACKNOWLEDGEMENTS, EVERYTHING):
            self.acknowledgements.clear()
        if topic in (PREFERENCES, EVERYTHING):
            self.preferences.clear()
        if topic in (EVALUATION, EVERYTHING):
            self.evaluation.clear()
