"""Sending to rooms: stable transaction ids, key sharing by the trust policy, retries."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from typing import Any

from nio import AsyncClient

from adapters.matrix.retry import RETRYABLE, RequestFailed, retrying
from adapters.matrix.settings import TrustPolicy
from bot.failures import log_failure

log = logging.getLogger("lotse.matrix")

SEND_ATTEMPTS = 8


def txn_id(*parts: str) -> str:
    """A transaction id derived from what is being answered: a retried or repeated send of the
    same answer (also after a restart, same device) is deduplicated by the homeserver."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"lotse.{digest}"


class Sender:
    """Sends events as the bot; encrypts for rooms that are encrypted."""

    def __init__(self, client: AsyncClient, trust: TrustPolicy) -> None:
        self._client = client
        self._trust = trust

    async def prepare_encrypted(self, room_id: str) -> None:
        """Members and their devices known, and — trust on first use — trusted."""
        client = self._client
        room = client.rooms.get(room_id)
        if room is None or not room.encrypted:
            return
        if not room.members_synced:
            await retrying(lambda: client.joined_members(room_id))
        if client.should_query_keys:
            await retrying(client.keys_query)
        if self._trust is TrustPolicy.TOFU:
            for user_id in list(room.users):
                for device in client.device_store.active_user_devices(user_id):
                    if not (device.verified or device.blacklisted or device.ignored):
                        client.verify_device(device)
                        log.info(
                            "device trusted on first use",
                            extra={"room_id": room_id, "device_id": device.id},
                        )

    async def send(self, room_id: str, content: dict[str, Any], txn: str) -> str | None:
        """The event id, or None when the homeserver refused it for good (logged). Transient
        failures that outlast the retries propagate: the sync is then repeated later."""
        try:
            await self.prepare_encrypted(room_id)
            response = await retrying(
                lambda: self._client.room_send(
                    room_id,
                    "m.room.message",
                    content,
                    tx_id=txn,
                    ignore_unverified_devices=self._trust is TrustPolicy.ALL,
                ),
                attempts=SEND_ATTEMPTS,
            )
        except RequestFailed as error:
            log_failure(log, "reply not sent", error, room_id=room_id)
            return None
        return str(response.event_id)

    async def typing(self, room_id: str, active: bool) -> None:
        """Best effort: a lost typing notice is not worth a retry."""
        with contextlib.suppress(*RETRYABLE):
            await self._client.room_typing(room_id, active, timeout=30_000)
