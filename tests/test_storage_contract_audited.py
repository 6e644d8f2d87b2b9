"""An admin change and its audit row commit together: when the audit row cannot be written,
the change is not kept either (both backends)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest

from bot.ports import AdminGrant, AuditEvent
from storage.database import SqlStore

pytestmark = pytest.mark.asyncio(loop_scope="session")

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def event(action: str, *, broken: bool = False) -> AuditEvent:
    # An unserialisable detail makes the audit insert fail inside the change's transaction.
    detail: dict[str, object] = {"why": object()} if broken else {"ok": True}
    return AuditEvent("admin", "admin-key", action, "ok", AT, platform="cli", detail=detail)


async def test_each_admin_change_is_kept_only_with_its_audit_row(store: SqlStore) -> None:
    directory = store.directory
    reha = await directory.ensure_department("Reha")

    changes: list[tuple[str, Callable[[AuditEvent], Awaitable[object]]]] = [
        ("department.add", lambda a: directory.ensure_department("Outreach", audit=a)),
        ("department.rename", lambda a: directory.rename_department("Reha", "Reha 2", audit=a)),
        ("skill.disable", lambda a: directory.set_skill_enabled(reha.id, "email", False, audit=a)),
        ("user.assign", lambda a: directory.assign_user("teams", "aad-1", reha.id, audit=a)),
        ("scope.assign", lambda a: directory.assign_scope("teams", "team:t", reha.id, audit=a)),
        (
            "admin.grant",
            lambda a: directory.grant_admin(AdminGrant("teams", "aad-2", reha.id), audit=a),
        ),
        (
            "admin.grant.global",
            lambda a: directory.grant_admin(AdminGrant("teams", "aad-3", None), audit=a),
        ),
    ]
    for action, change in changes:
        with pytest.raises(Exception):  # noqa: B017, PT011  (the driver's own error type)
            await change(event(action, broken=True))
    # Nothing of the failed changes was kept.
    assert await directory.get_department("Outreach") is None
    assert await directory.get_department("Reha") is not None
    assert await directory.skill_toggles(reha.id) == {}
    assert await directory.department_for_user("teams", "aad-1") is None
    assert await directory.department_for_scopes("teams", ["team:t"]) is None
    assert await directory.admin_grants("teams", "aad-2") == []
    assert await directory.admin_grants("teams", "aad-3") == []
    assert await store.audit.recent("admin", 10) == []

    # With a good audit row each change is made and recorded, in one go.
    for action, change in changes:
        await change(event(action))
    assert (await directory.get_department("Reha 2")) is not None
    assert await directory.skill_toggles(reha.id) == {"email": False}
    recorded = [e.action for e in reversed(await store.audit.recent("admin", 10))]
    assert recorded == [action for action, _ in changes]
    # Revoking and unassigning are audited the same way.
    with pytest.raises(Exception):  # noqa: B017, PT011
        await directory.revoke_admin(
            AdminGrant("teams", "aad-2", reha.id), audit=event("x", broken=True)
        )
    assert len(await directory.admin_grants("teams", "aad-2")) == 1
    assert await directory.unassign_user("teams", "aad-1", audit=event("user.unassign"))
    assert await store.audit.recent("admin", 1) != []
