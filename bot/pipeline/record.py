"""The audit row for every turn: who (pseudonymous), department, handler, outcome, tokens.
Never the content. The evaluation's answer row, when the turn has one, commits with it."""

from __future__ import annotations

import logging
import time

from bot.evaluation.ports import AnswerRecord
from bot.failures import log_failure
from bot.pipeline.base import Handler
from bot.ports import AuditEvent
from bot.reply import Reply
from bot.routing.router import RouteKind
from bot.turn import Arrival

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
        await _write(turn, event, log_.answer)
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


async def _write(turn: Arrival, event: AuditEvent, answer: AnswerRecord | None) -> None:
    audit = turn.services.store.audit
    if answer is None:
        await audit.record(event)
        return
    try:
        await audit.record(event, answer=answer)
    except Exception as error:  # the evaluation's row must never cost the audit row
        log_failure(log, "answer row not recorded", error, correlation_id=turn.correlation_id)
        await audit.record(event)
