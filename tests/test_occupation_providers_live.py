"""Live BERUFENET and ESCO lookups against fake servers: shapes, key, retries, timeouts, cache,
and the skill falling back to the local catalogue when a provider fails."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from occupation_fixtures import BERUFENET_KEY, ESCO_URI, FakeApi, berufenet_api, esco_api
from pydantic import SecretStr
from storage_fixtures import occupation_repository

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Text
from bot.skill import SkillContext
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import load_builtin_catalogue
from skills.occupation.providers.berufenet import BerufenetProvider
from skills.occupation.providers.esco_api import EscoApiProvider
from skills.occupation.providers.http import JsonClient, LookupCache, ProviderError
from skills.occupation.providers.live import LiveLookup
from skills.occupation.providers.registry import build_sources
from skills.occupation.providers.settings import OccupationSettings
from storage.database import SqlStore

__all__ = ["berufenet_api", "esco_api"]

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def client(
    fake: FakeApi,
    name: str,
    *,
    key: str | None = None,
    timeout: float = 2.0,
    cache: LookupCache | None = None,
) -> JsonClient:
    headers = {"X-API-Key": key} if key else {}
    return JsonClient(
        name,
        fake.base_url,
        headers=headers,
        timeout=timeout,
        cache=cache,
        clock=clock,
        backoff=0.01,
    )


def berufenet(fake: FakeApi, **options: Any) -> BerufenetProvider:
    options.setdefault("key", BERUFENET_KEY)
    return BerufenetProvider(client(fake, "berufenet", **options), clock)


def context(args: str, language: str = "de") -> SkillContext:
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Test", args)
    return SkillContext(
        message=message,
        args=args,
        command="beruf",
        language=language,
        user_key="k",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=NOW,
        texts=lambda key, **values: key,
    )


def texts_of(blocks: Any) -> str:
    return "\n".join(block.markdown for block in blocks if isinstance(block, Text))


async def test_berufenet_search_and_detail_in_the_documented_shape(
    berufenet_api: FakeApi,
) -> None:
    found = await berufenet(berufenet_api).lookup("Drohnen", 5)
    assert [entry.title for entry in found] == ["Drohnenpilot/in"]
    entry = found[0]
    assert entry.description == "Drohnenpiloten und -pilotinnen steuern unbemannte Fluggeräte."
    assert entry.kldb == "51632"
    assert entry.source.url == "https://web.arbeitsagentur.de/berufenet/beruf/130001"
    assert entry.provider == "berufenet"
    paths = berufenet_api.paths()
    assert paths == ["/infosysbub/bnet/pc/v1/berufe", "/infosysbub/bnet/pc/v1/berufe/130001"]
    assert berufenet_api.requests[0][1] == {"suchwoerter": "Drohnen"}
    assert berufenet_api.requests[0][2]["X-API-Key"] == BERUFENET_KEY


async def test_berufenet_wrong_key_is_an_error_without_retries(berufenet_api: FakeApi) -> None:
    with pytest.raises(ProviderError, match="403"):
        await berufenet(berufenet_api, key="wrong").lookup("Drohnen", 5)
    assert len(berufenet_api.requests) == 1


async def test_transient_errors_are_retried(berufenet_api: FakeApi) -> None:
    berufenet_api.fail_next = [503, 502]
    found = await berufenet(berufenet_api).lookup("Drohnen", 5)
    assert found[0].title == "Drohnenpilot/in"
    assert len(berufenet_api.requests) == 4  # two failures, search, detail


async def test_retries_reuse_one_connection(berufenet_api: FakeApi) -> None:
    berufenet_api.fail_next = [503, 502]
    await client(berufenet_api, "berufenet", key=BERUFENET_KEY).get("/pc/v1/berufe", {})
    assert len(berufenet_api.requests) == 3
    assert berufenet_api.connections() == 1  # one session kept across the attempts


async def test_persistent_server_errors_give_up_after_three_attempts(
    berufenet_api: FakeApi,
) -> None:
    berufenet_api.fail_next = [500, 500, 500, 500]
    with pytest.raises(ProviderError):
        await berufenet(berufenet_api).lookup("Drohnen", 5)
    assert len(berufenet_api.requests) == 3


async def test_a_slow_server_times_out(berufenet_api: FakeApi) -> None:
    berufenet_api.delay = 0.5
    with pytest.raises(ProviderError, match="timed out"):
        await berufenet(berufenet_api, timeout=0.1).lookup("Drohnen", 5)


async def test_esco_api_search_and_concept(esco_api: FakeApi) -> None:
    provider = EscoApiProvider(client(esco_api, "esco-api"), clock)
    found = await provider.lookup("Drohne", 5)
    assert len(found) == 1
    entry = found[0]
    assert entry.title == "Drohnenpilot/Drohnenpilotin"
    assert (entry.male, entry.female) == ("Drohnenpilot", "Drohnenpilotin")
    assert entry.aliases == ("Drohnenführer", "UAV-Pilotin")
    assert entry.isco == "3153"
    assert entry.field == "Piloten und verwandte Berufe"
    assert entry.source.url == ESCO_URI
    assert entry.provider == "esco"
    search_query = esco_api.requests[0][1]
    assert search_query["language"] == "de"
    assert search_query["type"] == "occupation"
    assert esco_api.requests[1][1] == {"uri": ESCO_URI, "language": "de"}


async def test_answers_are_cached_in_the_database(berufenet_api: FakeApi, store: SqlStore) -> None:
    provider = berufenet(berufenet_api, cache=occupation_repository(store))
    first = await provider.lookup("Drohnen", 5)
    second = await provider.lookup("Drohnen", 5)
    assert first == second
    assert len(berufenet_api.requests) == 2  # the second lookup came from the cache
    stats = await occupation_repository(store).stats(NOW)
    assert stats.cached_lookups == 2
    assert await occupation_repository(store).cache_purge(NOW + timedelta(days=2)) == 2


def live_skill(providers: list[Any], deadline: float = 5.0) -> OccupationSkill:
    catalogue = load_builtin_catalogue(FIXTURE)
    return OccupationSkill(catalogue, live=LiveLookup(providers, deadline))


async def test_skill_answers_from_a_live_provider_with_the_source_link(
    berufenet_api: FakeApi,
) -> None:
    result = await live_skill([berufenet(berufenet_api)]).handle(context("Drohnenpilotin"))
    text = texts_of(result.blocks)
    assert result.data["occupation"]["title"] == "Drohnenpilot/in"
    assert "https://web.arbeitsagentur.de/berufenet/beruf/130001" in text
    assert result.data["unavailable"] == []


async def test_skill_links_a_live_page_for_a_local_hit(berufenet_api: FakeApi) -> None:
    result = await live_skill([berufenet(berufenet_api)]).handle(context("Tischler"))
    assert result.data["occupation"]["id"] == "tischler"  # the local entry wins
    assert result.data["links"] == [
        {"title": "BERUFENET", "url": "https://web.arbeitsagentur.de/berufenet/beruf/4711"}
    ]


async def test_skill_falls_back_to_the_local_catalogue_and_says_so(
    berufenet_api: FakeApi,
) -> None:
    berufenet_api.delay = 0.5
    skill = live_skill([berufenet(berufenet_api, timeout=0.05)], deadline=0.3)
    result = await skill.handle(context("Tischler"))
    assert result.data["occupation"]["id"] == "tischler"
    assert result.data["unavailable"] == ["BERUFENET"]
    assert "BERUFENET war gerade nicht erreichbar" in texts_of(result.blocks)
    english = await skill.handle(context("Tischler", language="en"))
    assert "BERUFENET could not be reached just now" in texts_of(english.blocks)


async def test_skill_credits_esco_for_a_live_esco_answer(esco_api: FakeApi) -> None:
    provider = EscoApiProvider(client(esco_api, "esco-api"), clock)
    result = await live_skill([provider]).handle(context("Drohnenpilot"))
    text = texts_of(result.blocks)
    assert result.data["occupation"]["provider"] == "esco"
    assert "Dieser Dienst nutzt die ESCO-Klassifikation der Europäischen Kommission." in text
    assert ESCO_URI in text


async def test_a_failing_provider_does_not_hide_a_working_one(
    berufenet_api: FakeApi, esco_api: FakeApi
) -> None:
    esco_api.fail_next = [404]
    providers = [berufenet(berufenet_api), EscoApiProvider(client(esco_api, "esco-api"), clock)]
    result = await live_skill(providers).handle(context("Drohnenpilotin"))
    assert result.data["occupation"]["title"] == "Drohnenpilot/in"
    assert result.data["unavailable"] == ["ESCO"]


async def test_build_sources_wires_the_configured_live_providers(
    berufenet_api: FakeApi, esco_api: FakeApi
) -> None:
    config = OccupationSettings(
        occupations_providers=("builtin", "berufenet", "esco-api"),
        berufenet_api_url=berufenet_api.base_url,
        berufenet_api_key=SecretStr(BERUFENET_KEY),
        esco_api_url=esco_api.base_url,
    )
    sources = build_sources(load_builtin_catalogue(FIXTURE), config, clock=clock)
    assert sources.live is not None
    assert [p.name for p in sources.live.providers] == ["berufenet", "esco-api"]
    result = await sources.live.search(sources.catalogue, "Drohnenpilot", 5)
    # Both know the occupation; merged by title, the first configured provider's entry wins
    # and the other's page is offered as a link.
    assert [m.occupation.provider for m in result.matches] == ["berufenet"]
    assert [link.url for link in result.links] == [ESCO_URI]
    assert result.failed == ()
