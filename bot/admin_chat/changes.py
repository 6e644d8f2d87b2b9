"""Admin commands that change something: toggles, departments, assignments, admin rights.

Each checks the sender's role for the department concerned before anything changes; the
AdminService then writes and audits (who, when, before, after)."""

from __future__ import annotations

from typing import Any

from bot.admin_chat.context import AdminTurn, Problem, Refusal
from bot.admin_chat.parse import AdminCommand
from bot.admin_chat.people import Person, UnknownPerson, describe, resolve
from bot.ports import Department
from bot.reply import Reply, Text
from bot.skill import Skill

GLOBAL_WORD = "global"


def _changed(ctx: AdminTurn, text: str, data: dict[str, Any]) -> Reply:
    services = ctx.turn.services
    if services.store.cluster.shared:  # announced to every instance as it commits
        note = ctx.t("done.seen_everywhere")
    else:
        note = ctx.t("done.seen_within", seconds=f"{services.settings.cache_seconds:g}")
    return ctx.reply(Text(text), Text(f"_{note}_"), data={"view": "change", **data})


def _skill(ctx: AdminTurn, reference: str) -> Skill:
    registry = ctx.turn.services.registry
    found = registry.find(reference)
    if found is None:
        language = ctx.turn.language
        known = ", ".join(f"`{s.meta.commands[0]}` ({s.meta.name(language)})" for s in registry)
        raise Problem(ctx.t("errors.unknown_skill", name=reference, known=known))
    return found


def _person(ctx: AdminTurn, reference: str | None) -> Person:
    try:
        return resolve(reference or "", ctx.turn.message)
    except UnknownPerson as error:
        raise Problem(ctx.t(error.reason)) from None


async def toggle(ctx: AdminTurn, command: AdminCommand, enabled: bool) -> Reply:
    action = "skill.enable" if enabled else "skill.disable"
    skill = _skill(ctx, command.names[0])
    department = await ctx.department(command.names[1])
    ctx.require(department, action)
    changed = await ctx.admin.set_skill(skill.meta.id, department.name, enabled, ctx.actor)
    name = skill.meta.name(ctx.turn.language)
    text = ctx.t(
        "done.enabled" if enabled else "done.disabled", skill=name, department=department.name
    )
    if not changed:
        text += " " + ctx.t("done.unchanged")
    data = {"action": action, "skill": skill.meta.id, "department": department.name}
    return _changed(ctx, text, {**data, "enabled": enabled, "changed": changed})


async def add_department(ctx: AdminTurn, command: AdminCommand) -> Reply:
    ctx.require_global("department.add")
    name = command.names[0]
    directory = ctx.turn.services.store.directory
    if await directory.get_department(name):
        raise Problem(ctx.t("errors.department_exists", name=name))
    try:
        department = await ctx.admin.add_department(name, ctx.actor)
    except ValueError:  # empty or too long
        raise Problem(ctx.t("errors.bad_name")) from None
    text = ctx.t("done.department_added", name=department.name)
    return _changed(ctx, text, {"action": "department.add", "department": department.name})


async def rename_department(ctx: AdminTurn, command: AdminCommand) -> Reply:
    ctx.require_global("department.rename")
    old, new = command.names
    department = await ctx.department(old)
    existing = await ctx.turn.services.store.directory.get_department(new)
    if existing is not None and existing.id != department.id:
        raise Problem(ctx.t("errors.department_exists", name=new))
    try:
        renamed = await ctx.admin.rename_department(department.name, new, ctx.actor)
    except ValueError:
        raise Problem(ctx.t("errors.bad_name")) from None
    text = ctx.t("done.department_renamed", old=department.name, new=renamed.name)
    data = {"action": "department.rename", "before": department.name, "after": renamed.name}
    return _changed(ctx, text, data)


def _may_move_from(
    ctx: AdminTurn, current: Department | None, target: Department, action: str
) -> None:
    """A department admin may not take people or rooms away from another department."""
    if current is not None and current.id != target.id and not ctx.role.may_manage(current):
        text = ctx.t("refused.unassigned_user", department=current.name)
        raise Refusal(text, action, {"department": current.name})


async def assign_user(ctx: AdminTurn, command: AdminCommand) -> Reply:
    person = _person(ctx, command.user)
    target = await ctx.department(command.names[0])
    ctx.require(target, "user.assign")
    directory = ctx.turn.services.store.directory
    current = await directory.department_for_user(person.platform, person.user_id)
    _may_move_from(ctx, current, target, "user.assign")
    await ctx.admin.assign_user(person.platform, person.user_id, target.name, ctx.actor)
    shown = describe(person, ctx.turn.message)
    text = ctx.t("done.user_assigned", user=shown, department=target.name)
    return _changed(ctx, text, {"action": "user.assign", "department": target.name})


async def assign_here(ctx: AdminTurn, command: AdminCommand) -> Reply:
    message = ctx.turn.message
    # A tenant is never "here": assigning it would move every chat of the organisation.
    scopes = [s for s in message.conversation.scopes if not s.startswith("tenant:")]
    if message.is_direct or not scopes:
        raise Problem(ctx.t("refused.direct_here"))
    scope = scopes[0]
    target = await ctx.department(command.names[0])
    ctx.require(target, "scope.assign")
    platform = message.platform.value
    directory = ctx.turn.services.store.directory
    # The room and everything it inherits from (its team or space, the tenant): a department
    # admin may not take over a channel of a team that belongs to another department.
    for inherited in message.conversation.scopes:
        current = await directory.department_for_scopes(platform, [inherited])
        _may_move_from(ctx, current, target, "scope.assign")
    await ctx.admin.assign_scope(platform, scope, target.name, ctx.actor)
    text = ctx.t("done.scope_assigned", scope=scope, department=target.name)
    return _changed(ctx, text, {"action": "scope.assign", "department": target.name})


async def set_rights(ctx: AdminTurn, command: AdminCommand, grant: bool) -> Reply:
    action = "admin.grant" if grant else "admin.revoke"
    ctx.require_global(action)
    person = _person(ctx, command.user)
    name = command.names[0]
    department = None if name.casefold() == GLOBAL_WORD else (await ctx.department(name)).name
    if grant:
        changed = await ctx.admin.grant_admin(
            person.platform, person.user_id, department, ctx.actor
        )
    else:
        changed = await ctx.admin.revoke_admin(
            person.platform, person.user_id, department, ctx.actor
        )
    where = department or ctx.t("done.global")
    key = (
        ("done.granted" if grant else "done.revoked")
        if changed
        else ("done.granted_unchanged" if grant else "done.revoke_unchanged")
    )
    text = ctx.t(key, user=describe(person, ctx.turn.message), department=where)
    data = {"action": action, "department": department, "changed": changed}
    return _changed(ctx, text, data)
