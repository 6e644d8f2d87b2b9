"""A bare matrix-nio echo bot: the baseline for ``bench/matrix_latency.py``.

Same account setup as Lotse (password login, encrypted SQLite store, 30 s long-poll sync,
keys uploaded/queried/claimed by nio's sync loop); it answers every text message from others
with an ``m.notice`` reply carrying the same text, and joins every invitation.
Run: `.venv/bin/python bench/matrix_echo_bot.py HOMESERVER USER_ID PASSWORD STORE_DIR`
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    LoginResponse,
    MatrixRoom,
    RoomMessageText,
)
from nio.store import SqliteStore


async def main(homeserver: str, user_id: str, password: str, store: Path) -> None:
    config = AsyncClientConfig(
        store=SqliteStore, encryption_enabled=True, store_sync_tokens=True, pickle_key="bench"
    )
    client = AsyncClient(homeserver, user_id, store_path=str(store), config=config)
    response = await client.login(password, device_name="echo")
    if not isinstance(response, LoginResponse):
        raise SystemExit(f"login failed: {response}")

    async def on_invite(room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == user_id and event.membership == "invite":
            await client.join(room.room_id)

    async def on_text(room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == user_id:
            return
        content = {
            "msgtype": "m.notice",
            "body": event.body,
            "m.relates_to": {"m.in_reply_to": {"event_id": event.event_id}},
        }
        await client.room_send(
            room.room_id, "m.room.message", content, ignore_unverified_devices=True
        )

    client.add_event_callback(on_invite, InviteMemberEvent)
    client.add_event_callback(on_text, RoomMessageText)
    await client.sync(timeout=0, full_state=True)  # history before the start is not echoed
    try:
        await client.sync_forever(timeout=30_000, full_state=True)
    finally:
        await client.close()


if __name__ == "__main__":
    Path(sys.argv[4]).mkdir(parents=True, exist_ok=True)
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])))
