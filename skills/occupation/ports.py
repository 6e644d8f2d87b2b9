"""What the occupation skill keeps in the store, declared here and implemented by ``storage/``:
imported ESCO occupations (keyed by URI and language), the import log and the cache of live
lookups. The skill receives only this repository (``OccupationSkill.repository``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class EscoDocument:
    """One imported ESCO occupation: its URI, label, a hash of its content and the content."""

    uri: str
    preferred_label: str
    content_hash: str
    data: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ImportRun:
    """Counts of one occupation import run."""

    source: str
    language: str
    at: datetime
    total: int
    inserted: int
    updated: int
    unchanged: int
    skipped: int


@dataclass(frozen=True, slots=True)
class OccupationStats:
    """Imported entries per language, the last import and the live cache size."""

    esco_by_language: dict[str, int]
    last_import: ImportRun | None
    cached_lookups: int


class OccupationRepository(Protocol):
    """Imported ESCO occupations (keyed by URI and language), the import log and the live
    lookup cache of the occupation skill. Documents are plain JSON; the skill interprets them."""

    async def esco_hashes(self, language: str) -> dict[str, str]:
        """Content hash per concept URI of the imported rows of ``language``."""
        ...

    async def save_esco(
        self, documents: Sequence[EscoDocument], language: str, at: datetime
    ) -> None:
        """Insert or update ``documents`` (never twins)."""
        ...

    async def esco_documents(self, language: str) -> list[dict[str, Any]]: ...
    async def record_import(self, run: ImportRun) -> None: ...
    async def stats(self, now: datetime) -> OccupationStats: ...
    async def cache_get(self, provider: str, key: str, now: datetime) -> dict[str, Any] | None: ...
    async def cache_put(
        self, provider: str, key: str, payload: Mapping[str, Any], expires_at: datetime
    ) -> None: ...
