"""Usage per department and skill from the audit: completed requests, counts only."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.admin_chat.views import Translate, table
from bot.ports import AuditRepository
from bot.reply import Table


@dataclass(frozen=True, slots=True)
class UsageReport:
    days: int
    since: datetime
    skills: tuple[str, ...]  # skill ids, registry order
    counts: dict[str, dict[str, int]]  # department -> skill id -> completed requests

    @property
    def empty(self) -> bool:
        return not any(any(row.values()) for row in self.counts.values())

    def data(self) -> dict[str, Any]:
        return {
            "view": "usage",
            "days": self.days,
            "since": self.since.isoformat(),
            "skills": list(self.skills),
            "counts": {d: dict(row) for d, row in self.counts.items()},
        }


async def usage_report(
    audit: AuditRepository,
    now: datetime,
    days: int,
    skill_ids: Sequence[str],
    departments: Collection[str] | None = None,
    unassigned: str = "–",
) -> UsageReport:
    """Turns answered by a skill (outcome ``ok``) in the last ``days`` days; refusals, prompts
    and built-ins are not use. ``departments`` limits the report (department admins)."""
    since = now - timedelta(days=days)
    wanted = set(skill_ids)
    counts: dict[str, dict[str, int]] = {}
    for row in await audit.counts("message", since):
        if row.action not in wanted or row.outcome != "ok":
            continue
        department = row.department or unassigned
        if departments is not None and department.casefold() not in departments:
            continue
        per_skill = counts.setdefault(department, dict.fromkeys(skill_ids, 0))
        per_skill[row.action] += row.count
    return UsageReport(days, since, tuple(skill_ids), dict(sorted(counts.items())))


def usage_table(report: UsageReport, names: Mapping[str, str], t: Translate) -> Table:
    header = [t("views.department"), *(names[s] for s in report.skills), t("views.total")]
    rows = [
        [department, *(row[s] for s in report.skills), sum(row.values())]
        for department, row in report.counts.items()
    ]
    return table(header, rows)
