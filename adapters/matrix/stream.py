"""Streaming replies: the first partial text goes out as the reply notice, later partials edit
it (``m.replace``), at most one edit per interval; the final reply is the last edit."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from adapters.matrix.outbound import Sender, txn_id
from adapters.matrix.render import ReplyTarget, notice
from adapters.matrix.retry import RETRYABLE
from bot.failures import log_failure

log = logging.getLogger("lotse.matrix")


def edit_content(original_event_id: str, new_content: dict[str, Any]) -> dict[str, Any]:
    """An edit of ``original_event_id``: clients show ``m.new_content``; older ones the
    ``* ``-prefixed fallback. The replacement carries no relation of its own."""
    replacement = {k: v for k, v in new_content.items() if k != "m.relates_to"}
    content = dict(replacement)
    content["body"] = f"* {replacement.get('body', '')}"
    if "formatted_body" in replacement:
        content["formatted_body"] = f"* {replacement['formatted_body']}"
    content["m.new_content"] = replacement
    content["m.relates_to"] = {"rel_type": "m.replace", "event_id": original_event_id}
    return content


class StreamedReply:
    """The answer to one event, sent while the skill streams (``progress``) and completed by
    ``finish``. Transaction ids derive from the event answered, so a repeat after a restart
    reuses the first notice instead of posting a second one."""

    def __init__(
        self,
        sender: Sender,
        room_id: str,
        target: ReplyTarget,
        *,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        correlation_id: str | None = None,
    ) -> None:
        self._sender = sender
        self._correlation_id = correlation_id
        self._room_id = room_id
        self._target = target
        self._interval = interval
        self._clock = clock
        self._first: str | None = None  # event id of the partial notice
        self._last_sent = 0.0
        self._shown = ""
        self._edits = 0
        self._broken = False  # a failed partial: no more partials, the final goes normally

    @property
    def started(self) -> bool:
        return self._first is not None

    async def progress(self, text: str) -> None:
        """The engine's progress callback (cumulative text); never raises into the skill."""
        if self._broken or not text.strip() or text == self._shown:
            return
        if self._first is not None and self._clock() - self._last_sent < self._interval:
            return  # throttled: a later partial or the final reply shows this text
        try:
            if self._first is None:
                content = notice(text, self._target)
                self._first = await self._sender.send(
                    self._room_id, content, txn_id("partial", self._room_id, self._target.event_id)
                )
                self._broken = self._first is None
            else:
                self._edits += 1
                await self._send_edit(notice(text, None), str(self._edits))
        except RETRYABLE as error:
            log_failure(
                log,
                "partial reply not sent",
                error,
                correlation_id=self._correlation_id,
                level=logging.WARNING,
            )
            self._broken = self._first is None
            return
        self._shown = text
        self._last_sent = self._clock()

    async def finish(self, content: dict[str, Any]) -> str | None:
        """Send the final reply: an edit of the partial notice, or the plain reply."""
        if self._first is None:
            return await self._sender.send(
                self._room_id, content, txn_id(self._room_id, self._target.event_id)
            )
        await self._send_edit(content, "final")
        return self._first

    async def _send_edit(self, content: dict[str, Any], label: str) -> None:
        assert self._first is not None
        await self._sender.send(
            self._room_id,
            edit_content(self._first, content),
            txn_id("edit", label, self._room_id, self._target.event_id),
        )
