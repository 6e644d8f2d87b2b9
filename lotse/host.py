"""The host interface implemented over the app's parts: what adapters get instead of the app.

Pseudonymising a platform user id and writing to storage happen here, so that no adapter
needs the store, the pseudonymiser or the skill registry."""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from bot import metrics
from bot.cluster import Cluster, Instance, Leadership, new_instance
from bot.engine import Engine
from bot.evaluation.feedback import FeedbackPort
from bot.host import FeedbackReport
from bot.message import Message, Platform
from bot.ports import Feedback
from bot.reply import Reply
from bot.skill import Progress
from bot.texts import Texts
from lotse import logs

log = logging.getLogger("lotse.host")


class AppHost:
    """``bot.serving.ServerHost`` over one engine and the services it was built with."""

    def __init__(
        self, engine: Engine, feedback: FeedbackPort, instance: Instance | None = None
    ) -> None:
        self._engine = engine
        self._feedback = feedback
        self._instance = instance or new_instance()
        self._services = engine.services
        registry = self._services.registry
        self._commands = frozenset(
            command for skill in registry for command in skill.meta.commands
        )
        # Work in flight, for a graceful stop: turns being answered, and events claimed
        # whose reply is not delivered yet.
        self._turns = 0
        self._claimed: set[tuple[Platform, str]] = set()
        self._idle = asyncio.Event()
        self._idle.set()

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
        started = time.perf_counter()
        self._turns += 1
        self._update_idle()
        metrics.TURNS_IN_FLIGHT.inc()
        try:
            with logs.turn(message.correlation_id):
                reply = await self._engine.handle(message, progress=progress)
        finally:
            self._turns -= 1
            self._update_idle()
            metrics.TURNS_IN_FLIGHT.dec()
        metrics.answered(
            message.platform.value,
            reply.skill_id,
            reply.outcome.value,
            time.perf_counter() - started,
        )
        return reply

    async def drained(self) -> None:
        """Returns once no turn runs and every claimed event's reply was delivered."""
        await self._idle.wait()

    def _update_idle(self) -> None:
        if self._turns or self._claimed:
            self._idle.clear()
        else:
            self._idle.set()

    @property
    def instance(self) -> Instance:
        return self._instance

    async def claim(self, platform: Platform, event_id: str, *, again: bool = False) -> bool:
        now = _wall()
        claimed = await self._services.store.events.claim(
            platform.value,
            event_id,
            now,
            owner=self._instance.id,
            stale_before=self._instance.stale_before(now),
            again=again,
        )
        if claimed:
            self._claimed.add((platform, event_id))
            self._update_idle()
        return claimed

    async def done(self, platform: Platform, event_id: str) -> None:
        try:
            await self._services.store.events.done(platform.value, event_id, _wall())
        finally:
            self._claimed.discard((platform, event_id))
            self._update_idle()

    async def lead(self, role: str) -> Leadership | None:
        cluster, instance = self._services.store.cluster, self._instance
        leadership = await cluster.try_lead(role)
        if leadership is None:
            return None
        try:
            while True:  # the previous holder may still be answering: wait until it is gone
                stale_before = instance.stale_before(_wall())
                if not await cluster.role_alive(role, stale_before, other_than=instance.id):
                    break
                await asyncio.sleep(1.0)
            await cluster.set_role(instance.id, role)
        except BaseException:
            await leadership.release()
            raise
        log.info("leadership taken", extra={"role": role, "instance": instance.id})
        return _Role(leadership, cluster, instance.id)

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


def _wall() -> datetime:
    """Wall-clock time (not the app clock): claims are compared with the heartbeats of
    instances on other hosts."""
    return datetime.now(UTC)


class _Role:
    """A leadership whose release also clears the role in this instance's heartbeat row."""

    def __init__(self, leadership: Leadership, cluster: Cluster, instance_id: str) -> None:
        self._leadership = leadership
        self._cluster = cluster
        self._instance_id = instance_id

    async def held(self) -> bool:
        return await self._leadership.held()

    async def release(self) -> None:
        with suppress(Exception):
            await self._cluster.set_role(self._instance_id, None)
        await self._leadership.release()
