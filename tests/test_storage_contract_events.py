"""Contract for the event ledger, feedback and token usage, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from bot.ports import Feedback, Usage
from storage.database import SqlStore

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


async def test_an_event_is_claimed_exactly_once(store: SqlStore) -> None:
    assert await store.events.claim("teams", "activity-1", NOW) is True
    assert await store.events.claim("teams", "activity-1", NOW) is False
    assert await store.events.claim("matrix", "activity-1", NOW) is True  # per platform


async def test_racing_claims_have_exactly_one_winner(store: SqlStore) -> None:
    results = await asyncio.gather(*(store.events.claim("teams", "race", NOW) for _ in range(8)))
    assert results.count(True) == 1


async def test_old_claims_are_purged(store: SqlStore) -> None:
    await store.events.claim("teams", "old", NOW - timedelta(days=3))
    await store.events.claim("teams", "new", NOW)
    assert await store.events.purge_before(NOW - timedelta(days=1)) == 1
    assert await store.events.claim("teams", "new", NOW) is False


async def test_feedback_is_counted_by_rating(store: SqlStore) -> None:
    for rating in ("like", "like", "dislike"):
        await store.feedback.record(Feedback("teams", "reply-1", "user-a", rating, False, NOW))
    await store.feedback.record(
        Feedback("teams", "reply-0", "user-a", "like", True, NOW - timedelta(days=10))
    )
    assert await store.feedback.counts(NOW - timedelta(days=1)) == {"like": 2, "dislike": 1}


async def test_feedback_of_one_user_is_counted_and_erased(store: SqlStore) -> None:
    for user in ("user-a", "user-a", "user-b"):
        await store.feedback.record(Feedback("teams", "reply-1", user, "like", False, NOW))
    assert await store.feedback.count_for_user("user-a") == 2
    assert await store.feedback.delete_for_user("user-a") == 2
    assert await store.feedback.count_for_user("user-a") == 0
    assert await store.feedback.count_for_user("user-b") == 1


async def test_usage_adds_up_per_user_and_department(store: SqlStore) -> None:
    day = date(2026, 11, 25)
    await store.usage.add(day, "user-a", "Allgemein", 100, 20)
    await store.usage.add(day, "user-a", "Allgemein", 50, 5)
    await store.usage.add(day, "user-b", "Allgemein", 10, 1)
    await store.usage.add(day + timedelta(days=1), "user-a", "Allgemein", 999, 999)
    assert await store.usage.for_user(day, "user-a") == Usage(150, 25)
    assert await store.usage.for_department(day, "Allgemein") == Usage(160, 26)
    assert await store.usage.for_user(day, "nobody") == Usage(0, 0)


async def test_concurrent_usage_updates_lose_nothing(store: SqlStore) -> None:
    day = date(2026, 11, 25)
    await asyncio.gather(*(store.usage.add(day, "u", "D", 1, 2) for _ in range(10)))
    assert await store.usage.for_user(day, "u") == Usage(10, 20)
