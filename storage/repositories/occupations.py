"""Occupation data: imported ESCO occupations, the import log and the live lookup cache.

The rows are plain documents; turning them into catalogue entries is the skill's business.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection

from skills.occupation.ports import EscoDocument, ImportRun, OccupationStats
from storage.models import esco_occupations as esco
from storage.models import occupation_imports as runs
from storage.models import occupation_lookup_cache as cache
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, upsert

_HASHES = select(esco.c.uri, esco.c.content_hash).where(esco.c.language == bindparam("language"))
_DOCUMENTS = (
    select(esco.c.data).where(esco.c.language == bindparam("language")).order_by(esco.c.uri)
)
_COUNTS = select(esco.c.language, func.count()).group_by(esco.c.language)
_LAST_RUN = select(runs).order_by(runs.c.at.desc(), runs.c.id.desc()).limit(1)
_RECORD_RUN = insert(runs)
_CACHE_GET = select(cache.c.payload).where(
    cache.c.provider == bindparam("provider"),
    cache.c.key == bindparam("key"),
    cache.c.expires_at > bindparam("now"),
)
_CACHE_COUNT = select(func.count()).select_from(cache).where(cache.c.expires_at > bindparam("now"))
_CACHE_PURGE = delete(cache).where(cache.c.expires_at <= bindparam("now"))
_BATCH = 500


class SqlOccupationRepository(SqlRepository):
    """Implements :class:`skills.occupation.ports.OccupationRepository`.

    ESCO rows are keyed by (URI, language): a re-import updates rows, it never adds twins.
    """

    async def esco_hashes(self, language: str) -> dict[str, str]:
        return await self._runner.run(_pairs, _HASHES, {"language": language})

    async def save_esco(
        self, documents: Sequence[EscoDocument], language: str, at: datetime
    ) -> None:
        """Insert or update the documents (one transaction per batch of 500)."""
        statement = upsert(
            self._dialect,
            esco,
            ("uri", "language"),
            ("preferred_label", "content_hash", "data", "imported_at"),
        )
        for start in range(0, len(documents), _BATCH):
            params = [
                {
                    "uri": document.uri,
                    "language": language,
                    "preferred_label": document.preferred_label,
                    "content_hash": document.content_hash,
                    "data": dict(document.data),
                    "imported_at": at,
                }
                for document in documents[start : start + _BATCH]
            ]
            await self._runner.transaction(_execute_many, statement, params)

    async def esco_documents(self, language: str) -> list[dict[str, Any]]:
        return await self._runner.run(_documents, language)

    async def record_import(self, run: ImportRun) -> None:
        params = {name: getattr(run, name) for name in ImportRun.__slots__}
        await self._runner.run(execute, _RECORD_RUN, params)

    async def stats(self, now: datetime) -> OccupationStats:
        return await self._runner.run(_stats, now)

    async def cache_get(self, provider: str, key: str, now: datetime) -> dict[str, Any] | None:
        params = {"provider": provider, "key": key, "now": now}
        return await self._runner.run(_scalar_or_none, _CACHE_GET, params)

    async def cache_put(
        self, provider: str, key: str, payload: Mapping[str, Any], expires_at: datetime
    ) -> None:
        statement = upsert(self._dialect, cache, ("provider", "key"), ("payload", "expires_at"))
        params = {
            "provider": provider,
            "key": key,
            "payload": dict(payload),
            "expires_at": expires_at,
        }
        await self._runner.run(execute, statement, params)

    async def cache_purge(self, now: datetime) -> int:
        return await self._runner.run(execute, _CACHE_PURGE, {"now": now})


def _execute_many(conn: Connection, statement: Any, params: list[dict[str, Any]]) -> None:
    conn.execute(statement, params)


def _pairs(conn: Connection, statement: Any, params: Mapping[str, Any]) -> dict[str, str]:
    return {str(row[0]): str(row[1]) for row in conn.execute(statement, params)}


def _documents(conn: Connection, language: str) -> list[dict[str, Any]]:
    return [dict(row[0]) for row in conn.execute(_DOCUMENTS, {"language": language})]


def _scalar_or_none(
    conn: Connection, statement: Any, params: Mapping[str, Any]
) -> dict[str, Any] | None:
    value = conn.execute(statement, params).scalar_one_or_none()
    return dict(value) if value is not None else None


def _stats(conn: Connection, now: datetime) -> OccupationStats:
    counts = {str(row[0]): int(row[1]) for row in conn.execute(_COUNTS)}
    last = conn.execute(_LAST_RUN).mappings().first()
    run = None
    if last is not None:
        run = ImportRun(**{name: last[name] for name in ImportRun.__slots__})
    cached = int(conn.execute(_CACHE_COUNT, {"now": now}).scalar_one())
    return OccupationStats(counts, run, cached)
