"""Find personal data and special categories in what the user asks a skill to process.

The findings raise policy reminders now; the LLM backend pseudonymises with them."""

from __future__ import annotations

from bot.pipeline.base import Handler
from bot.policy import find_personal_data, find_special_categories
from bot.reply import Reply
from bot.routing.router import Builtin, RouteKind
from bot.turn import Turn


class Protect:
    async def __call__(self, turn: Turn, next_: Handler) -> Reply:
        route = turn.route
        # A refused judgement is scanned too: it may carry health or other special data.
        refused = route is not None and route.target == Builtin.REFUSE_DECISION
        # Actions carry typed data, not text to process, as built-ins do.
        processes_text = route is not None and route.kind in (RouteKind.SKILL, RouteKind.UNKNOWN)
        if processes_text or refused:
            text = turn.message.text
            turn.findings = find_personal_data(text)
            if turn.findings:
                turn.triggers.add("personal_data")
            if find_special_categories(text):
                turn.triggers.add("special_category")
        return await next_(turn)
