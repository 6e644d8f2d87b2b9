"""Unusable input gets a clear answer before any work is done."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.pipeline.base import Handler
from bot.reply import Outcome, Reply, Text
from bot.turn import Caller, reply

# Control characters break storage (PostgreSQL rejects NUL) and mean nothing to a counsellor.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The limit is for content (e.g. pasted notes); the command word in front of it is extra.
COMMAND_ALLOWANCE = 200


class Validate:
    async def __call__(self, turn: Caller, next_: Handler[Caller]) -> Reply:
        text = _CONTROL.sub("", turn.message.text).strip()
        if not text and turn.message.action is None:  # an action needs no text
            return reply(turn, Text(turn.t("invalid.empty")), outcome=Outcome.INVALID)
        limit = turn.services.settings.max_message_chars
        if len(text) > limit + COMMAND_ALLOWANCE:
            message = turn.t(
                "invalid.too_long",
                length=_number(len(text), turn.language),
                limit=_number(limit, turn.language),
            )
            return reply(turn, Text(message), outcome=Outcome.INVALID)
        if text != turn.message.text:
            turn = replace(turn, message=replace(turn.message, text=text))
        return await next_(turn)


def _number(value: int, language: str) -> str:
    grouped = f"{value:,}"
    return grouped if language == "en" else grouped.replace(",", ".")
