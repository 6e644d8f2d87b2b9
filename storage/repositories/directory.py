"""The directory repository: departments (see ``departments``), skill toggles, admin roles."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Executable

from bot.ports import AdminGrant, AuditEvent
from storage import models as m
from storage.repositories._sql import changed_any, insert_ignore, upsert
from storage.repositories.audit import audited
from storage.repositories.departments import DepartmentQueries, write_to_department
from storage.runner import Runner

_t = m.skill_toggles
_g = m.admin_grants

_TOGGLES = select(_t.c.skill_id, _t.c.enabled).where(
    _t.c.department_id == bindparam("department_id")
)
_TOGGLE = select(_t.c.enabled).where(
    _t.c.department_id == bindparam("department_id"), _t.c.skill_id == bindparam("skill_id")
)
_GRANTS = (
    select(_g.c.department_id)
    .where(_g.c.platform == bindparam("platform"), _g.c.user_id == bindparam("user_id"))
    .order_by(_g.c.department_id.nulls_first())
)
_PERSON = (_g.c.platform == bindparam("platform"), _g.c.user_id == bindparam("user_id"))
_REVOKE_GLOBAL = delete(_g).where(*_PERSON, _g.c.department_id.is_(None))
_REVOKE_DEPARTMENT = delete(_g).where(*_PERSON, _g.c.department_id == bindparam("department"))


class SqlDirectoryRepository(DepartmentQueries):
    """Implements :class:`bot.ports.DirectoryRepository`."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._set_toggle = upsert(
            self._dialect, _t, ["department_id", "skill_id"], ["enabled", "updated_at"]
        )
        # Conflicts with either partial unique index (global or per department) are ignored.
        self._grant = insert_ignore(self._dialect, _g)

    async def skill_toggles(self, department_id: int) -> dict[str, bool]:
        """Only explicit toggles; a skill without one keeps its declared default."""
        return await self._runner.run(_toggles, department_id)

    async def set_skill_enabled(
        self, department_id: int, skill_id: str, enabled: bool, *, audit: AuditEvent | None = None
    ) -> bool | None:
        """Set the toggle; returns the previous explicit value (None: there was none)."""
        row = {
            "department_id": department_id,
            "skill_id": skill_id,
            "enabled": enabled,
            "updated_at": datetime.now(UTC),
        }
        return await self._runner.transaction(audited(_set_toggle, audit), self._set_toggle, row)

    async def admin_grants(self, platform: str, user_id: str) -> list[AdminGrant]:
        """The person's grants, the global one (if any) first."""
        return await self._runner.run(_grants, platform, user_id)

    async def grant_admin(self, grant: AdminGrant, *, audit: AuditEvent | None = None) -> bool:
        """True when the grant is new, False when the person already had it."""
        row = {
            "platform": grant.platform,
            "user_id": grant.user_id,
            "department_id": grant.department_id,
            "granted_at": datetime.now(UTC),
        }
        if grant.department_id is None:
            return await self._runner.transaction(audited(changed_any, audit), self._grant, row)
        work = audited(write_to_department, audit)
        return await self._runner.transaction(work, self._grant, row) > 0

    async def revoke_admin(self, grant: AdminGrant, *, audit: AuditEvent | None = None) -> bool:
        params: dict[str, Any] = {"platform": grant.platform, "user_id": grant.user_id}
        statement = _REVOKE_GLOBAL
        if grant.department_id is not None:
            params["department"] = grant.department_id
            statement = _REVOKE_DEPARTMENT
        return await self._runner.transaction(audited(changed_any, audit), statement, params)


def _toggles(conn: Connection, department_id: int) -> dict[str, bool]:
    rows = conn.execute(_TOGGLES, {"department_id": department_id})
    return {row[0]: bool(row[1]) for row in rows}


def _set_toggle(conn: Connection, statement: Executable, row: dict[str, Any]) -> bool | None:
    key = {"department_id": row["department_id"], "skill_id": row["skill_id"]}
    previous = conn.execute(_TOGGLE, key).scalar_one_or_none()
    write_to_department(conn, statement, row)
    return None if previous is None else bool(previous)


def _grants(conn: Connection, platform: str, user_id: str) -> list[AdminGrant]:
    rows = conn.execute(_GRANTS, {"platform": platform, "user_id": user_id})
    return [AdminGrant(platform, user_id, row[0]) for row in rows]
