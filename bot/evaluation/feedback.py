"""Which platform message carries which answer, as adapters report it: a small interface in
``bot/`` that the composition root implements, so adapters reach the evaluation without knowing
the store. Ratings themselves (a Teams thumb, a Matrix reaction) are typed actions the engine
records (``bot.evaluation.actions``)."""

from __future__ import annotations

import logging
from typing import Protocol

from bot.failures import log_failure
from bot.ports import Store

log = logging.getLogger("lotse.evaluation")


class FeedbackPort(Protocol):
    """What an adapter may tell the evaluation about answers it sent."""

    async def answer_sent(self, answer_id: str, message_ref: str) -> None:
        """The answer ``answer_id`` (``Reply.answer_id``) went out as ``message_ref``."""
        ...


class FeedbackDesk:
    """Implements :class:`FeedbackPort` over the store. Failures are logged, never raised:
    linking must not break the platform's flow."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def answer_sent(self, answer_id: str, message_ref: str) -> None:
        try:
            await self._store.evaluation.answers.link_message(answer_id, message_ref)
        except Exception as error:
            log_failure(log, "sent answer not linked", error)
