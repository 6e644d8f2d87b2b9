"""``Engine.handle(message) -> Reply``: the pipeline, built once, in one place."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.admin_chat.parse import VERB_WORDS
from bot.evaluation.recording import RecordAnswer
from bot.failures import log_failure
from bot.message import Message
from bot.message_memo import message_scope
from bot.pipeline.allow import Allow
from bot.pipeline.base import Handler, link
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
from bot.policy import in_language
from bot.reply import Outcome, Reply, Text
from bot.routing.router import Router
from bot.skill import Progress
from bot.turn import Arrival, Caller, Services, Turn, TurnLog

log = logging.getLogger("lotse.engine")


class Engine:
    """One conversation engine for every adapter."""

    def __init__(self, services: Services) -> None:
        self.services = services
        router = Router(services.registry, services.classifier, services.policy, VERB_WORDS)
        # Outermost first. Record wraps everything so that failures are audited too; the error
        # boundary sits right inside it so anything below becomes a friendly reply (the
        # evaluation's record between them sees that reply and the whole turn's time). Identify
        # precedes validation (error texts need the user's language) and the lock (keyed by
        # user and conversation). The model scope wraps routing (the router may call the
        # model) and every skill, and stores the turn's tokens. Remind wraps routing so
        # refusals carry reminders as well. Routing precedes the gate: help and privacy rights
        # work before the acknowledgement; the department check precedes it too: nobody
        # acknowledges for a disabled skill. Each step hands on the stage the next one takes:
        # Arrival -> Caller (Identify) -> Turn (routing).
        routed: Handler[Turn] = link(Allow(), link(Gate(), link(Protect(), run)))
        known: Handler[Caller] = link(
            Validate(),
            link(
                ConversationLock(),
                link(ModelScopeStep(), link(Remind(), link(RouteStep(router), routed))),
            ),
        )
        self._chain: Handler[Arrival] = link(
            Record(), link(RecordAnswer(), link(ErrorBoundary(), link(Identify(), known)))
        )

    async def handle(self, message: Message, progress: Progress | None = None) -> Reply:
        """Answer one message. ``progress`` receives partial text while a skill streams."""
        answer, waiting = await self._turn(message, progress)
        for number in range(2, 2 + _MAX_FOLLOWING):
            if waiting is None:
                break
            # A request that waited (for the acknowledgement, or split off as the second of
            # the message) is submitted anew, as a turn of its own (routed, department-
            # checked, audited), and answered below the earlier one. Its own correlation id,
            # derived from the first: the turns are separate answers (the evaluation keys
            # answer rows by it) and the logs still show they belong together.
            resubmitted = replace(
                message,
                text=waiting,
                action=None,
                correlation_id=_next_id(message.correlation_id, number),
            )
            then, waiting = await self._turn(resubmitted, progress)
            answer = _below(self.services, answer, then)
        return answer

    async def _turn(self, message: Message, progress: Progress | None) -> tuple[Reply, str | None]:
        """One turn through the pipeline; also the request it asks to submit next, if any."""
        arrival = Arrival(
            message=message,
            services=self.services,
            correlation_id=message.correlation_id,
            now=self.services.clock(),
            progress=progress,
            log=TurnLog(),
        )
        try:
            with message_scope():  # readings shared by this turn's steps only
                return await self._chain(arrival), arrival.log.resubmit
        except Exception as error:  # the audit itself failed; the user still gets an answer
            log_failure(
                log,
                "turn failed outside the error boundary",
                error,
                correlation_id=arrival.correlation_id,
            )
            text = arrival.t("errors.internal", id=arrival.correlation_id)
            reply = Reply(
                blocks=(Text(text),), outcome=Outcome.ERROR, language=arrival.reply_language
            )
            return reply, None

    async def purge_expired(self) -> int:
        """Delete what is past its retention period (conversation state, redelivery claims,
        audit, usage, feedback, reminder log, caches); returns how many rows went."""
        services = self.services
        purged = await services.store.housekeeping.purge(
            services.clock(), services.settings.retention
        )
        return sum(purged.values())


# Turns one message may lead to after its own: the waiting request after "ja" to the
# guideline, and the second request split off it.
_MAX_FOLLOWING = 2


def _below(services: Services, first: Reply, then: Reply) -> Reply:
    """``then`` with ``first``'s blocks above its own, and the reminders and sources of both
    once. The labels hold for the whole message: a model's text in either part makes it
    AI-generated, a template's draft in either part (and no model's) a template draft."""
    # One reply, one language for its notes: "ja" is German, the request may be English.
    earlier = in_language(services.policy, first.reminders, then.language)
    shown = {reminder.id for reminder in earlier}
    ai_generated = first.ai_generated or then.ai_generated
    return replace(
        then,
        blocks=(*first.blocks, *then.blocks),
        reminders=(*earlier, *(r for r in then.reminders if r.id not in shown)),
        sources=(*first.sources, *(s for s in then.sources if s not in first.sources)),
        ai_generated=ai_generated,
        template_draft=(first.template_draft or then.template_draft) and not ai_generated,
    )


def _next_id(correlation_id: str, number: int = 2) -> str:
    """The id of turn ``number`` submitted on behalf of the turn ``correlation_id`` (at most
    64 chars, the width of the evaluation's answer key)."""
    return f"{correlation_id[:62]}.{number}"
