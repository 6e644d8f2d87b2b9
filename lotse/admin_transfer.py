"""User → department assignments as CSV: export, validate, plan and apply an import.

The CSV has the header ``platform,user_id,department``; one person per line. An import only
adds and moves people (nobody listed is unassigned); it is checked as a whole first, and
nothing changes while any line is wrong."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.admin import Actor, AdminService
from bot.ports import DirectoryRepository
from bot.user_ids import is_matrix_user_id, is_teams_user_id, normalise

HEADER = ("platform", "user_id", "department")
PLATFORMS = ("console", "teams", "matrix")


@dataclass(frozen=True, slots=True)
class Row:
    platform: str
    user_id: str
    department: str


@dataclass(frozen=True, slots=True)
class Move:
    row: Row
    before: str | None  # the department now; None: not assigned yet


@dataclass(slots=True)
class Plan:
    """What an import would change."""

    changes: list[Move] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        new = sum(1 for move in self.changes if move.before is None)
        moved = len(self.changes) - new
        return f"{new} new, {moved} moved, {self.unchanged} unchanged"


class TransferError(ValueError):
    """The file has errors; ``problems`` lists them by line number."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


async def export_csv(directory: DirectoryRepository) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for department in await directory.list_departments():
        for platform, user_id in await directory.user_assignments(department.id):
            writer.writerow((platform, user_id, department.name))
    return out.getvalue()


def _check(line: int, row: Row) -> str | None:
    if row.platform not in PLATFORMS:
        return f"line {line}: platform must be one of {', '.join(PLATFORMS)}"
    if not row.user_id or not row.department:
        return f"line {line}: user_id and department are required"
    if row.platform == "matrix" and not is_matrix_user_id(row.user_id):
        return f"line {line}: a Matrix user id looks like @name:server"
    if row.platform == "teams" and not is_teams_user_id(row.user_id):
        return f"line {line}: a Teams user id is the AAD object id (a GUID)"
    return None


def parse_csv(text: str) -> list[Row]:
    """The rows, or :class:`TransferError` listing every problem."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))  # Excel writes a BOM
    header = next(reader, None)
    if header is None or tuple(h.strip().casefold() for h in header) != HEADER:
        raise TransferError([f"line 1: the header must be {','.join(HEADER)}"])
    rows: list[Row] = []
    problems: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(HEADER):
            problems.append(f"line {line}: expected {len(HEADER)} fields, found {len(values)}")
            continue
        platform, user_id, department = (v.strip() for v in values)
        row = Row(platform.casefold(), normalise(platform, user_id), " ".join(department.split()))
        problem = _check(line, row)
        key = (row.platform, row.user_id)
        if problem is None and key in seen:
            problem = f"line {line}: the same person as on line {seen[key]}"
        seen.setdefault(key, line)
        if problem:
            problems.append(problem)
        else:
            rows.append(row)
    if problems:
        raise TransferError(problems)
    return rows


async def plan_import(rows: Iterable[Row], directory: DirectoryRepository) -> Plan:
    """What would change; unknown departments are errors (create them first)."""
    known = {d.name.casefold() for d in await directory.list_departments()}
    missing = sorted({r.department for r in rows if r.department.casefold() not in known})
    if missing:
        raise TransferError([f"unknown department {name!r}" for name in missing])
    plan = Plan()
    for row in rows:
        current = await directory.department_for_user(row.platform, row.user_id)
        if current is not None and current.name.casefold() == row.department.casefold():
            plan.unchanged += 1
        else:
            plan.changes.append(Move(row, current.name if current else None))
    return plan


async def apply_plan(plan: Plan, admin: AdminService, actor: Actor) -> None:
    """Each assignment is audited by the admin service (who, before, after)."""
    for move in plan.changes:
        row = move.row
        await admin.assign_user(row.platform, row.user_id, row.department, actor)
