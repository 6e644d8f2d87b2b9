"""The Microsoft 365 Agents Playground as a test fixture: started once per session (headless)
in front of the real ``lotse serve`` from ``teams_fixtures``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from teams_fixtures import NODE_DIR, LotseServer, free_port


@dataclass
class Playground:
    """The Microsoft 365 Agents Playground, driven through its web UI's backend: messages are
    posted like the chat window does, and the bot's answers arrive on its conversation
    websocket."""

    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    bot_id: str = ""
    user_id: str = ""
    chat_id: str = ""
    received: list[dict[str, Any]] = field(default_factory=list)
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)
    _session: aiohttp.ClientSession | None = None
    _reader: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        self._session = aiohttp.ClientSession()
        async with self._session.get(f"{self.url}/_internal/v1/config") as response:
            config = (await response.json())["config"]
        self.bot_id = config["bot"]["id"]
        self.user_id = config["currentUser"]["id"]
        self.chat_id = config["personalChat"]["id"]
        socket = await self._session.ws_connect(
            f"{self.url.replace('http', 'ws', 1)}/_ws_conversation/v1/conversations/stream"
        )
        self._reader = asyncio.create_task(self._read(socket))

    async def _read(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        async for frame in socket:
            if frame.type == aiohttp.WSMsgType.TEXT:
                self.received.append(json.loads(frame.data))
                self._arrived.set()

    async def close(self) -> None:
        if self._reader:
            self._reader.cancel()
        if self._session:
            await self._session.close()

    def bot_messages(self) -> list[dict[str, Any]]:
        return [
            event["message"]
            for event in self.received
            if event.get("action") == "createMessage"
            and event["message"]["from"]["id"] == self.bot_id
        ]

    async def install(self) -> None:
        """What the window does on open: the bot is added to the personal chat."""
        assert self._session is not None
        url = f"{self.url}/_debug/conversation/{self.chat_id}/installation"
        async with self._session.post(url, json={}) as response:
            assert response.status == 200

    async def say(self, text: str, seconds: float = 20) -> dict[str, Any]:
        """Send ``text`` as the user; return Lotse's next message."""
        assert self._session is not None
        before = len(self.bot_messages())
        url = f"{self.url}/_conversation/v1/conversations/{self.chat_id}/messages"
        payload = {"from": {"id": self.user_id}, "text": text, "textFormat": "plain"}
        async with self._session.post(url, json=payload) as response:
            assert response.status == 200, await response.text()
        return await self.next_message(before, seconds)

    async def next_message(self, before: int, seconds: float = 20) -> dict[str, Any]:
        deadline = time.monotonic() + seconds
        while len(self.bot_messages()) <= before:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no answer from Lotse; playground log:\n{self.log()}")
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), min(remaining, 0.5))
        return self.bot_messages()[before]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]


def playground_binary() -> Path:
    binary = NODE_DIR / "node_modules" / ".bin" / "agentsplayground"
    if not binary.exists():
        pytest.fail("npm test tools missing: run `make test` (npm ci in tests/teams) first")
    return binary


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def playground(
    plain_server: LotseServer, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Playground]:
    """The Agents Playground (headless, TEAMSAPPTESTER_BROWSER=none) in front of the real
    ``lotse serve``; started once per session."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("playground") / "playground.log"
    env = dict(os.environ, TEAMSAPPTESTER_BROWSER="none")
    command = [
        str(playground_binary()),
        "--app-endpoint",
        f"{plain_server.url}/api/messages",
        "--channel-id",
        "msteams",
        "--port",
        str(port),
        "--disable-telemetry",
    ]
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(  # noqa: ASYNC220  (started once; returns at once)
            # cwd: the Playground writes a devTools/ log folder where it runs.
            command,
            cwd=log_path.parent,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    playground = Playground(f"http://127.0.0.1:{port}", process, log_path)
    try:
        deadline = time.monotonic() + 60
        while f"Listening on {port}" not in log_path.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Agents Playground did not start:\n{playground.log()}")
            await asyncio.sleep(0.1)
        await playground.connect()
        yield playground
    finally:
        await playground.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
