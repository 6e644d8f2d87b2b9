"""Errors first: whatever fails below becomes a friendly reply and one log line."""

from __future__ import annotations

import logging

from bot.failures import log_failure
from bot.pipeline.base import Handler
from bot.reply import Outcome, Reply, Text
from bot.turn import Arrival, reply

log = logging.getLogger("lotse.engine")


class ErrorBoundary:
    async def __call__(self, turn: Arrival, next_: Handler[Arrival]) -> Reply:
        try:
            return await next_(turn)
        except Exception as error:
            log_failure(log, "turn failed", error, correlation_id=turn.correlation_id)
            text = turn.t("errors.internal", id=turn.correlation_id)
            return reply(turn, Text(text), outcome=Outcome.ERROR)
