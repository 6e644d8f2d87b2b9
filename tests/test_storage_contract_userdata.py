"""Per-user data contract (acknowledgements, state, reminders, preferences, audit) on both
backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import StatementError

from bot.ports import (
    Acknowledgement,
    AuditEvent,
    ConversationState,
    RecentChange,
    StateKey,
    StoredStates,
)
from storage.database import SqlStore

pytestmark = pytest.mark.asyncio(loop_scope="session")

NOW = datetime(2025, 3, 30, 0, 30, 15, 123456, tzinfo=UTC)
BERLIN_SUMMER = timezone(timedelta(hours=2))


def key(user: str = "user-a", conversation: str = "c1", thread: str | None = None) -> StateKey:
    return StateKey("teams", conversation, thread, user)


def state(owner: str = "email", minutes: int = 10, **data: object) -> ConversationState:
    return ConversationState(owner, data, NOW + timedelta(minutes=minutes))


async def test_acknowledgement_roundtrip_overwrite_and_delete(store: SqlStore) -> None:
    acks = store.acknowledgements
    assert await acks.get("user-a") is None
    await acks.save("user-a", Acknowledgement("2024-1", NOW))
    await acks.save("user-a", Acknowledgement("2025-1", NOW + timedelta(days=1)))
    assert await acks.get("user-a") == Acknowledgement("2025-1", NOW + timedelta(days=1))
    assert await acks.delete("user-a") == 1
    assert await acks.delete("user-a") == 0
    assert await acks.get("user-a") is None


async def test_datetimes_come_back_timezone_aware_utc(store: SqlStore) -> None:
    local = datetime(2025, 7, 1, 9, 0, 0, 500, tzinfo=BERLIN_SUMMER)
    await store.acknowledgements.save("user-a", Acknowledgement("v", local))
    ack = await store.acknowledgements.get("user-a")
    assert ack is not None
    assert ack.acknowledged_at == local
    assert ack.acknowledged_at.utcoffset() == timedelta(0)
    assert ack.acknowledged_at.hour == 7


async def test_naive_datetimes_are_refused(store: SqlStore) -> None:
    # SQLAlchemy wraps the type's ValueError in a StatementError.
    with pytest.raises(StatementError, match="timezone-aware"):
        await store.acknowledgements.save("user-a", Acknowledgement("v", datetime(2025, 1, 1)))


async def test_state_roundtrip_with_json_data(store: SqlStore) -> None:
    await store.states.put(key(), state(step=2, draft={"to": "Team"}, tags=["a"]))
    got = await store.states.get(key(), NOW)
    assert got == ConversationState(
        "email", {"step": 2, "draft": {"to": "Team"}, "tags": ["a"]}, NOW + timedelta(minutes=10)
    )


async def test_state_is_per_conversation_and_thread(store: SqlStore) -> None:
    await store.states.put(key(thread="t1"), state(owner="summary"))
    assert await store.states.get(key(thread=None), NOW) is None
    assert await store.states.get(key(conversation="c2", thread="t1"), NOW) is None
    found = await store.states.get(key(thread="t1"), NOW)
    assert found is not None
    assert found.owner == "summary"


async def test_state_put_overwrites(store: SqlStore) -> None:
    await store.states.put(key(), state(owner="email", step=1))
    await store.states.put(key(), state(owner="privacy.delete", step=2))
    got = await store.states.get(key(), NOW)
    assert got is not None
    assert (got.owner, dict(got.data)) == ("privacy.delete", {"step": 2})
    assert await store.states.count_for_user("user-a") == 1


async def test_expired_state_is_invisible_before_purge(store: SqlStore) -> None:
    await store.states.put(key(), state(minutes=5))
    assert await store.states.get(key(), NOW + timedelta(minutes=4)) is not None
    assert await store.states.get(key(), NOW + timedelta(minutes=5)) is None
    # Still stored until purged, so privacy counts and deletion include it.
    assert await store.states.count_for_user("user-a") == 1


async def test_purge_expired_deletes_only_expired(store: SqlStore) -> None:
    await store.states.put(key(conversation="old"), state(minutes=1))
    await store.states.put(key(conversation="older"), state(minutes=-60))
    await store.states.put(key(conversation="fresh"), state(minutes=30))
    assert await store.states.purge_expired(NOW + timedelta(minutes=1)) == 2
    assert await store.states.purge_expired(NOW + timedelta(minutes=1)) == 0
    assert await store.states.get(key(conversation="fresh"), NOW) is not None


async def test_state_delete_and_delete_for_user(store: SqlStore) -> None:
    await store.states.put(key(conversation="c1"), state())
    await store.states.put(key(conversation="c2"), state())
    await store.states.put(key(user="user-b"), state())
    await store.states.delete(key(conversation="c1"))
    await store.states.delete(key(conversation="never"))
    assert await store.states.get(key(conversation="c1"), NOW) is None
    assert await store.states.count_for_user("user-a") == 1
    assert await store.states.delete_for_user("user-a") == 1
    assert await store.states.count_for_user("user-a") == 0
    assert await store.states.count_for_user("user-b") == 1


async def test_the_remembered_topic_is_written_with_the_audit_row_and_read_beside_the_state(
    store: SqlStore,
) -> None:
    event = AuditEvent("message", "user-a", "occupation", "ok", NOW)
    topic = state("occupation", minutes=30, id="tischler", title="Tischler/in")
    await store.states.put(key(), state(step=1))
    await store.audit.record(event, recent=RecentChange(key(), topic))
    assert await store.states.read(key(), NOW) == StoredStates(state(step=1), topic)
    assert await store.states.get(key(), NOW) == state(step=1)  # the open question alone
    assert await store.states.read(key(thread="t1"), NOW) == StoredStates()
    assert (await store.states.read(key(), NOW + timedelta(minutes=20))).pending is None
    assert (await store.states.read(key(), NOW + timedelta(minutes=30))).recent is None
    again = state("occupation", minutes=30, id="koch", title="Koch/Köchin")
    await store.audit.record(event, recent=RecentChange(key(), again))  # overwritten
    assert (await store.states.read(key(), NOW)).recent == again
    await store.audit.record(event, recent=RecentChange(key(), None))  # forgotten
    assert await store.states.read(key(), NOW) == StoredStates(state(step=1))
    await store.audit.record(event, recent=RecentChange(key(), topic))
    assert await store.states.count_for_user("user-a") == 2
    assert await store.states.delete_for_user("user-a") == 2  # the user's data, both rows
    assert await store.audit.count_for_actor("user-a") == 4


async def test_reminders_mark_shown_upserts(store: SqlStore) -> None:
    reminders = store.reminders
    assert await reminders.last_shown("user-a", ["ai-label", "privacy"]) == {}
    await reminders.mark_shown("user-a", ["ai-label", "privacy", "ai-label"], NOW)
    later = NOW + timedelta(days=7)
    await reminders.mark_shown("user-a", ["privacy"], later)
    assert await reminders.last_shown("user-a", ["ai-label", "privacy", "other"]) == {
        "ai-label": NOW,
        "privacy": later,
    }
    assert await reminders.last_shown("user-b", ["privacy"]) == {}
    assert await reminders.last_shown("user-a", []) == {}


async def test_reminders_delete_for_user(store: SqlStore) -> None:
    await store.reminders.mark_shown("user-a", ["x", "y"], NOW)
    await store.reminders.mark_shown("user-b", ["x"], NOW)
    await store.reminders.mark_shown("user-a", [], NOW)
    assert await store.reminders.delete_for_user("user-a") == 2
    assert await store.reminders.last_shown("user-b", ["x"]) == {"x": NOW}


async def test_language_preference(store: SqlStore) -> None:
    prefs = store.preferences
    assert await prefs.language("user-a") is None
    await prefs.set_language("user-a", "en")
    await prefs.set_language("user-a", "de")
    assert await prefs.language("user-a") == "de"
    assert await prefs.delete_for_user("user-a") == 1
    assert await prefs.delete_for_user("user-a") == 0
    assert await prefs.language("user-a") is None


def event(kind: str = "message", actor: str = "user-a", minutes: int = 0) -> AuditEvent:
    return AuditEvent(kind, actor, "email", "ok", NOW + timedelta(minutes=minutes))


async def test_audit_event_roundtrip_with_detail(store: SqlStore) -> None:
    full = AuditEvent(
        kind="admin",
        actor_key="admin-key",
        action="skill.disable",
        outcome="ok",
        at=NOW.astimezone(BERLIN_SUMMER),
        platform="matrix",
        department="Reha",
        correlation_id="corr-1",
        tokens_in=120,
        tokens_out=45,
        detail={"skill": "email", "before": True, "after": False, "ids": [1, 2], "x": None},
    )
    await store.audit.record(full)
    assert await store.audit.recent("admin", 10) == [full]


async def test_audit_recent_newest_first_filtered_and_limited(store: SqlStore) -> None:
    for minutes in (1, 3, 2):
        await store.audit.record(event(minutes=minutes))
    await store.audit.record(event(kind="privacy", minutes=9))
    recent = await store.audit.recent("message", 2)
    assert [e.at for e in recent] == [NOW + timedelta(minutes=3), NOW + timedelta(minutes=2)]
    assert await store.audit.recent("message", 0) == []
    assert [e.kind for e in await store.audit.recent("privacy", 5)] == ["privacy"]


async def test_audit_count_for_actor(store: SqlStore) -> None:
    await store.audit.record(event(actor="user-a"))
    await store.audit.record(event(actor="user-a", kind="privacy"))
    await store.audit.record(event(actor="user-b"))
    assert await store.audit.count_for_actor("user-a") == 2
    assert await store.audit.count_for_actor("nobody") == 0
