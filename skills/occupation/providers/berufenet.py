"""BERUFENET of the Bundesagentur für Arbeit as a live occupation source.

Endpoints (header ``X-API-Key``): ``GET {base}/pc/v1/berufe?suchwoerter=…`` answers
``{"_embedded": {"berufSucheList": [{"id", "kurzBezeichnungNeutral", …}]}, "page": {…}}``;
``GET {base}/pc/v1/berufe/{id}`` answers a list with one object (``kurzBezeichnungNeutral``,
``bezeichnungNeutral``, ``kldb2010``, ``infofelder`` [{``ueberschrift``, ``content``}], …).
The BA publishes no terms for third-party use of this API: it is off unless enabled.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from bot.reply import Source
from skills.occupation.model import Occupation, TrainingType
from skills.occupation.providers.http import JsonClient, ProviderError

PROVIDER = "berufenet"
LABEL = "BERUFENET"
PAGE_URL = "https://web.arbeitsagentur.de/berufenet/beruf/{id}"
_TAGS = re.compile(r"<[^>]+>")
_KLDB = re.compile(r"(\d{5})\s*$")
_DESCRIPTION_CHARS = 600


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", markup)).split())


def _shorten(text: str) -> str:
    if len(text) <= _DESCRIPTION_CHARS:
        return text
    cut = text[:_DESCRIPTION_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


class BerufenetProvider:
    """Searches BERUFENET and fetches the detail of the best hit."""

    name = PROVIDER
    label = LABEL

    def __init__(self, client: JsonClient, clock: Any) -> None:
        self._client = client
        self._clock = clock

    async def lookup(self, query: str, limit: int) -> list[Occupation]:
        body = await self._client.get("/pc/v1/berufe", {"suchwoerter": query})
        try:
            hits = (body.get("_embedded") or {}).get("berufSucheList") or []
            found = [(str(hit["id"]), str(hit["kurzBezeichnungNeutral"])) for hit in hits]
        except (AttributeError, KeyError, TypeError) as error:
            raise ProviderError(f"{PROVIDER}: unexpected search response") from error
        entries = [self._entry(beruf_id, title) for beruf_id, title in found[:limit]]
        if entries:
            entries[0] = await self._detail(entries[0], found[0][0])
        return entries

    def _entry(self, beruf_id: str, title: str, **more: Any) -> Occupation:
        as_of: datetime = self._clock()
        return Occupation(
            id=f"{PROVIDER}-{beruf_id}",
            title=title,
            training_type=TrainingType.UNSPECIFIED,
            field="",
            description=more.pop("description", ""),
            source=Source(LABEL, as_of.date().isoformat(), PAGE_URL.format(id=beruf_id)),
            provider=PROVIDER,
            **more,
        )

    async def _detail(self, entry: Occupation, beruf_id: str) -> Occupation:
        body = await self._client.get(f"/pc/v1/berufe/{beruf_id}", {})
        detail = body[0] if isinstance(body, list) and body else body
        if not isinstance(detail, dict):
            raise ProviderError(f"{PROVIDER}: unexpected detail response")
        fields = detail.get("infofelder") or []
        text = next(
            (_plain(str(item.get("content") or "")) for item in fields if item.get("content")),
            "",
        )
        kldb = _KLDB.search(str(detail.get("kldb2010") or ""))
        title = str(detail.get("kurzBezeichnungNeutral") or entry.title)
        return self._entry(
            beruf_id,
            title,
            description=_shorten(text),
            kldb=kldb.group(1) if kldb else None,
        )
