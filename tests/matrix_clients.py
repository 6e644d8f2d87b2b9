"""A counsellor as a real matrix-nio client (own encrypted store), for the Matrix tests."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinedMembersResponse,
    LocalProtocolError,
    MatrixRoom,
    MegolmEvent,
    RoomCreateResponse,
    RoomMessage,
    RoomPreset,
    RoomSendResponse,
)
from nio.event_builders import EnableEncryptionBuilder

if TYPE_CHECKING:
    from matrix_fixtures import Synapse, User


class Counsellor:
    """A real nio client with its own encrypted store, syncing in the background."""

    def __init__(self, server: Synapse, user: User, store_dir: Path) -> None:
        store_dir.mkdir(parents=True, exist_ok=True)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True)
        self.user = user
        self.client = AsyncClient(
            server.url,
            user.user_id,
            device_id=user.device_id,
            store_path=str(store_dir),
            config=config,
        )
        self.client.restore_login(user.user_id, user.device_id, user.access_token)
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.client.add_event_callback(self._on_event, (RoomMessage, MegolmEvent))
        self._task: asyncio.Task[None] | None = None

    async def _on_event(self, room: MatrixRoom, event: Any) -> None:
        self.events.append((room.room_id, event.source))

    async def start(self) -> None:
        await self.client.sync(timeout=0, full_state=True)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        self._task = asyncio.create_task(self.client.sync_forever(timeout=1000))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.client.close()

    async def create_room(
        self, invite: list[str], *, direct: bool = True, encrypted: bool = True
    ) -> str:
        initial_state = [EnableEncryptionBuilder().as_dict()] if encrypted else []
        response = await self.client.room_create(
            is_direct=direct,
            invite=invite,
            initial_state=initial_state,
            preset=RoomPreset.private_chat if direct else RoomPreset.trusted_private_chat,
        )
        assert isinstance(response, RoomCreateResponse), response
        return str(response.room_id)

    async def wait_member(self, room_id: str, user_id: str, within: float = 20) -> None:
        async def joined() -> bool:
            response = await self.client.joined_members(room_id)
            return isinstance(response, JoinedMembersResponse) and any(
                member.user_id == user_id for member in response.members
            )

        await until(joined, within)

    async def say(self, room_id: str, text: str, **extra: Any) -> str:
        await self._learn_new_devices(room_id)
        content = {"msgtype": "m.text", "body": text, **extra}
        response = await self.client.room_send(
            room_id, "m.room.message", content, ignore_unverified_devices=True
        )
        assert isinstance(response, RoomSendResponse), response
        return str(response.event_id)

    async def _learn_new_devices(self, room_id: str) -> None:
        """Query the devices of members who joined since the last key query. nio does that
        before a send only while a room's member list is not synced, and ``wait_member`` syncs
        it: a message sent before the background sync's own query would carry no room key for
        the new member, who then cannot read it (the test waits for an answer in vain)."""
        room = self.client.rooms.get(room_id)
        if room is not None and room.encrypted and self.client.should_query_keys:
            with contextlib.suppress(LocalProtocolError):  # the sync loop's query came first
                await self.client.keys_query()

    async def raw_event(self, room_id: str, event_id: str) -> dict[str, Any]:
        """The event as the homeserver stores it (ciphertext in encrypted rooms)."""
        url = f"{self.client.homeserver}/_matrix/client/v3/rooms/{room_id}/event/{event_id}"
        headers = {"Authorization": f"Bearer {self.user.access_token}"}
        async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as got:
            return dict(await got.json())

    def replies_to(self, event_id: str) -> list[dict[str, Any]]:
        found = []
        for _, source in self.events:
            content = source.get("content", {})
            relates = content.get("m.relates_to", {})
            if relates.get("m.in_reply_to", {}).get("event_id") == event_id:
                found.append(source)
        return found

    async def reply_to(self, event_id: str, within: float = 30) -> dict[str, Any]:
        """The content of the first reply to ``event_id``."""

        async def arrived() -> bool:
            return bool(self.replies_to(event_id))

        await until(arrived, within)
        return dict(self.replies_to(event_id)[0]["content"])

    async def ask(self, room_id: str, text: str, **extra: Any) -> dict[str, Any]:
        return await self.reply_to(await self.say(room_id, text, **extra))


async def until(check: Callable[[], Awaitable[bool]], within: float, step: float = 0.1) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(step)
    raise AssertionError(f"condition not met within {within}s")


def edits_of(counsellor: Counsellor, event_id: str) -> list[dict[str, Any]]:
    """The edits (``m.replace``) of ``event_id`` the counsellor has seen, oldest first."""
    return [
        source["content"]
        for _, source in counsellor.events
        if source.get("content", {}).get("m.relates_to", {}).get("rel_type") == "m.replace"
        and source["content"]["m.relates_to"].get("event_id") == event_id
    ]
