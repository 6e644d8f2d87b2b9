"""Attach the policy reminders this reply must carry, at most as often as the policy says."""

from __future__ import annotations

from dataclasses import replace

from bot.pipeline.base import Handler
from bot.policy import select_reminders
from bot.reply import Outcome, Reply
from bot.turn import Caller

_SILENT = frozenset({Outcome.GATE, Outcome.INVALID, Outcome.ERROR})


class Remind:
    async def __call__(self, turn: Caller, next_: Handler[Caller]) -> Reply:
        result = await next_(turn)
        if result.outcome in _SILENT:
            return result
        triggers = set(turn.log.triggers)
        if result.ai_generated or result.template_draft:  # every draft is reviewed
            triggers.add("ai_output")
        if not triggers:
            return result
        services = turn.services
        reminder_log = services.store.reminders
        ids = [r.id for r in services.policy.reminders]
        last_shown = await reminder_log.last_shown(turn.user_key, ids)
        chosen = select_reminders(
            services.policy,
            frozenset(triggers),
            result.language,  # a built-in may have just switched it
            last_shown,
            turn.now,
            kinds=frozenset(f.kind for f in turn.log.findings),
        )
        if not chosen:
            return result
        await reminder_log.mark_shown(turn.user_key, [r.id for r in chosen], turn.now)
        return replace(result, reminders=(*result.reminders, *chosen))
