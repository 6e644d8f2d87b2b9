"""Who may do what: global admins everything, department admins only their own departments.

Checked here, in the engine, for every admin command — never in an adapter."""

from __future__ import annotations

from dataclasses import dataclass

from bot.admin import AdminService
from bot.ports import Department
from bot.turn import Turn


@dataclass(frozen=True, slots=True)
class Role:
    """The sender's admin role: global, or the ids of the departments they administer."""

    is_global: bool
    department_ids: frozenset[int]

    @property
    def is_admin(self) -> bool:
        return self.is_global or bool(self.department_ids)

    def may_manage(self, department: Department | None) -> bool:
        """``None`` stands for "no department yet" (only global admins act there)."""
        if self.is_global:
            return True
        return department is not None and department.id in self.department_ids


async def role_of(turn: Turn, admin: AdminService) -> Role:
    message = turn.message
    platform = message.platform.value
    # Same rule as AdminService.is_admin: the bootstrap list and global grants.
    if await admin.is_admin(platform, message.sender_id):
        return Role(True, frozenset())
    grants = await turn.services.store.directory.admin_grants(platform, message.sender_id)
    ids = frozenset(g.department_id for g in grants if g.department_id is not None)
    return Role(False, ids)
