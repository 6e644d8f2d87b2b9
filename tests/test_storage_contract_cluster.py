"""Contract for what instances sharing one database coordinate through it: owned event
claims and their takeover, heartbeats and roles, shared values; on PostgreSQL also the
conversation lock, the exclusive leadership and cache announcements."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.cluster import EVERYTHING, Instance
from storage.database import SqlStore
from storage.runner import AsyncEngineRunner

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
STALE = NOW - timedelta(seconds=15)
ALIVE = Instance("alive", "host-a", NOW)
DEAD = Instance("dead", "host-b", NOW - timedelta(minutes=5))


async def _beats(store: SqlStore) -> None:
    await store.cluster.beat(ALIVE, NOW)
    await store.cluster.beat(DEAD, NOW - timedelta(minutes=1))


async def claim(store: SqlStore, event_id: str, owner: str) -> bool:
    return await store.events.claim("teams", event_id, NOW, owner=owner, stale_before=STALE)


async def test_an_unanswered_claim_of_a_dead_instance_is_taken_over_once(store: SqlStore) -> None:
    await _beats(store)
    assert await claim(store, "a1", DEAD.id)
    for n in range(6):
        await store.cluster.beat(Instance(f"new-{n}", "host-c", NOW), NOW)
    results = await asyncio.gather(*(claim(store, "a1", f"new-{n}") for n in range(6)))
    assert results.count(True) == 1


async def test_a_claim_of_a_live_instance_is_not_taken_over(store: SqlStore) -> None:
    await _beats(store)
    assert await claim(store, "a2", ALIVE.id)
    assert not await claim(store, "a2", "other")
    assert not await claim(store, "a2", ALIVE.id)  # a redelivery while it is answered


async def test_an_answered_claim_is_never_taken_over(store: SqlStore) -> None:
    await _beats(store)
    assert await claim(store, "a3", DEAD.id)
    await store.events.done("teams", "a3", NOW)
    assert not await claim(store, "a3", "other")


async def test_a_claim_of_an_instance_that_left_is_taken_over(store: SqlStore) -> None:
    await _beats(store)
    assert await claim(store, "a4", ALIVE.id)
    await store.cluster.leave(ALIVE.id)
    assert await claim(store, "a4", "other")


async def test_a_claim_without_owner_counts_as_done(store: SqlStore) -> None:
    assert await store.events.claim("teams", "a5", NOW)
    assert not await claim(store, "a5", "other")


async def test_roles_count_only_while_their_instance_beats(store: SqlStore) -> None:
    await _beats(store)
    await store.cluster.set_role(DEAD.id, "matrix")
    assert not await store.cluster.role_alive("matrix", STALE, other_than="me")
    await store.cluster.beat(DEAD, NOW)  # beating again keeps the role
    assert await store.cluster.role_alive("matrix", STALE, other_than="me")
    assert not await store.cluster.role_alive("matrix", STALE, other_than=DEAD.id)
    await store.cluster.forget_others(ALIVE.id)
    assert not await store.cluster.role_alive("matrix", STALE, other_than="me")


async def test_silent_instances_are_forgotten(store: SqlStore) -> None:
    await _beats(store)
    assert await store.cluster.forget_silent(NOW - timedelta(seconds=30)) == 1
    await store.cluster.set_role(ALIVE.id, "matrix")
    assert await store.cluster.role_alive("matrix", STALE, other_than="me")


async def test_the_first_shared_value_wins(store: SqlStore) -> None:
    first = await asyncio.gather(*(store.cluster.shared_value("k", f"v{n}") for n in range(5)))
    assert len(set(first)) == 1
    assert await store.cluster.shared_value("k", "later") == first[0]


def _postgres_only(store: SqlStore) -> None:
    if not store.cluster.shared:
        pytest.skip("one process per SQLite database: locks and announcements are in-process")


async def test_one_conversation_lock_holder_at_a_time(store: SqlStore) -> None:
    _postgres_only(store)
    order: list[str] = []

    async def turn(name: str) -> None:
        async with store.cluster.conversation_lock("conversation-1"):
            order.append(f"start {name}")
            await asyncio.sleep(0.2)
            order.append(f"end {name}")

    async with store.cluster.conversation_lock("conversation-2"):  # another one: no wait
        await asyncio.gather(turn("a"), turn("b"))
    assert [step.split()[0] for step in order] == ["start", "end", "start", "end"]


async def test_conversation_locks_hold_connections_of_their_own_pool(store: SqlStore) -> None:
    """A turn holding its lock still gets a connection for its own work: the locks never
    take connections from the work pool (sharing one pool deadlocks once every connection
    holds a lock of a turn waiting for another)."""
    _postgres_only(store)
    runner = store.runner
    assert isinstance(runner, AsyncEngineRunner)
    async with (
        store.cluster.conversation_lock("pool-a"),
        store.cluster.conversation_lock("pool-b"),
    ):
        in_use = runner.pools_in_use()
        assert (in_use["locks"], in_use["work"]) == (2, 0)
        assert await store.events.claim("teams", "pool-work", NOW)


async def test_leadership_is_exclusive_and_free_after_release(store: SqlStore) -> None:
    _postgres_only(store)
    first = await store.cluster.try_lead("contract-role")
    assert first is not None
    assert await store.cluster.try_lead("contract-role") is None
    assert await first.held()
    await first.release()
    assert not await first.held()
    second = await store.cluster.try_lead("contract-role")
    assert second is not None
    await second.release()


async def test_announcements_reach_a_follower(store: SqlStore) -> None:
    _postgres_only(store)
    topics: asyncio.Queue[str] = asyncio.Queue()
    follower = asyncio.create_task(store.cluster.follow(topics.put_nowait, check_seconds=0.05))
    try:
        assert await asyncio.wait_for(topics.get(), 10) == EVERYTHING  # on (re)connect
        await asyncio.sleep(0.3)  # liveness checks ran on the listening connection
        await store.cluster.announce("directory")
        while (topic := await asyncio.wait_for(topics.get(), 10)) != "directory":
            assert topic in ("directory", "acknowledgements", "preferences", EVERYTHING)
    finally:
        follower.cancel()


async def test_an_own_unanswered_claim_is_claimed_again_only_on_purpose(store: SqlStore) -> None:
    await _beats(store)
    assert await claim(store, "a6", ALIVE.id)
    assert not await claim(store, "a6", ALIVE.id)  # a copy while it is answered
    again = await store.events.claim("teams", "a6", NOW, owner=ALIVE.id, again=True)
    assert again  # the same instance retrying what it did not answer
    await store.events.done("teams", "a6", NOW)
    assert not await store.events.claim("teams", "a6", NOW, owner=ALIVE.id, again=True)
