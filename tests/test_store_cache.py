"""The per-process read cache: own writes are seen at once, other instances' within the TTL."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from conftest import FakeClock, make_chat

from bot.admin import Actor
from bot.caller_facts import CallerFacts, CallerQuery
from bot.config import Settings
from bot.evaluation.ports import AnswerFact
from bot.evaluation.survey import SETTING
from bot.ports import Acknowledgement
from bot.reply import Outcome
from bot.store_cache import EVALUATION, CachedStore
from bot.ttl_cache import TTLCache
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


async def test_a_value_loaded_while_its_key_is_forgotten_is_not_kept() -> None:
    """A write through this process forgets the key while an older read is under way: the
    older value must not be cached after the write."""
    clock, release = FakeClock(), asyncio.Event()
    cache: TTLCache[str] = TTLCache(5, clock)

    async def slow_old_value() -> str:
        await release.wait()
        return "before the write"

    reading = asyncio.create_task(cache.get("k", slow_old_value))
    await asyncio.sleep(0)
    cache.forget("k")  # the write lands while the read is still out
    release.set()
    assert await reading == "before the write"  # that read's own caller gets what it read

    async def after() -> str:
        return "after the write"

    assert await cache.get("k", after) == "after the write"


def _caller(user_id: str = "anna") -> CallerQuery:
    return CallerQuery("console", user_id, f"key-{user_id}", (), "Allgemein", SETTING)


def _count_units(store: SqlStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    units: list[str] = []
    run = store.runner.run

    async def counted(fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        units.append(fn.__name__)
        return await run(fn, *args, **kwargs)

    monkeypatch.setattr(store.runner, "run", counted)
    return units


async def test_reading_ahead_fills_every_read_a_turn_makes_about_its_sender(
    store: SqlStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = CachedStore(store, 5, clock)
    default = await store.directory.ensure_department("Allgemein")
    await store.acknowledgements.save("key-anna", Acknowledgement("1", clock()))
    units = _count_units(store, monkeypatch)
    await cached.read_ahead(_caller())
    assert units == ["read_caller"]
    assert await cached.preferences.language("key-anna") is None
    assert await cached.directory.department_for_user("console", "anna") is None
    assert await cached.directory.ensure_department("Allgemein") == default
    assert await cached.directory.skill_toggles(default.id) == {}
    assert await cached.acknowledgements.get("key-anna") == Acknowledgement("1", clock())
    assert not (await cached.evaluation.standing("key-anna", SETTING)).opted_out
    await cached.read_ahead(_caller())  # everything fresh: nothing to read
    assert units == ["read_caller"]
    # A change through this process is seen at once, and the next turn reads ahead again.
    await cached.directory.set_skill_enabled(default.id, "email", False)
    assert await cached.directory.skill_toggles(default.id) == {"email": False}
    clock.advance(seconds=5.1)
    units.clear()
    await cached.read_ahead(_caller())
    assert units == ["read_caller"]


async def test_a_write_during_a_read_ahead_is_not_undone_by_it(
    store: SqlStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = CachedStore(store, 5, clock)
    await store.directory.ensure_department("Allgemein")
    read, release = asyncio.Event(), asyncio.Event()
    original = store.caller_facts

    async def slow(query: CallerQuery) -> CallerFacts:
        facts = await original(query)  # read before the acknowledgement below is saved
        read.set()
        await release.wait()
        return facts

    monkeypatch.setattr(store, "caller_facts", slow)
    reading = asyncio.create_task(cached.read_ahead(_caller()))
    await read.wait()
    await cached.acknowledgements.save("key-anna", Acknowledgement("1", clock()))
    release.set()
    await reading
    assert await cached.acknowledgements.get("key-anna") == Acknowledgement("1", clock())


async def test_without_a_cache_nothing_is_read_ahead(
    store: SqlStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    units = _count_units(store, monkeypatch)
    await CachedStore(store, 0, clock).read_ahead(_caller())
    await store.read_ahead(_caller())
    assert units == []
