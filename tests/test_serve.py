"""The server's own parts: health and readiness probes, retention housekeeping."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from conftest import FakeClock

from bot.ports import ConversationState, StateKey
from lotse.app import App
from lotse.serve import build_web_app, maintain


async def test_health_and_readiness(app: App) -> None:
    async with TestClient(TestServer(build_web_app(app))) as client:
        health = await client.get("/healthz")
        assert health.status == 200
        ready = await client.get("/readyz")
        assert ready.status == 200
        assert (await ready.json())["status"] == "ready"


async def test_maintenance_purges_expired_state_and_old_claims(app: App, clock: FakeClock) -> None:
    key = StateKey("teams", "c", None, "u")
    await app.store.states.put(
        key, ConversationState("email", {}, clock.now + timedelta(minutes=5))
    )
    await app.store.events.claim("teams", "old", clock.now - timedelta(days=8))
    await app.store.events.claim("teams", "recent", clock.now)
    clock.advance(minutes=10)
    task = asyncio.create_task(maintain(app, 0.01))
    await asyncio.sleep(0.1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await app.store.states.count_for_user("u") == 0
    assert await app.store.events.claim("teams", "old", clock.now) is True  # was purged
    assert await app.store.events.claim("teams", "recent", clock.now) is False


async def test_not_ready_when_the_schema_is_behind(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if this code shipped a newer migration than the database carries.
    monkeypatch.setattr("storage.migrate._shipped_heads", lambda: frozenset({"9999"}))
    async with TestClient(TestServer(build_web_app(app))) as client:
        ready = await client.get("/readyz")
        assert ready.status == 503
        assert (await ready.json())["status"] == "not ready"
