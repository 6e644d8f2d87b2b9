"""Admin actions on departments, toggles, assignments and roles; every change audited.

Used by ``lotse admin …`` now and by the chat admin commands later; callers decide who may
act (the CLI runs with server access), this service records who did."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.identity import Pseudonymiser
from bot.ports import AdminGrant, AuditEvent, Department, Store
from bot.registry import SkillRegistry


class AdminError(ValueError):
    """An admin request that cannot be carried out; the message says why."""


@dataclass(frozen=True, slots=True)
class Actor:
    platform: str
    user_id: str


@dataclass(frozen=True, slots=True)
class DepartmentOverview:
    name: str
    members: int
    scopes: tuple[str, ...]
    skills: dict[str, bool]


class AdminService:
    def __init__(
        self,
        store: Store,
        registry: SkillRegistry,
        pseudonymiser: Pseudonymiser,
        clock: Callable[[], datetime],
        bootstrap_admins: Sequence[str] = (),
    ) -> None:
        self._bootstrap_admins = frozenset(bootstrap_admins)
        self._store = store
        self._registry = registry
        self._pseudonymiser = pseudonymiser
        self._clock = clock

    async def _department(self, name: str) -> Department:
        found = await self._store.directory.get_department(name)
        if found is None:
            known = ", ".join(d.name for d in await self._store.directory.list_departments())
            raise AdminError(f"unknown department {name!r}; known: {known}")
        return found

    def _event(self, actor: Actor, action: str, detail: dict[str, Any]) -> AuditEvent:
        """The audit record of a change; the store writes it in the change's transaction."""
        return AuditEvent(
            kind="admin",
            actor_key=self._pseudonymiser.user_key(actor.platform, actor.user_id),
            action=action,
            outcome="ok",
            at=self._clock(),
            platform=actor.platform,
            detail=detail,
        )

    async def overview(self) -> list[DepartmentOverview]:
        directory = self._store.directory
        result = []
        for department in await directory.list_departments():
            toggles = await directory.skill_toggles(department.id)
            skills = {
                s.meta.id: toggles.get(s.meta.id, s.meta.enabled_by_default)
                for s in self._registry
            }
            members = await directory.user_assignments(department.id)
            scopes = await directory.scope_assignments(department.id)
            result.append(
                DepartmentOverview(
                    department.name,
                    len(members),
                    tuple(f"{platform}:{scope}" for platform, scope in scopes),
                    skills,
                )
            )
        return result

    async def add_department(self, name: str, actor: Actor) -> Department:
        name = name.strip()
        if not name:
            raise AdminError("a department needs a name")
        if await self._store.directory.get_department(name):
            raise AdminError(f"department {name!r} exists already")
        audit = self._event(actor, "department.add", {"department": name})
        return await self._store.directory.ensure_department(name, audit=audit)

    async def rename_department(self, old: str, new: str, actor: Actor) -> Department:
        await self._department(old)
        if await self._store.directory.get_department(new):
            raise AdminError(f"department {new!r} exists already")
        audit = self._event(actor, "department.rename", {"before": old, "after": new})
        return await self._store.directory.rename_department(old, new, audit=audit)

    async def set_skill(
        self, skill_ref: str, department: str, enabled: bool, actor: Actor
    ) -> bool:
        """Returns whether the setting changed."""
        skill = self._registry.find(skill_ref)
        if skill is None:
            known = ", ".join(s.meta.id for s in self._registry)
            raise AdminError(f"unknown skill {skill_ref!r}; known: {known}")
        target = await self._department(department)
        directory = self._store.directory
        before = (await directory.skill_toggles(target.id)).get(
            skill.meta.id, skill.meta.enabled_by_default
        )
        audit = self._event(
            actor,
            "skill.enable" if enabled else "skill.disable",
            {
                "department": target.name,
                "skill": skill.meta.id,
                "before": before,
                "after": enabled,
            },
        )
        await directory.set_skill_enabled(target.id, skill.meta.id, enabled, audit=audit)
        return before != enabled

    async def assign_user(
        self, platform: str, user_id: str, department: str, actor: Actor
    ) -> None:
        target = await self._department(department)
        before = await self._store.directory.department_for_user(platform, user_id)
        audit = self._event(
            actor,
            "user.assign",
            {
                "user": self._pseudonymiser.user_key(platform, user_id),
                "before": before.name if before else None,
                "after": target.name,
            },
        )
        await self._store.directory.assign_user(platform, user_id, target.id, audit=audit)

    async def assign_scope(self, platform: str, scope: str, department: str, actor: Actor) -> None:
        target = await self._department(department)
        audit = self._event(
            actor, "scope.assign", {"platform": platform, "scope": scope, "after": target.name}
        )
        await self._store.directory.assign_scope(platform, scope, target.id, audit=audit)

    async def grant_admin(
        self, platform: str, user_id: str, department: str | None, actor: Actor
    ) -> bool:
        department_id = (await self._department(department)).id if department else None
        audit = self._event(
            actor,
            "admin.grant",
            {"user": self._pseudonymiser.user_key(platform, user_id), "department": department},
        )
        grant = AdminGrant(platform, user_id, department_id)
        return await self._store.directory.grant_admin(grant, audit=audit)

    async def revoke_admin(
        self, platform: str, user_id: str, department: str | None, actor: Actor
    ) -> bool:
        department_id = (await self._department(department)).id if department else None
        audit = self._event(
            actor,
            "admin.revoke",
            {"user": self._pseudonymiser.user_key(platform, user_id), "department": department},
        )
        grant = AdminGrant(platform, user_id, department_id)
        return await self._store.directory.revoke_admin(grant, audit=audit)

    async def is_admin(self, platform: str, user_id: str, department: str | None = None) -> bool:
        """Global admins (``LOTSE_ADMINS`` or granted) may act everywhere; department admins
        only in their own department."""
        if user_id in self._bootstrap_admins:
            return True
        grants = await self._store.directory.admin_grants(platform, user_id)
        if any(grant.department_id is None for grant in grants):
            return True
        if department is None:
            return False
        target = await self._store.directory.get_department(department)
        return target is not None and any(g.department_id == target.id for g in grants)

    async def recent_changes(self, limit: int = 20) -> list[AuditEvent]:
        return await self._store.audit.recent("admin", limit)
