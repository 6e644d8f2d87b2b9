"""Read-only admin commands: help, the departments overview, the change log, usage."""

from __future__ import annotations

from bot.admin_chat.chart import draw_png
from bot.admin_chat.context import AdminTurn
from bot.admin_chat.usage import usage_report, usage_table
from bot.admin_chat.versions import stamp_versions
from bot.admin_chat.views import (
    concerns,
    departments_data,
    departments_panel,
    departments_table,
    legend,
    log_data,
    log_line,
    skill_columns,
)
from bot.reply import Block, Heading, Image, Note, Reply, Text


async def show_help(ctx: AdminTurn) -> Reply:
    if ctx.role.is_global:
        role = ctx.t("help.role_global")
    else:
        names = ", ".join(d.name for d in await ctx.visible_departments())
        role = ctx.t("help.role_department", departments=names)
    blocks = (Heading(ctx.t("help.title")), Text(role), Text(ctx.t("help.intro")))
    return ctx.reply(*blocks, Text(ctx.t("help.lines")), data={"view": "help"})


async def show_departments(
    ctx: AdminTurn, selected: str | None = None, note: Note | None = None
) -> Reply:
    """The overview as a table, and as a panel (a form) for ``selected``; ``note`` leads the
    panel (what a submitted panel did)."""
    visible = {d.name for d in await ctx.visible_departments()}
    overview = [info for info in await ctx.admin.overview() if info.name in visible]
    skills = skill_columns(ctx.turn.services.registry, ctx.turn.language)
    blocks: list[Block] = [Heading(ctx.t("views.departments_title"))]
    if overview:
        blocks += [departments_table(overview, skills, ctx.t), Text(legend(skills, ctx.t))]
    else:
        blocks.append(Text(ctx.t("views.no_departments")))
    data = departments_data(overview, skills)
    await stamp_versions(ctx, data)  # for panels to detect stale edits
    panel = departments_panel(data, selected, note, ctx.t)
    if panel is not None:
        blocks.append(panel)
    return ctx.reply(*blocks, data=data)


async def show_log(ctx: AdminTurn, limit: int) -> Reply:
    if ctx.role.is_global:
        events = await ctx.admin.recent_changes(limit)
    else:
        # Department admins see the changes about their departments only.
        names = {d.name.casefold() for d in await ctx.visible_departments()}
        recent = await ctx.admin.recent_changes(limit * 10)
        events = [e for e in recent if concerns(e, names)][:limit]
    heading = Heading(ctx.t("views.log_title"))
    if not events:
        return ctx.reply(heading, Text(ctx.t("views.log_empty")), data=log_data(events))
    language = ctx.turn.language
    skill_names = {s.meta.id: s.meta.name(language) for s in ctx.turn.services.registry}
    lines = "\n".join(log_line(event, ctx.t, skill_names) for event in events)
    return ctx.reply(heading, Text(lines), data=log_data(events))


async def show_usage(ctx: AdminTurn, days: int) -> Reply:
    services = ctx.turn.services
    language = ctx.turn.language
    names = {s.meta.id: s.meta.name(language) for s in services.registry}
    only = None
    if not ctx.role.is_global:
        only = {d.name.casefold() for d in await ctx.visible_departments()}
    report = await usage_report(
        services.store.audit, ctx.turn.now, days, list(names), only, ctx.t("views.none")
    )
    blocks: list[Block] = [
        Heading(ctx.t("views.usage_title", days=days)),
        Text(ctx.t("views.usage_note")),
    ]
    if report.empty:
        blocks.append(Text(ctx.t("views.usage_empty")))
        return ctx.reply(*blocks, data=report.data())
    blocks.append(usage_table(report, names, ctx.t))
    png = await draw_png(
        report, names, ctx.t("views.chart_title", days=days), ctx.t("views.chart_axis")
    )
    alt = ctx.t("views.chart_alt", days=days)
    blocks.append(Image(png, "image/png", alt, f"lotse-usage-{days}d.png"))
    return ctx.reply(*blocks, data=report.data())
