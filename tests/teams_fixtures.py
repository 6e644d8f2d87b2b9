"""Teams test fixtures: a recording fake Bot Connector that also publishes an OpenID signing
key, Lotse's server as a real subprocess (with and without authentication), activity builders.

Import the fixtures into a test module (``from teams_fixtures import fake_ms, ...``)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import jwt
import pytest
import pytest_asyncio
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

REPO = Path(__file__).resolve().parents[1]
NODE_DIR = REPO / "tests" / "teams"
APP_ID = "00000000-0000-4000-8000-00000000a11e"
ISSUER = "https://api.botframework.com"
BOT_ID = "28:" + APP_ID
KEY_ID = "lotse-test-key"
TENANT = "tenant-1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Sent:
    """One activity Lotse sent to the fake Bot Connector."""

    conversation_id: str
    reply_to: str | None
    body: dict[str, Any]
    authorization: str | None
    id: str = ""  # the id the fake connector answered with

    @property
    def type(self) -> str:
        return str(self.body.get("type"))


@dataclass
class FakeMicrosoft:
    """The Bot Connector (``/v3/conversations/...``) and the OpenID metadata with its key."""

    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    sent: list[Sent] = field(default_factory=list)
    metadata_requests: int = 0
    url: str = ""
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities", self._activity)
        app.router.add_post("/v3/conversations/{cid}/activities/{reply_to}", self._activity)
        app.router.add_put("/v3/conversations/{cid}/activities/{reply_to}", self._activity)
        app.router.add_get("/openid", self._metadata)
        app.router.add_get("/keys", self._keys)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}/"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _activity(self, request: web.Request) -> web.Response:
        body = await request.json()
        sent = Sent(
            request.match_info["cid"],
            request.match_info.get("reply_to"),
            body,
            request.headers.get("Authorization"),
            f"sent-{len(self.sent) + 1}",
        )
        self.sent.append(sent)
        self._changed.set()
        return web.json_response({"id": sent.id})

    async def _metadata(self, request: web.Request) -> web.Response:
        self.metadata_requests += 1
        return web.json_response({"issuer": ISSUER, "jwks_uri": f"{self.url}keys"})

    async def _keys(self, request: web.Request) -> web.Response:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        # Like the Bot Framework's keys, one key endorses several channels.
        jwk.update(kid=KEY_ID, use="sig", endorsements=["msteams", "webchat", "directline"])
        return web.json_response({"keys": [jwk]})

    def to(self, conversation_id: str) -> list[Sent]:
        return [s for s in self.sent if s.conversation_id == conversation_id]

    def messages_to(self, conversation_id: str) -> list[Sent]:
        return [s for s in self.to(conversation_id) if s.type == "message"]

    async def wait_for(
        self, conversation_id: str, predicate: Callable[[list[Sent]], bool], seconds: float = 15
    ) -> list[Sent]:
        deadline = time.monotonic() + seconds
        while not predicate(self.to(conversation_id)):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; sent so far: {self.to(conversation_id)}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.5))
        return self.to(conversation_id)

    async def message_where(
        self, conversation_id: str, check: Callable[[dict[str, Any]], bool], seconds: float = 15
    ) -> dict[str, Any]:
        """The last message to the conversation whose body passes ``check``, waiting for it:
        on a busy machine the reply can come after the request as a proactive message."""

        def arrived(sent: list[Sent]) -> bool:
            return any(s.type == "message" and check(s.body) for s in sent)

        sent = await self.wait_for(conversation_id, arrived, seconds)
        return [s.body for s in sent if s.type == "message" and check(s.body)][-1]

    def token(self, key: rsa.RSAPrivateKey | None = None, **claims: Any) -> str:
        now = int(time.time())
        payload: dict[str, Any] = {
            "iss": ISSUER,
            "aud": APP_ID,
            "serviceurl": self.url,
            "nbf": now - 10,
            "iat": now - 10,
            "exp": now + 600,
        }
        payload.update(claims)
        return jwt.encode(payload, key or self.key, algorithm="RS256", headers={"kid": KEY_ID})


def activity(
    service_url: str,
    *,
    kind: str = "message",
    text: str = "hilfe",
    conversation_type: str = "personal",
    conversation_id: str | None = None,
    mention: bool = False,
    user: str = "aad-anna",
    activity_id: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Teams activity as the Bot Connector posts it."""
    conversation_id = conversation_id or f"conv-{uuid.uuid4().hex[:10]}"
    body: dict[str, Any] = {
        "type": kind,
        "id": activity_id or f"act-{uuid.uuid4().hex[:10]}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "timestamp": "2026-11-25T09:30:00.000Z",
        "locale": "de-DE",
        "from": {"id": f"29:{user}", "name": "Anna Berger", "aadObjectId": user},
        "recipient": {"id": BOT_ID, "name": "Lotse"},
        "conversation": {
            "id": conversation_id,
            "conversationType": conversation_type,
            "tenantId": TENANT,
        },
        "channelData": {"tenant": {"id": TENANT}},
    }
    if kind == "message":
        body["text"] = f"<at>Lotse</at> {text}" if mention else text
        body["textFormat"] = "plain"
    if mention:
        body["entities"] = [
            {
                "type": "mention",
                "text": "<at>Lotse</at>",
                "mentioned": {"id": BOT_ID, "name": "Lotse"},
            }
        ]
    if conversation_type == "channel":
        body["conversation"]["isGroup"] = True
        body["channelData"].update(
            team={"id": "19:team-general@thread.tacv2"},
            channel={"id": "19:channel-beratung@thread.tacv2"},
        )
    if conversation_type == "groupChat":
        body["conversation"]["isGroup"] = True
    body.update(extra)
    return body


@dataclass
class LotseServer:
    """A running ``lotse serve`` process."""

    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    async def post(
        self, body: dict[str, Any] | bytes, token: str | None = None, **headers: str
    ) -> tuple[int, str]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        send = {"Content-Type": "application/json", **headers}
        if token:
            send["Authorization"] = f"Bearer {token}"
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"{self.url}/api/messages", data=data, headers=send) as response,
        ):
            return response.status, await response.text()


def server_env(tmp: Path, port: int, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LOTSE_", "Microsoft", "MICROSOFT"))
    }
    env.update(
        LOTSE_HOST="127.0.0.1",
        LOTSE_PORT=str(port),
        LOTSE_DATA_DIR=str(tmp / "data"),
        LOTSE_SECRET_KEY="teams-test-secret",
        LOTSE_LOG_LEVEL="INFO",
        PYTHONPATH=str(REPO),
    )
    env.update(extra)
    return env


async def start_server(command: list[str], tmp: Path, **extra_env: str) -> LotseServer:
    port = free_port()
    log_path = tmp / "server.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(  # noqa: ASYNC220  (started once; returns at once)
            command,
            cwd=tmp,
            env=server_env(tmp, port, **extra_env),
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    server = LotseServer(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + 60
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"lotse serve exited:\n{server.log()}")
            try:
                async with session.get(f"{server.url}/readyz") as response:
                    if response.status == 200:
                        return server
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    stop_server(server)
    raise RuntimeError(f"lotse serve did not become ready:\n{server.log()}")


def stop_server(server: LotseServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def fake_ms() -> AsyncIterator[FakeMicrosoft]:
    fake = FakeMicrosoft()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def plain_server(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[LotseServer]:
    """The real ``lotse serve`` in development mode: authentication off, asked for explicitly
    (without an app id and without LOTSE_TEAMS_AUTH=off the endpoint is not served)."""
    tmp = tmp_path_factory.mktemp("lotse-plain")
    # No read cache: what `lotse admin` changes from another process counts at once (the
    # cache's expiry is tested with a test clock in test_store_cache.py, not by waiting).
    server = await start_server(
        [sys.executable, "-m", "lotse", "serve"],
        tmp,
        LOTSE_TEAMS_AUTH="off",
        LOTSE_CACHE_SECONDS="0",
    )
    try:
        yield server
    finally:
        stop_server(server)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def auth_server(
    tmp_path_factory: pytest.TempPathFactory, fake_ms: FakeMicrosoft
) -> AsyncIterator[LotseServer]:
    """Lotse with an app id: tokens checked against the fake's published key; replies go
    unauthenticated through the test seam to the fake connector (on the service URL
    allowlist); one allowed tenant; a slow streaming skill; 0.8 s inline window."""
    tmp = tmp_path_factory.mktemp("lotse-auth")
    server = await start_server(
        [sys.executable, str(NODE_DIR / "server.py")],
        tmp,
        MicrosoftAppId=APP_ID,
        MicrosoftAppPassword="not-used-by-the-test-seam",
        LOTSE_TEAMS_OPENID_METADATA_URL=f"{fake_ms.url}openid",
        LOTSE_TEAMS_INLINE_SECONDS="0.8",
        LOTSE_TEAMS_ALLOWED_SERVICE_URLS=fake_ms.url,
        LOTSE_TEAMS_ALLOWED_TENANTS=TENANT,
    )
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture
def conversation() -> str:
    return f"conv-{uuid.uuid4().hex[:10]}"
