"""Departments and who (or which room) belongs to which: the first half of the directory."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql import Executable

from bot.ports import AuditEvent, Department
from storage import models as m
from storage.errors import Conflict, NotFound
from storage.repositories._base import SqlRepository
from storage.repositories._sql import changed_any, insert_ignore, upsert
from storage.repositories.audit import audited
from storage.runner import Runner

__all__ = ["DEPARTMENT", "DepartmentQueries", "for_scopes", "normalise_name"]

DEPARTMENT = "department"
_d = m.departments
_u = m.user_assignments
_s = m.scope_assignments

_BY_KEY = select(_d.c.id, _d.c.name).where(_d.c.name_key == bindparam("key"))
_ID_BY_KEY = select(_d.c.id).where(_d.c.name_key == bindparam("key"))
_EXISTS = select(_d.c.id).where(_d.c.id == bindparam("id"))
_LIST = select(_d.c.id, _d.c.name).order_by(_d.c.name_key)
_RENAME = update(_d).where(_d.c.id == bindparam("department_id"))
_FOR_USER = (
    select(_d.c.id, _d.c.name)
    .join_from(_u, _d, _u.c.department_id == _d.c.id)
    .where(_u.c.platform == bindparam("platform"), _u.c.user_id == bindparam("user_id"))
)
_FOR_SCOPES = (
    select(_s.c.scope, _d.c.id, _d.c.name)
    .join_from(_s, _d, _s.c.department_id == _d.c.id)
    .where(
        _s.c.platform == bindparam("platform"),
        _s.c.scope.in_(bindparam("scopes", expanding=True)),
    )
)
_UNASSIGN_USER = delete(_u).where(
    _u.c.platform == bindparam("platform"), _u.c.user_id == bindparam("user_id")
)
_USERS_OF = (
    select(_u.c.platform, _u.c.user_id)
    .where(_u.c.department_id == bindparam("department_id"))
    .order_by(_u.c.platform, _u.c.user_id)
)
_SCOPES_OF = (
    select(_s.c.platform, _s.c.scope)
    .where(_s.c.department_id == bindparam("department_id"))
    .order_by(_s.c.platform, _s.c.scope)
)


def normalise_name(name: str) -> tuple[str, str]:
    """The name as stored (inner whitespace collapsed) and its case-insensitive key."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("department name must not be empty")
    if len(cleaned) > m.NAME_MAX:
        raise ValueError(f"department name longer than {m.NAME_MAX} characters")
    return cleaned, cleaned.casefold()


class DepartmentQueries(SqlRepository):
    """Departments and assignments (see :class:`SqlDirectoryRepository` for the rest).

    Names match case-insensitively. Writing a reference to a missing department raises
    :class:`storage.errors.NotFound`; renaming onto another department's name raises
    :class:`storage.errors.Conflict`.
    """

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._create = insert_ignore(self._dialect, _d)
        self._assign_user = upsert(self._dialect, _u, ["platform", "user_id"], ["department_id"])
        self._assign_scope = upsert(self._dialect, _s, ["platform", "scope"], ["department_id"])

    async def ensure_department(self, name: str, *, audit: AuditEvent | None = None) -> Department:
        cleaned, key = normalise_name(name)
        if audit is None:
            found = await self._runner.run(_by_key, key)
            if found is not None:
                return found
        row = {"name": cleaned, "name_key": key, "created_at": datetime.now(UTC)}
        return await self._runner.transaction(audited(_create, audit), self._create, row)

    async def get_department(self, name: str) -> Department | None:
        return await self._runner.run(_by_key, normalise_name(name)[1])

    async def list_departments(self) -> list[Department]:
        return await self._runner.run(_list)

    async def rename_department(
        self, old: str, new: str, *, audit: AuditEvent | None = None
    ) -> Department:
        old_key = normalise_name(old)[1]
        new_name, new_key = normalise_name(new)
        rename = audited(_rename, audit)
        try:
            return await self._runner.transaction(rename, old, old_key, new_name, new_key)
        except IntegrityError as error:  # a concurrent rename took the name meanwhile
            raise Conflict(DEPARTMENT, new_name) from error

    async def department_for_user(self, platform: str, user_id: str) -> Department | None:
        return await self._runner.run(_for_user, platform, user_id)

    async def department_for_scopes(
        self, platform: str, scopes: Sequence[str]
    ) -> Department | None:
        """The department of the first scope in ``scopes`` that has one (most specific first)."""
        if not scopes:
            return None
        return await self._runner.run(for_scopes, platform, list(scopes))

    async def assign_user(
        self, platform: str, user_id: str, department_id: int, *, audit: AuditEvent | None = None
    ) -> None:
        row = {"platform": platform, "user_id": user_id, "department_id": department_id}
        work = audited(write_to_department, audit)
        await self._runner.transaction(work, self._assign_user, row)

    async def unassign_user(
        self, platform: str, user_id: str, *, audit: AuditEvent | None = None
    ) -> bool:
        params = {"platform": platform, "user_id": user_id}
        work = audited(changed_any, audit)
        return await self._runner.transaction(work, _UNASSIGN_USER, params)

    async def assign_scope(
        self, platform: str, scope: str, department_id: int, *, audit: AuditEvent | None = None
    ) -> None:
        row = {"platform": platform, "scope": scope, "department_id": department_id}
        work = audited(write_to_department, audit)
        await self._runner.transaction(work, self._assign_scope, row)

    async def user_assignments(self, department_id: int) -> list[tuple[str, str]]:
        return await self._runner.run(_pairs, _USERS_OF, department_id)

    async def scope_assignments(self, department_id: int) -> list[tuple[str, str]]:
        return await self._runner.run(_pairs, _SCOPES_OF, department_id)


def write_to_department(conn: Connection, statement: Executable, row: dict[str, Any]) -> int:
    """Run a write referencing ``row["department_id"]``; NotFound if there is no such one.

    Checked before writing, not by catching the foreign-key error, so the transaction stays
    usable and the error is the same on both backends.
    """
    department_id = row["department_id"]
    if conn.execute(_EXISTS, {"id": department_id}).first() is None:
        raise NotFound(DEPARTMENT, department_id)
    return conn.execute(statement, row).rowcount


def _by_key(conn: Connection, key: str) -> Department | None:
    row = conn.execute(_BY_KEY, {"key": key}).first()
    return None if row is None else Department(row[0], row[1])


def _create(conn: Connection, statement: Executable, row: dict[str, Any]) -> Department:
    # DO NOTHING: a concurrent creator (another process) may have won the race.
    conn.execute(statement, row)
    created = conn.execute(_BY_KEY, {"key": row["name_key"]}).one()
    return Department(created[0], created[1])


def _list(conn: Connection) -> list[Department]:
    return [Department(row[0], row[1]) for row in conn.execute(_LIST)]


def _rename(conn: Connection, old: str, old_key: str, new_name: str, new_key: str) -> Department:
    department_id = conn.execute(_ID_BY_KEY, {"key": old_key}).scalar_one_or_none()
    if department_id is None:
        raise NotFound(DEPARTMENT, old)
    holder = conn.execute(_ID_BY_KEY, {"key": new_key}).scalar_one_or_none()
    if holder is not None and holder != department_id:
        raise Conflict(DEPARTMENT, new_name)
    values = {"department_id": department_id, "name": new_name, "name_key": new_key}
    conn.execute(_RENAME, values)
    return Department(department_id, new_name)


def _for_user(conn: Connection, platform: str, user_id: str) -> Department | None:
    row = conn.execute(_FOR_USER, {"platform": platform, "user_id": user_id}).first()
    return None if row is None else Department(row[0], row[1])


def for_scopes(conn: Connection, platform: str, scopes: list[str]) -> Department | None:
    """The department of the first scope in ``scopes`` that has one (also read with the rest
    of what a turn asks about its sender: storage.repositories.caller)."""
    rows = conn.execute(_FOR_SCOPES, {"platform": platform, "scopes": scopes})
    by_scope = {row[0]: Department(row[1], row[2]) for row in rows}
    return next((by_scope[scope] for scope in scopes if scope in by_scope), None)


def _pairs(conn: Connection, query: Executable, department_id: int) -> list[tuple[str, str]]:
    rows = conn.execute(query, {"department_id": department_id})
    return [(row[0], row[1]) for row in rows]
