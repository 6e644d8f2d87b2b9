"""Concurrent writes of the same key (two fast messages, or two Lotse processes) never raise."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.ports import Acknowledgement, AdminGrant, ConversationState, StateKey
from storage.database import SqlStore

pytestmark = pytest.mark.asyncio(loop_scope="session")

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
N = 6


async def test_concurrent_user_data_upserts(store: SqlStore) -> None:
    key = StateKey("matrix", "!room:example.org", None, "user-a")
    await asyncio.gather(
        *(store.preferences.set_language("user-a", ("de", "en")[i % 2]) for i in range(N)),
        *(store.acknowledgements.save("user-a", Acknowledgement(f"v{i}", NOW)) for i in range(N)),
        *(
            store.states.put(key, ConversationState("email", {"i": i}, NOW + timedelta(hours=1)))
            for i in range(N)
        ),
        *(
            store.reminders.mark_shown("user-a", ["ai-label"], NOW + timedelta(seconds=i))
            for i in range(N)
        ),
    )
    assert await store.preferences.language("user-a") in ("de", "en")
    ack = await store.acknowledgements.get("user-a")
    assert ack is not None
    assert ack.policy_version in {f"v{i}" for i in range(N)}
    assert await store.states.count_for_user("user-a") == 1
    assert set(await store.reminders.last_shown("user-a", ["ai-label"])) == {"ai-label"}


async def test_concurrent_ensure_department_creates_one(store: SqlStore) -> None:
    results = await asyncio.gather(
        *(store.directory.ensure_department("Berufsberatung") for _ in range(N))
    )
    assert len(set(results)) == 1
    assert len(await store.directory.list_departments()) == 1


async def test_concurrent_directory_writes(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    grant = AdminGrant("teams", "u1", None)
    granted = await asyncio.gather(*(store.directory.grant_admin(grant) for _ in range(N)))
    await asyncio.gather(
        *(store.directory.assign_user("teams", "u1", reha.id) for _ in range(N)),
        *(store.directory.assign_scope("teams", "chan", reha.id) for _ in range(N)),
        *(store.directory.set_skill_enabled(reha.id, "email", i % 2 == 0) for i in range(N)),
    )
    assert granted.count(True) == 1
    assert await store.directory.admin_grants("teams", "u1") == [grant]
    assert await store.directory.user_assignments(reha.id) == [("teams", "u1")]
    assert set(await store.directory.skill_toggles(reha.id)) == {"email"}
