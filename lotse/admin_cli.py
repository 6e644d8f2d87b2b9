"""``lotse admin …``: departments, skill toggles, assignments and roles for ops scripts.

The CLI runs with access to the server, so it acts as an admin; changes are audited with
the operating-system user as the actor."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

import click

from bot.admin import Actor, AdminError
from bot.admin_chat.chart import draw_png
from bot.admin_chat.usage import usage_report
from lotse.admin_transfer import TransferError, apply_plan, export_csv, parse_csv, plan_import
from lotse.app import App
from lotse.runtime import load_settings, run_with_app

PLATFORMS = click.Choice(["console", "teams", "matrix"])


def _actor() -> Actor:
    try:
        return Actor("cli", getpass.getuser())
    except (KeyError, OSError):
        return Actor("cli", "unknown")


def _run(work: Callable[[App], Awaitable[None]]) -> None:
    try:
        run_with_app(load_settings(), work)
    except AdminError as error:
        raise click.ClickException(str(error)) from None


@click.group()
def admin() -> None:
    """Manage departments, skills per department, assignments and admin roles."""


@admin.command("departments")
def departments() -> None:
    """Every department with members, assigned rooms/channels and each skill on or off."""

    async def work(app: App) -> None:
        for info in await app.admin.overview():
            skills = ", ".join(
                f"{skill} {'an' if on else 'aus'}" for skill, on in info.skills.items()
            )
            click.echo(f"{info.name}: {info.members} members; skills: {skills}")
            for scope in info.scopes:
                click.echo(f"  room/channel {scope}")

    _run(work)


@admin.command("department-add")
@click.argument("name")
def department_add(name: str) -> None:
    """Create a department."""

    async def work(app: App) -> None:
        await app.admin.add_department(name, _actor())
        click.echo(f"department {name!r} created")

    _run(work)


@admin.command("department-rename")
@click.argument("old")
@click.argument("new")
def department_rename(old: str, new: str) -> None:
    """Rename a department (assignments and toggles stay)."""

    async def work(app: App) -> None:
        await app.admin.rename_department(old, new, _actor())
        click.echo(f"department {old!r} renamed to {new!r}")

    _run(work)


def _toggle(skill: str, department: str, enabled: bool) -> None:
    async def work(app: App) -> None:
        changed = await app.admin.set_skill(skill, department, enabled, _actor())
        state = "enabled" if enabled else "disabled"
        click.echo(f"{skill} {state} for {department!r}" + ("" if changed else " (unchanged)"))

    _run(work)


@admin.command("enable")
@click.argument("skill")
@click.argument("department")
def enable(skill: str, department: str) -> None:
    """Switch SKILL (id, command or name) on for DEPARTMENT."""
    _toggle(skill, department, True)


@admin.command("disable")
@click.argument("skill")
@click.argument("department")
def disable(skill: str, department: str) -> None:
    """Switch SKILL (id, command or name) off for DEPARTMENT."""
    _toggle(skill, department, False)


@admin.command("assign-user")
@click.argument("user_id")
@click.argument("department")
@click.option("--platform", type=PLATFORMS, default="console", show_default=True)
def assign_user(user_id: str, department: str, platform: str) -> None:
    """Assign a person (Teams AAD object id, Matrix user id, console name) to DEPARTMENT."""

    async def work(app: App) -> None:
        await app.admin.assign_user(platform, user_id, department, _actor())
        click.echo(f"{platform} user assigned to {department!r}")

    _run(work)


@admin.command("assign-scope")
@click.argument("scope")
@click.argument("department")
@click.option("--platform", type=PLATFORMS, required=True)
def assign_scope(scope: str, department: str, platform: str) -> None:
    """Assign a room, channel, team or tenant (e.g. `room:!abc:server`) to DEPARTMENT."""

    async def work(app: App) -> None:
        await app.admin.assign_scope(platform, scope, department, _actor())
        click.echo(f"{platform} {scope} assigned to {department!r}")

    _run(work)


@admin.command("grant")
@click.argument("user_id")
@click.option("--platform", type=PLATFORMS, required=True)
@click.option("--department", default=None, help="Department admin only (default: global).")
def grant(user_id: str, platform: str, department: str | None) -> None:
    """Make a person an admin (global, or of one department)."""

    async def work(app: App) -> None:
        await app.admin.grant_admin(platform, user_id, department, _actor())
        click.echo("admin role granted")

    _run(work)


@admin.command("revoke")
@click.argument("user_id")
@click.option("--platform", type=PLATFORMS, required=True)
@click.option("--department", default=None)
def revoke(user_id: str, platform: str, department: str | None) -> None:
    """Take an admin role away."""

    async def work(app: App) -> None:
        changed = await app.admin.revoke_admin(platform, user_id, department, _actor())
        click.echo("admin role revoked" if changed else "no such admin role")

    _run(work)


@admin.command("log")
@click.argument("limit", type=int, default=20)
def log(limit: int) -> None:
    """The most recent admin changes (who is shown pseudonymised)."""

    async def work(app: App) -> None:
        for event in await app.admin.recent_changes(limit):
            detail = ", ".join(f"{k}={v}" for k, v in event.detail.items())
            click.echo(
                f"{event.at:%Y-%m-%d %H:%M:%S} {event.action} by {event.actor_key[:8]}: {detail}"
            )

    _run(work)


@admin.command("usage")
@click.argument("days", type=click.IntRange(1, 366), default=30)
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), default=None)
def usage(days: int, chart: Path | None) -> None:
    """Completed requests per department and skill over DAYS days (counts only)."""

    async def work(app: App) -> None:
        registry = app.engine.services.registry
        names = {skill.meta.id: skill.meta.name("en") for skill in registry}
        report = await usage_report(
            app.store.audit, app.engine.services.clock(), days, list(names)
        )
        for department, counts in report.counts.items():
            shown = ", ".join(f"{skill} {count}" for skill, count in counts.items())
            click.echo(f"{department}: {shown}")
        if report.empty:
            click.echo(f"no usage in the last {days} days")
        elif chart is not None:
            title = f"Usage per department (last {days} days)"
            png = await draw_png(report, names, title, "Requests")
            await asyncio.to_thread(chart.write_bytes, png)
            click.echo(f"chart saved to {chart}")

    _run(work)


@admin.command("export")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-")
def export(output: TextIO) -> None:
    """User → department assignments as CSV (platform,user_id,department)."""

    async def work(app: App) -> None:
        output.write(await export_csv(app.store.directory))

    _run(work)


@admin.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@click.option("--apply", "apply_", is_flag=True, help="Make the changes (default: dry run).")
def import_(file: TextIO, apply_: bool) -> None:
    """Assign people to departments from a CSV as written by `lotse admin export`.

    Checked as a whole first; without --apply only shows what would change."""

    async def work(app: App) -> None:
        try:
            rows = parse_csv(file.read())
            plan = await plan_import(rows, app.store.directory)
        except TransferError as error:
            lines = ["the file was not imported:", *error.problems]
            raise click.ClickException("\n".join(lines)) from None
        for move in plan.changes:
            row = move.row
            click.echo(f"{row.platform} {row.user_id}: {move.before or '–'} → {row.department}")
        if apply_:
            await apply_plan(plan, app.admin, _actor())
            click.echo(f"imported: {plan.summary()}")
        else:
            click.echo(f"dry run, nothing changed: {plan.summary()} (use --apply to import)")

    _run(work)
