"""Helpers for the operations tests: the Teams test server (with its slow skill) as a real
``lotse serve`` process, counsellors who accepted the guideline, and the replies that end a
turn of the slow skill."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import Any

from teams_fixtures import (
    APP_ID,
    NODE_DIR,
    TENANT,
    FakeMicrosoft,
    LotseServer,
    Sent,
    activity,
    start_server,
)

FINAL = "Erstens zweitens drittens."  # the slow skill's complete answer


async def start_teams(tmp: Path, fake: FakeMicrosoft, **extra: str) -> LotseServer:
    """The Teams test server, replying to the fake Bot Connector."""
    env = {
        "MicrosoftAppId": APP_ID,
        "MicrosoftAppPassword": "not-used-by-the-test-seam",
        "LOTSE_TEAMS_OPENID_METADATA_URL": f"{fake.url}openid",
        "LOTSE_TEAMS_INLINE_SECONDS": "0.8",
        "LOTSE_TEAMS_ALLOWED_SERVICE_URLS": fake.url,
        "LOTSE_TEAMS_ALLOWED_TENANTS": TENANT,
        "LOTSE_INSTANCE_HEARTBEAT_SECONDS": "0.5",
        "LOTSE_INSTANCE_STALE_SECONDS": "3",
        "TEAMS_TEST_SLOW_SECONDS": "1.5",
        **extra,
    }
    return await start_server([sys.executable, str(NODE_DIR / "server.py")], tmp, **env)


def finals(sent: list[Sent], activity_id: str) -> list[Sent]:
    """The slow skill's complete answers to one activity."""
    return [
        s
        for s in sent
        if s.type == "message" and s.reply_to == activity_id and FINAL in s.body.get("text", "")
    ]


async def post(server: LotseServer, fake: FakeMicrosoft, body: dict[str, Any]) -> int:
    status, _ = await server.post(body, token=fake.token())
    return status


async def acknowledged(server: LotseServer, fake: FakeMicrosoft) -> tuple[str, str]:
    """A new counsellor in a new personal chat who accepted the AI guideline there; two
    turns (the guideline shown, then accepted)."""
    user, conversation = f"aad-{uuid.uuid4().hex[:8]}", f"a:{uuid.uuid4().hex[:10]}"
    first = activity(fake.url, text="hilfe", user=user, conversation_id=conversation)
    await post(server, fake, first)
    await fake.wait_for(conversation, lambda s: any("KI-Leitlinie" in str(x.body) for x in s))
    accept = activity(fake.url, text="ja", user=user, conversation_id=conversation)
    await post(server, fake, accept)
    await fake.wait_for(conversation, lambda s: any(x.reply_to == accept["id"] for x in s))
    return user, conversation
