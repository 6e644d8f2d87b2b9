"""Admin overviews as reply blocks (tables, lists, the panel) plus their machine-readable data."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bot.admin import DepartmentOverview
from bot.admin_chat.actions import ApplyPanel, ShowPanel
from bot.ports import AuditEvent
from bot.registry import SkillRegistry
from bot.reply import Button, Choices, Heading, Note, Option, Panel, PanelItem, Table, Toggle, Tone

Translate = Callable[..., str]


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> Table:
    return Table(tuple(header), tuple(tuple(str(value) for value in row) for row in rows))


def skill_columns(registry: SkillRegistry, language: str) -> list[dict[str, str]]:
    """Each skill with the short word admins type (its first command) and its name."""
    return [
        {
            "id": s.meta.id,
            "command": s.meta.commands[0] if s.meta.commands else s.meta.id,
            "name": s.meta.name(language),
        }
        for s in registry
    ]


def departments_table(
    overview: Sequence[DepartmentOverview], skills: Sequence[Mapping[str, str]], t: Translate
) -> Table:
    header = [t("views.department"), t("views.members"), t("views.scopes")]
    header += [s["command"] for s in skills]
    rows = []
    for info in overview:
        switches = [t("views.on") if info.skills.get(s["id"]) else t("views.off") for s in skills]
        rooms = ", ".join(info.scopes) or t("views.none")
        rows.append([info.name, info.members, rooms, *switches])
    return table(header, rows)


def legend(skills: Sequence[Mapping[str, str]], t: Translate) -> str:
    return t("views.legend", skills=" · ".join(f"`{s['command']}` {s['name']}" for s in skills))


def departments_data(
    overview: Sequence[DepartmentOverview], skills: Sequence[Mapping[str, str]]
) -> dict[str, Any]:
    return {
        "view": "departments",
        "skills": list(skills),
        "departments": [
            {
                "name": info.name,
                "members": info.members,
                "scopes": list(info.scopes),
                "skills": dict(info.skills),
            }
            for info in overview
        ],
    }


def departments_panel(
    data: Mapping[str, Any], selected: str | None, note: Note | None, t: Translate
) -> Panel | None:
    """The form for one department's skills (``selected``, else the first) from a departments
    overview's data with versions; None when there is nothing to switch."""
    departments, skills = data.get("departments") or [], data.get("skills") or []
    if not departments or not skills:
        return None
    wanted = (selected or "").casefold()
    shown = next((d for d in departments if d["name"].casefold() == wanted), departments[0])
    options = tuple(Option(d["name"], d["name"]) for d in departments)
    items: list[PanelItem] = [note] if note else []
    items += [
        Choices("department", t("panel.department"), options, shown["name"]),
        Button(t("panel.show"), ShowPanel()),  # the picker fills in the department
        Heading(t("panel.skills_for", department=shown["name"])),
        Note(t("panel.people", members=shown["members"], scopes=len(shown["scopes"])), Tone.QUIET),
    ]
    switches = shown["skills"]
    items += [
        Toggle("skills", f"{s['name']} ({s['command']})", bool(switches.get(s["id"])), s["id"])
        for s in skills
    ]
    items.append(Note(t("panel.hint"), Tone.QUIET))
    save = ApplyPanel(shown["name"], shown.get("version", ""))
    return Panel(t("panel.title"), tuple(items), (Button(t("panel.save"), save, primary=True),))


def _value(value: object, t: Translate) -> str:
    if isinstance(value, bool):
        return t("views.on") if value else t("views.off")
    return t("views.none") if value is None else str(value)


def log_line(event: AuditEvent, t: Translate, skill_names: Mapping[str, str]) -> str:
    """One change: when, what, on what, before → after, by whom (pseudonymous, shortened)."""
    detail = dict(event.detail)
    if "skill" in detail:
        detail["skill"] = skill_names.get(str(detail["skill"]), detail["skill"])
    try:
        action = t(f"actions.{event.action}")
    except KeyError:  # an action newer than this text catalogue
        action = event.action
    parts = [f"{event.at:%d.%m.%Y %H:%M}", f"**{action}**"]
    named = [str(detail[k]) for k in ("skill", "department", "scope") if detail.get(k)]
    if named:
        parts.append(", ".join(named))
    if "user" in detail:
        parts.append(f"#{str(detail['user'])[:8]}")
    if "before" in detail or "after" in detail:
        before, after = detail.get("before"), detail.get("after")
        parts.append(f"{_value(before, t)} → {_value(after, t)}")
    if event.outcome != "ok":
        parts.append(f"_{t('views.refused')}_")
    parts.append(t("views.by", actor=f"#{event.actor_key[:8]}"))
    return "- " + " · ".join(parts)


def log_data(events: Sequence[AuditEvent]) -> dict[str, Any]:
    return {
        "view": "log",
        "entries": [
            {
                "at": e.at.isoformat(),
                "action": e.action,
                "outcome": e.outcome,
                "actor": e.actor_key[:8],
                "detail": dict(e.detail),
            }
            for e in events
        ],
    }


def concerns(event: AuditEvent, departments: set[str]) -> bool:
    """Whether an admin event is about one of ``departments`` (for department admins' log)."""
    detail = event.detail
    names = {detail.get("department"), detail.get("before"), detail.get("after")}
    return bool({str(n).casefold() for n in names if isinstance(n, str)} & departments)
