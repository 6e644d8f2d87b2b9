"""Counsellors for ``bench/matrix_latency.py``: matrix-nio clients (own encrypted store) that
sync in the background and note when each of their messages got a reply."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinedMembersResponse,
    MatrixRoom,
    RoomCreateResponse,
    RoomMessageNotice,
    RoomPreset,
    RoomSendResponse,
)
from nio.event_builders import EnableEncryptionBuilder

if TYPE_CHECKING:
    from lotse_testing.synapse import Synapse, User

JOIN_TIMEOUT = 60.0


class Person:
    """One account with a background sync; counts replies per message it sent."""

    def __init__(self, server: Synapse, user: User, store: Path) -> None:
        store.mkdir(parents=True, exist_ok=True)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True)
        self.user_id = user.user_id
        self.client = AsyncClient(
            server.url,
            user.user_id,
            device_id=user.device_id,
            store_path=str(store),
            config=config,
        )
        self.client.restore_login(user.user_id, user.device_id, user.access_token)
        self.client.add_event_callback(self._on_notice, RoomMessageNotice)
        self.reply_counts: Counter[str] = Counter()
        self._arrived: dict[str, float] = {}
        self._waiting: dict[str, asyncio.Future[float]] = {}
        self._task: asyncio.Task[None] | None = None

    async def _on_notice(self, _room: MatrixRoom, event: RoomMessageNotice) -> None:
        relates: Any = event.source.get("content", {}).get("m.relates_to", {})
        target = relates.get("m.in_reply_to", {}).get("event_id")
        if not isinstance(target, str):
            return
        now = time.monotonic()
        self.reply_counts[target] += 1
        self._arrived.setdefault(target, now)
        waiter = self._waiting.pop(target, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(now)

    async def start(self) -> None:
        await self.client.sync(timeout=0, full_state=True)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        self._task = asyncio.create_task(self.client.sync_forever(timeout=30_000))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.client.close()

    async def dm(self, bot_user_id: str, encrypted: bool) -> str:
        """A direct chat with the bot, returned once the bot has joined."""
        state = [EnableEncryptionBuilder().as_dict()] if encrypted else []
        created = await self.client.room_create(
            is_direct=True,
            invite=[bot_user_id],
            initial_state=state,
            preset=RoomPreset.private_chat,
        )
        assert isinstance(created, RoomCreateResponse), created
        deadline = time.monotonic() + JOIN_TIMEOUT
        while time.monotonic() < deadline:
            members = await self.client.joined_members(created.room_id)
            if isinstance(members, JoinedMembersResponse) and any(
                member.user_id == bot_user_id for member in members.members
            ):
                return str(created.room_id)
            await asyncio.sleep(0.1)
        raise TimeoutError(f"{bot_user_id} did not join")

    async def send(self, room_id: str, text: str) -> str:
        for attempt in range(5):  # bounded: a rate limit or a hiccup is retried briefly
            response = await self.client.room_send(
                room_id,
                "m.room.message",
                {"msgtype": "m.text", "body": text},
                ignore_unverified_devices=True,
            )
            if isinstance(response, RoomSendResponse):
                return str(response.event_id)
            await asyncio.sleep(0.5 * (attempt + 1))
        raise RuntimeError(f"send failed: {response}")

    async def round_trip(self, room_id: str, text: str, within: float) -> float:
        """Seconds from sending ``text`` to its reply arriving in this client's sync."""
        started = time.monotonic()
        event_id = await self.send(room_id, text)
        if event_id not in self._arrived:
            waiter = asyncio.get_running_loop().create_future()
            self._waiting[event_id] = waiter
            await asyncio.wait_for(waiter, within)
        return self._arrived[event_id] - started
