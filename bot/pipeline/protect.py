"""Find personal data and special categories in what the user asks a skill to process.

The findings raise policy reminders now; the LLM backend pseudonymises with them."""

from __future__ import annotations

from dataclasses import replace

from bot.pipeline.base import Handler
from bot.policy import find_personal_data, find_special_categories
from bot.reply import Reply
from bot.routing.router import Builtin, RouteKind
from bot.turn import Turn


class Protect:
    async def __call__(self, turn: Turn, next_: Handler[Turn]) -> Reply:
        route = turn.route
        # A refused judgement and work Lotse does not do ("Wie spreche ich mit Emma über ihre
        # Diagnose?") are scanned too: they may carry names, health or other special data.
        refused = route.target in (Builtin.REFUSE_DECISION, Builtin.NOT_OFFERED)
        # Actions carry typed data, not text to process, as built-ins do.
        processes_text = route.kind in (RouteKind.SKILL, RouteKind.UNKNOWN)
        if processes_text or refused:
            text = turn.message.text
            findings = find_personal_data(text)
            log_ = turn.log
            log_.findings = findings
            if findings:
                log_.triggers.add("personal_data")
            if find_special_categories(text):
                log_.triggers.add("special_category")
            # The turn's model calls reuse these findings for the message's own text.
            turn.model_use.message_text = text
            turn.model_use.message_findings = findings
            turn = replace(turn, findings=findings)
        return await next_(turn)
