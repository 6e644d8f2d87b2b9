"""Feedback from the platforms' own controls (Teams thumbs, Matrix reactions), as adapters see
it: a small interface in ``bot/`` that the composition root implements, so adapters reach the
evaluation without knowing the store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from bot.evaluation.ports import DOWN, RATINGS, REASONS
from bot.failures import log_failure
from bot.identity import Pseudonymiser
from bot.ports import Store

log = logging.getLogger("lotse.evaluation")


class FeedbackPort(Protocol):
    """What an adapter may tell the evaluation about answers it sent."""

    async def answer_sent(self, answer_id: str, message_ref: str) -> None:
        """The answer ``answer_id`` (``Reply.answer_id``) went out as ``message_ref``."""
        ...

    async def rate(
        self,
        platform: str,
        sender_id: str,
        message_ref: str,
        rating: str | None,
        *,
        reason: str | None = None,
        rating_ref: str | None = None,
    ) -> bool:
        """``sender_id`` rated the answer sent as ``message_ref`` (``None``: un-rated).
        ``rating_ref`` names the platform event that rated it (a reaction), for withdrawal."""
        ...

    async def withdraw(self, platform: str, sender_id: str, rating_ref: str) -> bool:
        """The event ``rating_ref`` that rated an answer was taken back."""
        ...


class FeedbackDesk:
    """Implements :class:`FeedbackPort` over the store; only the asker rates their answer,
    and nothing is kept for people who opted out. Failures are logged, never raised: feedback
    must not break the platform's flow."""

    def __init__(
        self, store: Store, pseudonymiser: Pseudonymiser, clock: Callable[[], datetime]
    ) -> None:
        self._store = store
        self._pseudonymiser = pseudonymiser
        self._clock = clock

    async def answer_sent(self, answer_id: str, message_ref: str) -> None:
        try:
            await self._store.evaluation.answers.link_message(answer_id, message_ref)
        except Exception as error:
            log_failure(log, "sent answer not linked", error)

    async def rate(
        self,
        platform: str,
        sender_id: str,
        message_ref: str,
        rating: str | None,
        *,
        reason: str | None = None,
        rating_ref: str | None = None,
    ) -> bool:
        if rating is not None and rating not in RATINGS:
            return False
        reason = reason if rating == DOWN and reason in REASONS else None
        user_key = self._pseudonymiser.user_key(platform, sender_id)
        evaluation = self._store.evaluation
        try:
            if await evaluation.choices.opted_out(user_key):
                return False
            rated = await evaluation.answers.rate_message(
                platform, message_ref, user_key, rating, reason, self._clock(), rating_ref
            )
        except Exception as error:
            log_failure(log, "rating not recorded", error)
            return False
        log.info("answer rated", extra={"rating": rating or "none", "found": rated})
        return rated

    async def withdraw(self, platform: str, sender_id: str, rating_ref: str) -> bool:
        user_key = self._pseudonymiser.user_key(platform, sender_id)
        try:
            return await self._store.evaluation.answers.withdraw(platform, user_key, rating_ref)
        except Exception as error:
            log_failure(log, "rating not withdrawn", error)
            return False
