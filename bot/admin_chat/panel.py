"""The admin panel's engine side: a version per department, and applying a panel's toggles.

A panel (the departments overview's ``Panel`` block; Teams draws it as a card) carries the
department's ``version`` and comes back as a typed :class:`ApplyPanel` action when it is
submitted (or :class:`ShowPanel` to show another department). The role is checked here like
for every admin command. A panel drawn from an older state (another admin changed the
department meanwhile) overwrites nothing: the answer is the current overview with a note. Two
panels submitted at once from the same version: the event ledger lets exactly one apply (also
across instances sharing the database).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.admin_chat.actions import ApplyPanel, ShowPanel
from bot.admin_chat.context import AdminTurn, Problem
from bot.admin_chat.reports import show_departments
from bot.admin_chat.versions import current_toggles, department_versions
from bot.ports import Department
from bot.reply import Note, Reply, Text, Tone

LEDGER = "admin-panel"
_TONES = {"applied": Tone.GOOD, "stale": Tone.WARNING}


def _wanted(ctx: AdminTurn, skills: Mapping[str, bool]) -> dict[str, bool]:
    wanted: dict[str, bool] = {}
    registry = ctx.turn.services.registry
    for reference, enabled in skills.items():
        skill = registry.find(reference)
        if skill is None:
            raise Problem(ctx.t("panel.bad_request"))
        wanted[skill.meta.id] = enabled
    return wanted


async def show_panel(ctx: AdminTurn, action: ShowPanel) -> Reply:
    """The departments overview, its panel showing the department asked for."""
    return await show_departments(ctx, action.department)


async def apply_panel(ctx: AdminTurn, action: ApplyPanel) -> Reply:
    """Apply a submitted panel if nothing changed since it was drawn."""
    version = action.version
    department = await ctx.department(action.department)
    ctx.require(department, "skill.panel")
    wanted = _wanted(ctx, action.skills)
    current = await current_toggles(ctx, department)
    changes = {k: v for k, v in wanted.items() if current.get(k) != v}
    versions = await department_versions(ctx, [department.name])
    if versions.get(department.name) != version:
        return await _answer(ctx, department, "stale", ctx.t("panel.stale"))
    if not changes:
        return await _answer(ctx, department, "unchanged", ctx.t("panel.unchanged"))
    # The claim is the arbiter between panels submitted at once from the same version.
    services = ctx.turn.services
    claimed = await services.store.events.claim(LEDGER, f"{department.id}|{version}", ctx.turn.now)
    if not claimed:
        return await _answer(ctx, department, "stale", ctx.t("panel.stale"))
    for skill_id, enabled in sorted(changes.items()):
        await ctx.admin.set_skill(skill_id, department.name, enabled, ctx.actor)
    language = ctx.turn.language
    on, off = ctx.t("views.on"), ctx.t("views.off")
    names = ", ".join(
        f"{s.meta.name(language)} {on if changes[s.meta.id] else off}"
        for s in services.registry
        if s.meta.id in changes
    )
    note = ctx.t("panel.applied", department=department.name, changes=names)
    return await _answer(ctx, department, "applied", note, sorted(changes))


async def _answer(
    ctx: AdminTurn,
    department: Department,
    status: str,
    note: str,
    changed: list[str] | None = None,
) -> Reply:
    """The refreshed overview, led by the note; ``data["admin"]["panel"]`` says what happened."""
    tone = _TONES.get(status, Tone.PLAIN)
    overview = await show_departments(ctx, department.name, Note(note, tone))
    data = dict(overview.data.get("admin") or {})
    data["panel"] = {
        "department": department.name,
        "status": status,
        "note": note,
        "changed": changed or [],
    }
    return ctx.reply(Text(note), *overview.blocks, data=data)
