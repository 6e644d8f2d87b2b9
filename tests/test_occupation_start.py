"""The occupation skill's start: imported ESCO rows and the live cache come through the store."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeClock, make_chat
from occupation_fixtures import BERUFENET_KEY, FakeApi, berufenet_api
from storage_fixtures import occupation_repository

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.skill import SkillContext
from lotse.app import open_app
from lotse.settings import read_settings
from skills.occupation import OccupationSkill
from skills.occupation.esco_import import import_esco
from skills.occupation.providers.registry import SafeCache
from storage.database import SqlStore, open_store

__all__ = ["berufenet_api"]

FIXTURES = Path(__file__).with_name("fixtures")
FOLDER = FIXTURES / "esco" / "download"
SMALL = FIXTURES / "occupations_small.yaml"
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def context(args: str) -> SkillContext:
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Test", args)
    return SkillContext(
        message=message,
        args=args,
        command="beruf",
        language="de",
        user_key="k",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=NOW,
        texts=lambda key, **values: key,
    )


async def test_imported_esco_rows_are_searchable_after_open_app(
    settings: Settings, store: SqlStore, clock: FakeClock
) -> None:
    await import_esco(FOLDER, occupation_repository(store), NOW)
    async with open_app(settings, clock=clock, store=store) as app:
        chat = make_chat(app, "anna")
        await chat.say("beruf Tischler")
        await chat.say("ja")  # the AI policy acknowledgement
        reply, _ = await chat.say("beruf Imkerin")
    occupation = reply.data["occupation"]
    assert (occupation["title"], occupation["provider"]) == ("Imker/Imkerin", "esco")


async def test_create_serves_the_builtin_catalogue_and_start_adds_esco(
    settings: Settings, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await import_esco(FOLDER, occupation_repository(store), NOW)
    monkeypatch.setattr("skills.occupation.skill.BUILTIN_PATH", SMALL)
    skill = OccupationSkill.create(settings)
    assert skill.match_score("Tischler") > 0  # works without a store
    assert skill.match_score("Imkerin") == 0
    await skill.start(occupation_repository(store))
    assert skill.match_score("Imkerin") > 0
    monkeypatch.setenv("LOTSE_OCCUPATIONS_PROVIDERS", "builtin")
    builtin_only = OccupationSkill.create(read_settings())  # its section of the tree
    await builtin_only.start(occupation_repository(store))
    assert builtin_only.match_score("Imkerin") == 0


async def test_start_on_an_unmigrated_database_keeps_the_builtin_catalogue(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("skills.occupation.skill.BUILTIN_PATH", SMALL)
    empty = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}", migrate=False)
    try:
        skill = OccupationSkill.create(settings)
        await skill.start(
            occupation_repository(empty)
        )  # no ESCO table: a warning, not a failed start
    finally:
        await empty.close()
    assert skill.match_score("Tischler") > 0


async def test_live_lookups_are_cached_in_the_store_given_to_start(
    settings: Settings,
    store: SqlStore,
    berufenet_api: FakeApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("skills.occupation.skill.BUILTIN_PATH", SMALL)
    monkeypatch.setenv("LOTSE_OCCUPATIONS_PROVIDERS", "builtin,berufenet")
    monkeypatch.setenv("LOTSE_BERUFENET_API_URL", berufenet_api.base_url)
    monkeypatch.setenv("LOTSE_BERUFENET_API_KEY", BERUFENET_KEY)
    skill = OccupationSkill.create(read_settings())
    await skill.start(occupation_repository(store))
    first = await skill.handle(context("Drohnenpilotin"))
    second = await skill.handle(context("Drohnenpilotin"))
    assert first.data["occupation"]["title"] == second.data["occupation"]["title"]
    assert first.data["occupation"]["title"] == "Drohnenpilot/in"
    assert len(berufenet_api.requests) == 2  # search and detail once; then from the cache
    stats = await occupation_repository(store).stats(datetime.now(UTC))
    assert stats.cached_lookups == 2


class BrokenCache:
    async def cache_get(self, provider: str, key: str, now: datetime) -> dict[str, Any] | None:
        raise RuntimeError("database gone")

    async def cache_put(
        self, provider: str, key: str, payload: Mapping[str, Any], expires_at: datetime
    ) -> None:
        raise RuntimeError("database gone")


async def test_a_cache_that_cannot_answer_is_a_miss() -> None:
    cache = SafeCache(BrokenCache())
    assert await cache.cache_get("berufenet", "k", NOW) is None
    await cache.cache_put("berufenet", "k", {"body": 1}, NOW)  # no error reaches the lookup
