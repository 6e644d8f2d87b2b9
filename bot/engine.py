"""``Engine.handle(message) -> Reply``: the pipeline, built once, in one place."""

from __future__ import annotations

import logging

from bot.evaluation.recording import RecordAnswer
from bot.failures import log_failure
from bot.message import Message
from bot.pipeline.allow import Allow
from bot.pipeline.base import build_chain
from bot.pipeline.errors import ErrorBoundary
from bot.pipeline.gate import Gate
from bot.pipeline.identify import Identify
from bot.pipeline.lock import ConversationLock
from bot.pipeline.model_scope import ModelScopeStep
from bot.pipeline.protect import Protect
from bot.pipeline.record import Record
from bot.pipeline.remind import Remind
from bot.pipeline.route import RouteStep
from bot.pipeline.run import run
from bot.pipeline.validate import Validate
from bot.reply import Outcome, Reply, Text
from bot.routing.router import Router
from bot.skill import Progress
from bot.turn import Services, Turn

log = logging.getLogger("lotse.engine")


class Engine:
    """One conversation engine for every adapter."""

    def __init__(self, services: Services) -> None:
        self.services = services
        router = Router(services.registry, services.classifier, services.policy)
        # Outermost first. Record wraps everything so that failures are audited too; the error
        # boundary sits right inside it so anything below becomes a friendly reply (the
        # evaluation's record between them sees that reply and the whole turn's time). Identify
        # precedes validation (error texts need the user's language) and the lock (keyed by
        # user and conversation). Remind wraps routing so refusals carry reminders as well.
        # Routing precedes the gate: help and privacy rights work before the acknowledgement;
        # the department check precedes it too: nobody acknowledges for a disabled skill.
        # The model scope wraps routing (the router may call the model) and every skill, and
        # needs the user and department for budgets.
        allow = Allow()
        steps = (
            Record(),
            RecordAnswer(),
            ErrorBoundary(),
            Identify(),
            Validate(),
            ConversationLock(),
            ModelScopeStep(),
            Remind(),
            RouteStep(router),
            allow,
            Gate(router, allow),
            Protect(),
        )
        self._chain = build_chain(steps, run)

    async def handle(self, message: Message, progress: Progress | None = None) -> Reply:
        """Answer one message. ``progress`` receives partial text while a skill streams."""
        turn = Turn(
            message=message,
            services=self.services,
            correlation_id=message.correlation_id,
            now=self.services.clock(),
            language=self.services.settings.language,
            progress=progress,
        )
        try:
            return await self._chain(turn)
        except Exception as error:  # the audit itself failed; the user still gets an answer
            log_failure(
                log,
                "turn failed outside the error boundary",
                error,
                correlation_id=turn.correlation_id,
            )
            text = turn.t("errors.internal", id=turn.correlation_id)
            return Reply(blocks=(Text(text),), outcome=Outcome.ERROR, language=turn.language)

    async def purge_expired(self) -> int:
        """Delete what is past its retention period (conversation state, redelivery claims,
        audit, usage, feedback, reminder log, caches); returns how many rows went."""
        services = self.services
        purged = await services.store.housekeeping.purge(
            services.clock(), services.settings.retention
        )
        return sum(purged.values())
