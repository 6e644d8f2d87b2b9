"""Fake BERUFENET and ESCO API servers on 127.0.0.1 (free port), in the documented shapes.

Each fake records the requests it saw and can be told to fail: ``fail_next`` answers the next
requests with a status, ``delay`` makes every answer slow (for timeouts).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest_asyncio
from aiohttp import web

BERUFENET_KEY = "test-key"
BERUFENET_HITS = {
    "drohnen": [{"id": 130001, "kurzBezeichnungNeutral": "Drohnenpilot/in"}],
    "tischler": [
        {"id": 4711, "kurzBezeichnungNeutral": "Tischler/in"},
        {"id": 4712, "kurzBezeichnungNeutral": "Tischlermeister/in"},
    ],
}
BERUFENET_DETAILS: dict[str, list[dict[str, Any]]] = {
    "130001": [
        {
            "id": 130001,
            "kurzBezeichnungNeutral": "Drohnenpilot/in",
            "bezeichnungNeutral": "Drohnenpilot/in",
            "kldb2010": "B 51632",
            "infofelder": [
                {
                    "id": "a01",
                    "ueberschrift": "Aufgaben und Tätigkeiten kompakt",
                    "content": "<p>Drohnenpiloten und -pilotinnen <b>steuern</b> unbemannte "
                    "Fluggeräte.</p>",
                }
            ],
        }
    ],
    "4711": [{"id": 4711, "kurzBezeichnungNeutral": "Tischler/in", "infofelder": []}],
}
ESCO_URI = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-00000000a001"
ESCO_SEARCH = {
    "drohne": [
        {
            "uri": ESCO_URI,
            "title": "drone pilot",
            "preferredLabel": {"de": "Drohnenpilot/Drohnenpilotin"},
        }
    ],
}
ESCO_CONCEPT = {
    "className": "Occupation",
    "uri": ESCO_URI,
    "title": "Drohnenpilot/Drohnenpilotin",
    "code": "3153.9",
    "preferredLabel": {"de": "Drohnenpilot/Drohnenpilotin", "en": "drone pilot"},
    "alternativeLabel": {"de": ["Drohnenführer", "UAV-Pilotin"]},
    "description": {
        "de": {"literal": "Drohnenpiloten steuern Drohnen.", "mimetype": "plain/text"}
    },
    "_links": {"broaderIscoGroup": [{"code": "3153", "title": "Piloten und verwandte Berufe"}]},
}


@dataclass
class FakeApi:
    """A running fake: its base URL, the requests seen and switches for failures."""

    base_url: str = ""
    requests: list[tuple[str, dict[str, str], dict[str, str]]] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)
    delay: float = 0.0
    peers: list[Any] = field(default_factory=list)  # the client's address per request

    def connections(self) -> int:
        """How many connections the requests came over."""
        return len(set(self.peers))

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]


async def _serve(app: web.Application, fake: FakeApi, prefix: str) -> AsyncIterator[FakeApi]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    fake.base_url = f"http://127.0.0.1:{port}{prefix}"
    try:
        yield fake
    finally:
        await runner.cleanup()


def _middleware(fake: FakeApi) -> Any:
    @web.middleware
    async def record(request: web.Request, handler: Any) -> web.StreamResponse:
        fake.requests.append((request.path, dict(request.query), dict(request.headers)))
        transport = request.transport
        fake.peers.append(transport.get_extra_info("peername") if transport else None)
        if fake.delay:
            await asyncio.sleep(fake.delay)
        if fake.fail_next:
            status = fake.fail_next.pop(0)
            return web.json_response({"message": "fake failure"}, status=status)
        response: web.StreamResponse = await handler(request)
        return response

    return record


@pytest_asyncio.fixture(loop_scope="session")
async def berufenet_api() -> AsyncIterator[FakeApi]:
    fake = FakeApi()

    async def search(request: web.Request) -> web.Response:
        if request.headers.get("X-API-Key") != BERUFENET_KEY:
            return web.json_response({"message": "unauthorized"}, status=403)
        words = request.query.get("suchwoerter", "").casefold()
        hits = [hit for key, found in BERUFENET_HITS.items() if key in words for hit in found]
        page = {"size": 20, "totalElements": len(hits), "totalPages": 1, "number": 0}
        return web.json_response({"_embedded": {"berufSucheList": hits}, "page": page})

    async def detail(request: web.Request) -> web.Response:
        if request.headers.get("X-API-Key") != BERUFENET_KEY:
            return web.json_response({"message": "unauthorized"}, status=403)
        found = BERUFENET_DETAILS.get(request.match_info["id"])
        if found is None:
            return web.json_response({"message": "not found"}, status=404)
        return web.json_response(found)

    app = web.Application(middlewares=[_middleware(fake)])
    app.router.add_get("/infosysbub/bnet/pc/v1/berufe", search)
    app.router.add_get("/infosysbub/bnet/pc/v1/berufe/{id}", detail)
    async for served in _serve(app, fake, "/infosysbub/bnet"):
        yield served


@pytest_asyncio.fixture(loop_scope="session")
async def esco_api() -> AsyncIterator[FakeApi]:
    fake = FakeApi()

    async def search(request: web.Request) -> web.Response:
        if request.query.get("type") != "occupation" or "language" not in request.query:
            return web.json_response({"message": "bad request"}, status=400)
        text = request.query.get("text", "").casefold()
        results = [hit for key, found in ESCO_SEARCH.items() if key in text for hit in found]
        return web.json_response({"total": len(results), "_embedded": {"results": results}})

    async def concept(request: web.Request) -> web.Response:
        if request.query.get("uri") != ESCO_URI:
            return web.json_response({"message": "not found"}, status=404)
        return web.json_response(ESCO_CONCEPT)

    app = web.Application(middlewares=[_middleware(fake)])
    app.router.add_get("/esco/api/search", search)
    app.router.add_get("/esco/api/resource/occupation", concept)
    async for served in _serve(app, fake, "/esco/api"):
        yield served
