"""The ESCO web service API as a live occupation source.

``GET {base}/search?text=…&language=de&type=occupation`` answers
``{"_embedded": {"results": [{"uri", "title", "preferredLabel": {"de": …}, …}]}, "total": …}``;
``GET {base}/resource/occupation?uri=…&language=de`` answers the concept with
``preferredLabel``/``alternativeLabel`` per language, ``description.<lang>.literal``, ``code``
and ``_links.broaderIscoGroup`` [{``code``, ``title``}].
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.reply import Source
from skills.occupation.esco_csv import EscoRecord
from skills.occupation.esco_import import SOURCE_TITLE
from skills.occupation.esco_import import esco_occupation as _entry_from_record
from skills.occupation.model import Occupation
from skills.occupation.providers.http import JsonClient, ProviderError

PROVIDER = "esco-api"
LABEL = "ESCO"


def _label(value: Any, language: str) -> str | None:
    if isinstance(value, dict):
        found = value.get(language)
        return str(found) if found else None
    return str(value) if value else None


class EscoApiProvider:
    """Searches the ESCO API and fetches the concept of the best hit."""

    name = PROVIDER
    label = LABEL

    def __init__(
        self, client: JsonClient, clock: Callable[[], datetime], language: str = "de"
    ) -> None:
        self._client = client
        self._clock = clock
        self._language = language

    async def lookup(self, query: str, limit: int) -> list[Occupation]:
        params = {"text": query, "language": self._language, "type": "occupation"}
        body = await self._client.get("/search", {**params, "limit": str(limit)})
        try:
            results = (body.get("_embedded") or {}).get("results") or []
            found = [
                (
                    str(hit["uri"]),
                    _label(hit.get("preferredLabel"), self._language) or hit["title"],
                )
                for hit in results
            ]
        except (AttributeError, KeyError, TypeError) as error:
            raise ProviderError(f"{PROVIDER}: unexpected search response") from error
        records = [EscoRecord(uri=uri, preferred_label=str(title)) for uri, title in found[:limit]]
        if records:
            records[0] = await self._detail(records[0])
        return [self._entry(record) for record in records]

    async def _detail(self, record: EscoRecord) -> EscoRecord:
        params = {"uri": record.uri, "language": self._language}
        body = await self._client.get("/resource/occupation", params)
        if not isinstance(body, dict):
            raise ProviderError(f"{PROVIDER}: unexpected concept response")
        alternatives = (body.get("alternativeLabel") or {}).get(self._language) or []
        description = (body.get("description") or {}).get(self._language) or {}
        groups = (body.get("_links") or {}).get("broaderIscoGroup") or []
        group = groups[0] if groups and isinstance(groups[0], dict) else {}
        return EscoRecord(
            uri=record.uri,
            preferred_label=_label(body.get("preferredLabel"), self._language)
            or record.preferred_label,
            alt_labels=tuple(str(label) for label in alternatives),
            isco_group=str(group["code"]) if group.get("code") else None,
            isco_label=str(group["title"]) if group.get("title") else None,
            code=str(body["code"]) if body.get("code") else None,
            description=str(description.get("literal") or "") or None,
        )

    def _entry(self, record: EscoRecord) -> Occupation:
        entry = _entry_from_record(record, self._language)
        today = self._clock().date().isoformat()
        source = Source(SOURCE_TITLE, today, record.uri)
        return replace(entry, id=f"escoapi-{entry.id.removeprefix('esco-')}", source=source)
