"""The per-process read cache: own writes are seen at once, other instances' within the TTL."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FakeClock, make_chat

from bot.admin import Actor
from bot.config import Settings
from bot.evaluation.ports import AnswerFact
from bot.reply import Outcome
from bot.store_cache import EVALUATION, TTLCache
from lotse.app import open_app
from storage.database import SqlStore


async def test_values_are_reused_until_they_expire() -> None:
    clock, loads = FakeClock(), []

    async def load() -> str | None:
        loads.append(1)
        return None  # "nothing stored" is cached as well

    cache: TTLCache[str | None] = TTLCache(5, clock)
    assert await cache.get("k", load) is None
    clock.advance(seconds=4.9)
    assert await cache.get("k", load) is None
    assert len(loads) == 1
    clock.advance(seconds=0.2)
    await cache.get("k", load)
    assert len(loads) == 2


async def test_forget_and_a_zero_ttl_load_every_time() -> None:
    loads: list[int] = []

    async def load() -> int:
        loads.append(1)
        return len(loads)

    clock = FakeClock()
    cache: TTLCache[int] = TTLCache(5, clock)
    await cache.get("k", load)
    cache.forget("k")
    assert await cache.get("k", load) == 2
    uncached: TTLCache[int] = TTLCache(0, clock)
    await uncached.get("k", load)
    await uncached.get("k", load)
    assert len(loads) == 4


async def test_a_change_on_one_instance_reaches_another_within_the_ttl(
    settings: Settings, store: SqlStore, clock: FakeClock
) -> None:
    quick = settings.model_copy(update={"cache_seconds": 5})
    ops = Actor("cli", "ops")
    async with (
        open_app(quick, store=store, clock=clock) as first,
        open_app(quick, store=store, clock=clock) as second,
    ):
        chat = make_chat(second, "anna")
        await chat.say("mail Terminbestätigung")
        await chat.say("ja")
        await first.admin.set_skill("email", "Allgemein", False, ops)
        # The changing instance sees its own write at once ...
        reply, _ = await make_chat(first, "anna").say("mail Terminbestätigung")
        assert reply.outcome is Outcome.REFUSED
        # ... the other one still answers from its cache, until the cache expired.
        reply, _ = await chat.say("mail Terminbestätigung")
        assert reply.outcome is not Outcome.REFUSED
        await chat.say("abbrechen")
        clock.advance(seconds=5.1)
        reply, _ = await chat.say("mail Terminbestätigung")
        assert reply.outcome is Outcome.REFUSED


async def test_an_opt_out_on_one_instance_applies_on_another_once_announced(
    settings: Settings, store: SqlStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each instance caches the evaluation standing it reads every turn; an opt-out is
    announced, and the announcement (PostgreSQL NOTIFY, delivered here by hand) drops it."""
    async with (
        open_app(settings, store=store, clock=clock) as first,
        open_app(settings, store=store, clock=clock) as second,
    ):
        announced: list[str] = []

        async def deliver(topic: str) -> None:
            announced.append(topic)
            second.store.invalidate(topic)  # type: ignore[attr-defined]

        monkeypatch.setattr(store.cluster, "announce", deliver)
        on_second = make_chat(second, "anna")
        await on_second.say("beruf Koch")
        await on_second.say("ja")
        recorded = len(await _answers(store))
        assert recorded == 1
        _, text = await make_chat(first, "anna").say("auswertung aus")
        assert "ausgeschaltet" in text
        assert EVALUATION in announced
        reply, _ = await on_second.say("beruf Koch")
        assert reply.outcome is Outcome.OK
        assert reply.answer_id is None
        assert len(await _answers(store)) == recorded


async def _answers(store: SqlStore) -> list[AnswerFact]:
    return await store.evaluation.answers.facts(date(2000, 1, 3), date(2100, 1, 4))


async def test_erasing_a_person_drops_their_cached_evaluation_standing(
    settings: Settings, store: SqlStore, clock: FakeClock
) -> None:
    """Erasure deletes the opt-out with everything else; the next answer is counted as the
    database now says, not as the cache remembered."""
    async with open_app(settings, store=store, clock=clock) as app:
        chat = make_chat(app, "anna")
        await chat.say("beruf Koch")
        await chat.say("ja")
        await chat.say("auswertung aus")
        await chat.say("beruf Koch")  # not counted; the standing is cached
        await chat.say("daten löschen")
        await chat.say("ja")
        assert await _answers(store) == []
        await chat.say("beruf Koch")
        reply, _ = await chat.say("ja")
        assert reply.answer_id is not None
        assert len(await _answers(store)) == 1
