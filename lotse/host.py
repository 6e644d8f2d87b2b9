"""The host interface implemented over the app's parts: what adapters get instead of the app.

Pseudonymising a platform user id and writing to storage happen here, so that no adapter
needs the store, the pseudonymiser or the skill registry."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from bot.engine import Engine
from bot.evaluation.feedback import FeedbackPort
from bot.host import FeedbackReport
from bot.message import Message, Platform
from bot.ports import Feedback
from bot.reply import Reply
from bot.skill import Progress
from bot.texts import Texts

log = logging.getLogger("lotse.host")


class AppHost:
    """``bot.serving.ServerHost`` over one engine and the services it was built with."""

    def __init__(self, engine: Engine, feedback: FeedbackPort) -> None:
        self._engine = engine
        self._feedback = feedback
        self._services = engine.services
        registry = self._services.registry
        self._commands = frozenset(
            command for skill in registry for command in skill.meta.commands
        )

    @property
    def language(self) -> str:
        return self._services.settings.language

    @property
    def texts(self) -> Texts:
        return self._services.texts

    @property
    def command_words(self) -> frozenset[str]:
        return self._commands

    @property
    def data_dir(self) -> Path:
        return self._services.settings.data_dir

    @property
    def bind_address(self) -> str:
        return self._services.settings.host

    @property
    def feedback(self) -> FeedbackPort:
        return self._feedback

    def now(self) -> datetime:
        return self._services.clock()

    async def handle(self, message: Message, progress: Progress | None = None) -> Reply:
        return await self._engine.handle(message, progress=progress)

    async def claim(self, platform: Platform, event_id: str) -> bool:
        return await self._services.store.events.claim(platform.value, event_id, self.now())

    async def record_feedback(self, feedback: FeedbackReport) -> None:
        platform = feedback.platform.value
        pseudonymiser = self._services.pseudonymiser
        await self._services.store.feedback.record(
            Feedback(
                platform=platform,
                reply_id=feedback.reply_id,
                user_key=pseudonymiser.user_key(platform, feedback.user_id),
                rating=feedback.rating,
                has_comment=feedback.has_comment,
                at=self.now(),
            )
        )
        log.info("feedback recorded", extra={"platform": platform, "rating": feedback.rating})
