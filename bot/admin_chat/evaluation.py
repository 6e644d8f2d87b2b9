"""Admin commands of the pilot evaluation: deciding suggestions, the pulse survey switch, and
the headline figures of the report in the chat (``admin bericht``)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from bot.admin_chat.context import AdminTurn, Problem, Refusal
from bot.admin_chat.parse import AdminCommand
from bot.evaluation.ports import week_of
from bot.evaluation.report.anonymity import DEFAULT_K
from bot.evaluation.report.build import report_texts
from bot.evaluation.report.charts import usage_chart
from bot.evaluation.report.data import load_report_data
from bot.evaluation.report.tables import build_views
from bot.evaluation.suggestions import pseudonymised
from bot.evaluation.survey import SETTING
from bot.evaluation.texts import evaluation_texts
from bot.ports import AuditEvent
from bot.reply import Block, Fact, Facts, Heading, Image, Outcome, Reply, Text


async def _audit(ctx: AdminTurn, action: str, detail: Mapping[str, Any]) -> None:
    turn = ctx.turn
    await turn.services.store.audit.record(
        AuditEvent(
            kind="admin",
            actor_key=turn.user_key,
            action=action,
            outcome=Outcome.OK.value,
            at=turn.now,
            platform=turn.message.platform.value,
            department=turn.department_name or None,
            correlation_id=turn.correlation_id,
            detail=detail,
        )
    )


async def decide_suggestion(ctx: AdminTurn, command: AdminCommand) -> Reply:
    """Global suggestions are decided by global admins; a department's by its admins too.
    The author reads the decision the next time they write to Lotse."""
    assert command.number is not None
    status, reason = command.names
    turn = ctx.turn
    suggestions = turn.services.store.evaluation.suggestions
    found = await suggestions.get(command.number)
    if found is None:
        raise Problem(ctx.t("errors.unknown_suggestion", id=command.number))
    if found.department is None:
        ctx.require_global("suggestion.decide")
    else:
        department = await turn.services.store.directory.get_department(found.department)
        if not ctx.role.may_manage(department):
            text = ctx.t("refused.department", department=found.department)
            raise Refusal(text, "suggestion.decide", {"suggestion": found.id})
    shown_reason = pseudonymised(reason, turn) if reason else None
    await suggestions.decide(found.id, status, shown_reason, turn.now)
    await _audit(ctx, "suggestion.decide", {"suggestion": found.id, "status": status})
    status_text = evaluation_texts().get(turn.language, f"status.{status}")
    return ctx.reply(
        Text(ctx.t("done.suggestion_decided", id=found.id, status=status_text)),
        data={"view": "change", "suggestion": found.id, "status": status},
    )


async def switch_survey(ctx: AdminTurn, command: AdminCommand) -> Reply:
    ctx.require_global("survey.switch")
    turn = ctx.turn
    enabled = command.names[0] == "on"
    weeks = command.number or 1
    value = {"enabled": enabled, "weeks": weeks}
    await turn.services.store.evaluation.choices.set_setting(SETTING, value, turn.now)
    await _audit(ctx, "survey.switch", value)
    text = ctx.t("done.survey_on", weeks=weeks) if enabled else ctx.t("done.survey_off")
    return ctx.reply(Text(text), data={"view": "change", "survey": value})


async def show_report(ctx: AdminTurn, weeks: int) -> Reply:
    """Headline figures of the last ``weeks`` weeks and the usage chart, anonymous as the
    research report (the same k-anonymity); the full report is ``lotse report``."""
    turn = ctx.turn
    language = turn.language
    texts = report_texts()

    def t(key: str, **values: object) -> str:
        return texts.get(language, f"headline.{key}", **values)

    last = week_of(turn.now.date())
    first = last - timedelta(weeks=weeks - 1)
    data = await load_report_data(turn.services.store.evaluation, first, last)
    blocks: list[Block] = [Heading(t("title", weeks=weeks))]
    if not data.answers and not data.surveys and not data.suggestions:
        blocks.append(Text(t("empty")))
        return ctx.reply(*blocks, data={"view": "report", "empty": True})
    views = build_views(data, DEFAULT_K)
    figures = {str(row[0]): row[1] for row in views.summary.rows}
    none = texts.get(language, "suppressed")

    def shown(*names: str) -> str:
        return " / ".join(none if figures.get(n) is None else str(figures[n]) for n in names)

    p50 = figures.get("p50_ms")
    facts = (
        Fact(t("requests"), shown("requests")),
        Fact(t("completed"), shown("completed")),
        Fact(
            t("model_share"),
            none
            if figures.get("model_share") is None
            else f"{float(figures['model_share'] or 0):.0%}",
        ),
        Fact(t("p50"), none if p50 is None else f"{p50} ms"),
        Fact(t("thumbs"), shown("thumbs_up", "thumbs_down")),
        Fact(t("respondents"), shown("survey_respondents")),
        Fact(t("usefulness"), shown("survey_usefulness_mean")),
        Fact(t("suggestions"), shown("suggestions_filed", "suggestions_decided")),
    )
    names = {s.meta.id: s.meta.name(language) for s in turn.services.registry}
    png = await asyncio.to_thread(usage_chart, views, names, texts, language)
    blocks += [
        Facts(facts),
        Text(texts.get(language, "anonymity", k=DEFAULT_K)),
        Image(png, "image/png", t("alt"), f"lotse-report-{weeks}w.png"),
        Text(t("path")),
    ]
    return ctx.reply(*blocks, data={"view": "report", "weeks": weeks})
