"""Events the bot cannot decrypt: a key request, one notice per sender and room asking to
resend, and a later retry once the missing room key has arrived."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from nio import AsyncClient, EncryptionError, LocalProtocolError, MatrixRoom, MegolmEvent

from adapters.matrix.outbound import Sender, txn_id
from adapters.matrix.render import notice
from adapters.matrix.retry import RETRYABLE, check
from bot.failures import log_failure
from bot.texts import Texts

log = logging.getLogger("lotse.matrix")

PENDING_LIMIT = 200
PENDING_SECONDS = 3600.0
TEXTS = Texts.load(Path(__file__).with_name("texts"))


class Undecryptable:
    """Keeps undecryptable events for a while and retries them after each sync."""

    def __init__(self, client: AsyncClient, sender: Sender, language: str = "de") -> None:
        self._client = client
        self._sender = sender
        self.language = language
        self._notified: set[tuple[str, str]] = set()
        self._pending: dict[str, tuple[MatrixRoom, MegolmEvent, float]] = {}

    async def handle(self, room: MatrixRoom, event: MegolmEvent) -> None:
        log.warning(
            "undecryptable event", extra={"room_id": room.room_id, "event_id": event.event_id}
        )
        if len(self._pending) < PENDING_LIMIT:
            self._pending[event.event_id] = (room, event, time.monotonic())
        try:
            check(await self._client.request_room_key(event))
        except LocalProtocolError:
            pass  # already requested for this session
        except Exception as error:  # best effort; the notice still goes out
            log_failure(log, "room key request failed", error, level=logging.INFO)
        key = (room.room_id, event.sender)
        if key in self._notified:
            return
        text = TEXTS.get(self.language, "undecryptable")
        await self._sender.send(
            room.room_id,
            notice(text, None),
            txn_id("undecryptable", room.room_id, event.event_id),
        )
        self._notified.add(key)

    def decrypted_since(self) -> list[tuple[MatrixRoom, Any]]:
        """Pending events that can be decrypted now (their room key arrived meanwhile)."""
        now = time.monotonic()
        ready: list[tuple[MatrixRoom, Any]] = []
        for event_id, (room, event, since) in list(self._pending.items()):
            if now - since > PENDING_SECONDS:
                del self._pending[event_id]
                continue
            try:
                decrypted = self._client.decrypt_event(event)
            except EncryptionError:
                continue
            del self._pending[event_id]
            if not isinstance(decrypted, MegolmEvent):
                ready.append((room, decrypted))
        return ready


__all__ = ["RETRYABLE", "Undecryptable"]
