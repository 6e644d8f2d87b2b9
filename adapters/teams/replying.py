"""Getting a reply out: inside the request while it is open, proactively after; typing
indicators; and the Teams streaming protocol for personal chats."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from adapters.teams.ports import ActivityJson, ProactivePort, TurnPort
from bot.failures import log_failure

log = logging.getLogger("lotse.teams")

TYPING: dict[str, Any] = {"type": "typing"}
# Teams accepts about one streaming update per second per conversation.
STREAM_INTERVAL_SECONDS = 1.0


class Outbox:
    """One conversation's way out. Teams redelivers a request still open after 15 s, so the
    endpoint answers early (``close``) and anything later goes out as a proactive message to
    the same conversation and thread."""

    def __init__(self, turn: TurnPort, proactive: ProactivePort) -> None:
        self._turn = turn
        self._proactive = proactive
        self._reference = turn.reference()
        self._live = True

    @property
    def live(self) -> bool:
        return self._live

    def close(self) -> None:
        self._live = False

    async def send(self, activity: ActivityJson) -> str | None:
        if self._live:
            return await self._turn.send(activity)
        return await self._proactive.send_proactive(self._reference, activity)


def _stream_entity(kind: str, stream_id: str | None, sequence: int | None) -> dict[str, Any]:
    entity: dict[str, Any] = {"type": "streaminfo", "streamType": kind}
    if stream_id:
        entity["streamId"] = stream_id
    if sequence is not None:
        entity["streamSequence"] = sequence
    return entity


class Stream:
    """Teams streaming in a personal chat: an informative update, then cumulative text as
    ``typing`` activities (at most one per interval), then the final message carrying the
    stream id. Channels and group chats never stream."""

    def __init__(
        self,
        outbox: Outbox,
        informative: str,
        *,
        interval: float = STREAM_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        correlation_id: str | None = None,
    ) -> None:
        self._outbox = outbox
        self._correlation_id = correlation_id
        self._informative = informative
        self._interval = interval
        self._clock = clock
        self._id: str | None = None
        self._sequence = 0
        self._last_sent = float("-inf")
        self._broken = False

    @property
    def started(self) -> bool:
        return self._id is not None

    async def _send(self, text: str, kind: str) -> str | None:
        self._sequence += 1
        activity = {
            "type": "typing",
            "text": text,
            "entities": [_stream_entity(kind, self._id, self._sequence)],
        }
        self._last_sent = self._clock()
        return await self._outbox.send(activity)

    async def update(self, text: str) -> None:
        """The engine's progress callback: ``text`` is the answer so far."""
        if self._broken or not text:
            return
        try:
            if self._id is None:
                self._id = await self._send(self._informative, "informative")
                if self._id is None:  # the channel gave no stream id: do not stream
                    self._broken = True
                return
            if self._clock() - self._last_sent >= self._interval:
                await self._send(text, "streaming")
        except Exception as error:  # a lost update must never fail the skill
            self._broken = True
            log_failure(
                log,
                "streaming update failed",
                error,
                correlation_id=self._correlation_id,
                level=logging.WARNING,
            )

    def finish(self, activity: ActivityJson) -> dict[str, Any]:
        """The final message; it closes the stream when one was started."""
        final = dict(activity)
        if self._id is not None and not self._broken:
            entities = list(final.get("entities") or ())
            entities.append(_stream_entity("final", self._id, None))
            final["entities"] = entities
        return final
