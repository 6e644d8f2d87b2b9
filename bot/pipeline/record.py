"""The audit row for every turn: who (pseudonymous), department, handler, outcome, tokens.
Never the content. The evaluation's answer row and the topic a skill remembers for follow-up
questions, when the turn has them, commit with it."""

from __future__ import annotations

import logging
import time

from bot.failures import log_failure
from bot.pipeline.base import Handler
from bot.ports import AuditEvent
from bot.reply import Reply
from bot.routing.router import RouteKind
from bot.turn import Arrival, TurnLog

log = logging.getLogger("lotse.engine")


class Record:
    async def __call__(self, turn: Arrival, next_: Handler[Arrival]) -> Reply:
        started = time.perf_counter()
        result = await next_(turn)
        log_ = turn.log  # what the inner steps learned
        route, caller = log_.route, log_.caller
        action = route.target if route and route.kind is not RouteKind.UNKNOWN else "unknown"
        event = AuditEvent(
            kind="message",
            actor_key=caller.user_key if caller else "",
            action=action or "none",
            outcome=result.outcome.value,
            at=turn.now,
            platform=turn.message.platform.value,
            department=caller.department_name if caller else None,
            correlation_id=turn.correlation_id,
            tokens_in=log_.tokens_in,
            tokens_out=log_.tokens_out,
        )
        await _write(turn, event, log_)
        log.info(
            "turn handled",
            extra={
                "correlation_id": turn.correlation_id,
                "platform": turn.message.platform.value,
                "action": action,
                "outcome": result.outcome.value,
                "ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )
        return result


async def _write(turn: Arrival, event: AuditEvent, log_: TurnLog) -> None:
    """The audit row with what rides along: the evaluation's answer row and the topic
    remembered for follow-up questions (one round trip)."""
    audit = turn.services.store.audit
    if log_.answer is None and log_.recent is None:
        await audit.record(event)
        return
    try:
        await audit.record(event, answer=log_.answer, recent=log_.recent)
    except Exception as error:  # neither may ever cost the audit row
        log_failure(log, "turn rows not recorded", error, correlation_id=turn.correlation_id)
        await audit.record(event)
