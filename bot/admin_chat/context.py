"""What every admin handler shares: the turn, the admin service, the sender's role."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.admin import Actor, AdminService
from bot.admin_chat.roles import Role
from bot.ports import AuditEvent, Department
from bot.reply import Block, Outcome, Reply, Text
from bot.texts import Texts
from bot.turn import Turn, reply


@cache
def admin_texts() -> Texts:
    return Texts.load(Path(__file__).with_name("texts"))


class Refusal(Exception):
    """The sender may not do this; ``text`` says why. Audited as a refused admin action."""

    def __init__(self, text: str, action: str, detail: dict[str, Any] | None = None) -> None:
        super().__init__(action)
        self.text = text
        self.action = action
        self.detail = detail or {}


class Problem(Exception):
    """A request that cannot be carried out as asked (unknown name, bad syntax): not audited."""

    def __init__(self, text: str) -> None:
        super().__init__("problem")
        self.text = text


@dataclass(frozen=True, slots=True)
class AdminTurn:
    turn: Turn
    admin: AdminService
    role: Role

    @property
    def actor(self) -> Actor:
        message = self.turn.message
        return Actor(message.platform.value, message.sender_id)

    def t(self, key: str, /, **values: object) -> str:
        return admin_texts().get(self.turn.language, key, **values)

    def reply(self, *blocks: Block, data: dict[str, Any] | None = None) -> Reply:
        result = reply(self.turn, *blocks)
        if data is not None:
            result.data["admin"] = data
        return result

    def text(self, markdown: str) -> Reply:
        return reply(self.turn, Text(markdown))

    async def department(self, name: str) -> Department:
        found = await self.turn.services.store.directory.get_department(name)
        if found is None:
            known = ", ".join(d.name for d in await self.visible_departments(all_=True))
            raise Problem(self.t("errors.unknown_department", name=name, known=known))
        return found

    async def visible_departments(self, *, all_: bool = False) -> list[Department]:
        """Global admins see every department, department admins their own."""
        departments = await self.turn.services.store.directory.list_departments()
        if all_ or self.role.is_global:
            return departments
        return [d for d in departments if d.id in self.role.department_ids]

    def require_global(self, action: str) -> None:
        if not self.role.is_global:
            raise Refusal(self.t("refused.global_only"), action)

    def require(self, department: Department | None, action: str) -> None:
        if not self.role.may_manage(department):
            name = department.name if department else "–"
            text = self.t("refused.department", department=name)
            raise Refusal(text, action, {"department": name})


async def audit_refusal(turn: Turn, action: str, detail: dict[str, Any] | None = None) -> None:
    """A refused admin attempt: who (pseudonymous) tried which command, never free text."""
    await turn.services.store.audit.record(
        AuditEvent(
            kind="admin",
            actor_key=turn.user_key,
            action=action,
            outcome=Outcome.REFUSED.value,
            at=turn.now,
            platform=turn.message.platform.value,
            department=turn.department_name or None,
            correlation_id=turn.correlation_id,
            detail=detail or {},
        )
    )
