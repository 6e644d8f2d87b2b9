"""A version per department for admin panels: its toggles and its last toggle change, hashed.

A panel (the Teams card) carries the version it was drawn from; a different current version
means another admin changed the department meanwhile."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from bot.admin_chat.context import AdminTurn
from bot.ports import Department

# How many recent admin changes are searched for a department's last toggle change. A panel
# older than this many changes elsewhere is, at worst, refreshed once more than needed.
RECENT_CHANGES = 200
_SKILL_ACTIONS = frozenset(("skill.enable", "skill.disable"))


async def department_versions(ctx: AdminTurn, names: list[str]) -> dict[str, str]:
    """Each department's toggles plus the time of its last toggle change, hashed.

    The change time makes a version unique even when toggles return to an earlier state, so a
    ledger claim on (department, version) never blocks a later, legitimate submit."""
    services = ctx.turn.services
    # The latest change time and how many changes the window holds, per department: the
    # count keeps versions apart even under a frozen test clock.
    last: dict[str, tuple[str, int]] = {}
    for event in await services.store.audit.recent("admin", RECENT_CHANGES):
        key = str(event.detail.get("department") or "").casefold()
        if event.action not in _SKILL_ACTIONS or event.outcome != "ok" or not key:
            continue
        at, count = last.get(key, (event.at.isoformat(), 0))
        last[key] = (at, count + 1)
    directory = services.store.directory
    versions = {}
    for name in names:
        department = await directory.get_department(name)
        if department is None:
            continue
        toggles = await current_toggles(ctx, department)
        raw = json.dumps([sorted(toggles.items()), last.get(name.casefold())])
        versions[name] = hashlib.sha256(raw.encode()).hexdigest()[:16]
    return versions


async def current_toggles(ctx: AdminTurn, department: Department) -> dict[str, bool]:
    stored = await ctx.turn.services.store.directory.skill_toggles(department.id)
    return {
        s.meta.id: stored.get(s.meta.id, s.meta.enabled_by_default)
        for s in ctx.turn.services.registry
    }


async def stamp_versions(ctx: AdminTurn, data: dict[str, Any]) -> None:
    """Add ``version`` to every department of a departments overview's data."""
    departments = data.get("departments") or []
    versions = await department_versions(ctx, [d["name"] for d in departments])
    for item in departments:
        item["version"] = versions.get(item["name"], "")
