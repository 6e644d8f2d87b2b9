"""Directory contract (departments, assignments, toggles, admins) on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from bot.ports import AdminGrant, Department, DirectoryRepository, Store
from storage.database import SqlStore
from storage.errors import Conflict, NotFound

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_sql_store_satisfies_the_store_protocol(store: SqlStore) -> None:
    # Static check (mypy) that SqlStore is a bot.ports.Store, plus a runtime sanity check.
    typed: Store = store
    directory: DirectoryRepository = typed.directory
    assert directory is store.directory


async def test_ping(store: SqlStore) -> None:
    assert await store.ping() is True


async def test_ensure_department_creates_once_ignoring_case_and_spacing(store: SqlStore) -> None:
    created = await store.directory.ensure_department("  Berufsberatung   Köln ")
    again = await store.directory.ensure_department("BERUFSBERATUNG köln")
    assert created == again
    assert created.name == "Berufsberatung Köln"
    assert await store.directory.list_departments() == [created]


async def test_get_department_is_case_insensitive(store: SqlStore) -> None:
    created = await store.directory.ensure_department("Reha")
    assert await store.directory.get_department("rEHA") == created
    assert await store.directory.get_department("Reha-Team") is None


async def test_department_names_must_not_be_empty_or_overlong(store: SqlStore) -> None:
    with pytest.raises(ValueError, match="empty"):
        await store.directory.ensure_department("   ")
    with pytest.raises(ValueError, match="longer than 200"):
        await store.directory.ensure_department("x" * 201)
    assert await store.directory.list_departments() == []


async def test_list_departments_sorted_by_name(store: SqlStore) -> None:
    for name in ("zentrale", "Allgemein", "Berufsberatung"):
        await store.directory.ensure_department(name)
    names = [d.name for d in await store.directory.list_departments()]
    assert names == ["Allgemein", "Berufsberatung", "zentrale"]


async def test_rename_department_keeps_id_and_assignments(store: SqlStore) -> None:
    old = await store.directory.ensure_department("Reha")
    await store.directory.assign_user("teams", "u1", old.id)
    renamed = await store.directory.rename_department("reha", "Rehabilitation")
    assert renamed == Department(old.id, "Rehabilitation")
    assert await store.directory.get_department("Reha") is None
    assert await store.directory.department_for_user("teams", "u1") == renamed


async def test_rename_department_may_change_only_the_case(store: SqlStore) -> None:
    old = await store.directory.ensure_department("reha")
    assert await store.directory.rename_department("Reha", "Reha") == Department(old.id, "Reha")


async def test_rename_missing_department_raises_not_found(store: SqlStore) -> None:
    with pytest.raises(NotFound) as caught:
        await store.directory.rename_department("Gibt es nicht", "Neu")
    assert isinstance(caught.value, ValueError)
    assert caught.value.kind == "department"


async def test_rename_onto_existing_name_raises_conflict(store: SqlStore) -> None:
    await store.directory.ensure_department("Reha")
    await store.directory.ensure_department("Allgemein")
    with pytest.raises(Conflict):
        await store.directory.rename_department("Reha", "ALLGEMEIN")
    assert await store.directory.get_department("Reha") is not None


async def test_user_assignment_roundtrip_and_reassign(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    nord = await store.directory.ensure_department("Nord")
    assert await store.directory.department_for_user("teams", "u1") is None
    await store.directory.assign_user("teams", "u1", reha.id)
    await store.directory.assign_user("teams", "u1", nord.id)
    assert await store.directory.department_for_user("teams", "u1") == nord
    assert await store.directory.department_for_user("matrix", "u1") is None
    assert await store.directory.user_assignments(reha.id) == []
    assert await store.directory.user_assignments(nord.id) == [("teams", "u1")]


async def test_unassign_user_reports_whether_there_was_an_assignment(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    await store.directory.assign_user("matrix", "@a:example.org", reha.id)
    assert await store.directory.unassign_user("matrix", "@a:example.org") is True
    assert await store.directory.unassign_user("matrix", "@a:example.org") is False
    assert await store.directory.department_for_user("matrix", "@a:example.org") is None


async def test_assigning_to_a_missing_department_raises_not_found(store: SqlStore) -> None:
    with pytest.raises(NotFound):
        await store.directory.assign_user("teams", "u1", 999)
    with pytest.raises(NotFound):
        await store.directory.assign_scope("teams", "channel", 999)


async def test_assignments_listed_sorted(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    for platform, user in (("teams", "b"), ("matrix", "z"), ("teams", "a")):
        await store.directory.assign_user(platform, user, reha.id)
    await store.directory.assign_scope("teams", "team-2", reha.id)
    await store.directory.assign_scope("matrix", "!room:example.org", reha.id)
    assert await store.directory.user_assignments(reha.id) == [
        ("matrix", "z"),
        ("teams", "a"),
        ("teams", "b"),
    ]
    assert await store.directory.scope_assignments(reha.id) == [
        ("matrix", "!room:example.org"),
        ("teams", "team-2"),
    ]


async def test_department_for_scopes_takes_the_first_assigned_scope(store: SqlStore) -> None:
    channel_dept = await store.directory.ensure_department("Kanal")
    team_dept = await store.directory.ensure_department("Team")
    await store.directory.assign_scope("teams", "team", team_dept.id)
    await store.directory.assign_scope("teams", "channel", channel_dept.id)
    lookup = store.directory.department_for_scopes
    assert await lookup("teams", ["channel", "team"]) == channel_dept
    assert await lookup("teams", ["team", "channel"]) == team_dept
    assert await lookup("teams", ["unknown", "team"]) == team_dept
    assert await lookup("matrix", ["channel"]) is None
    assert await lookup("teams", []) is None


async def test_assign_scope_reassigns(store: SqlStore) -> None:
    first = await store.directory.ensure_department("Eins")
    second = await store.directory.ensure_department("Zwei")
    await store.directory.assign_scope("teams", "channel", first.id)
    await store.directory.assign_scope("teams", "channel", second.id)
    assert await store.directory.department_for_scopes("teams", ["channel"]) == second
    assert await store.directory.scope_assignments(first.id) == []


async def test_skill_toggles_return_previous_explicit_value(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    other = await store.directory.ensure_department("Andere")
    assert await store.directory.skill_toggles(reha.id) == {}
    assert await store.directory.set_skill_enabled(reha.id, "email", False) is None
    assert await store.directory.set_skill_enabled(reha.id, "email", True) is False
    assert await store.directory.set_skill_enabled(reha.id, "email", True) is True
    await store.directory.set_skill_enabled(reha.id, "summary", False)
    assert await store.directory.skill_toggles(reha.id) == {"email": True, "summary": False}
    assert await store.directory.skill_toggles(other.id) == {}


async def test_skill_toggle_for_missing_department_raises_not_found(store: SqlStore) -> None:
    with pytest.raises(NotFound):
        await store.directory.set_skill_enabled(999, "email", True)


async def test_admin_grants_global_and_per_department(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    global_grant = AdminGrant("teams", "u1", None)
    dept_grant = AdminGrant("teams", "u1", reha.id)
    assert await store.directory.grant_admin(dept_grant) is True
    assert await store.directory.grant_admin(global_grant) is True
    # NULL (global) must be unique too, despite NULLs being distinct in unique constraints.
    assert await store.directory.grant_admin(global_grant) is False
    assert await store.directory.grant_admin(dept_grant) is False
    assert await store.directory.admin_grants("teams", "u1") == [global_grant, dept_grant]
    assert await store.directory.admin_grants("matrix", "u1") == []


async def test_revoke_admin_removes_only_that_grant(store: SqlStore) -> None:
    reha = await store.directory.ensure_department("Reha")
    global_grant = AdminGrant("teams", "u1", None)
    dept_grant = AdminGrant("teams", "u1", reha.id)
    await store.directory.grant_admin(global_grant)
    await store.directory.grant_admin(dept_grant)
    assert await store.directory.revoke_admin(global_grant) is True
    assert await store.directory.revoke_admin(global_grant) is False
    assert await store.directory.admin_grants("teams", "u1") == [dept_grant]


async def test_grant_admin_for_missing_department_raises_not_found(store: SqlStore) -> None:
    with pytest.raises(NotFound):
        await store.directory.grant_admin(AdminGrant("teams", "u1", 999))
