"""Safe defaults of the real ``lotse serve`` process: no Teams endpoint without an app id,
development mode only on loopback, lookalike variable names reported, replies only to
allowlisted service URLs, only Teams traffic, the tenant allowlist, and the request edges
(slow clients, unauthenticated bodies never read, deeply nested JSON)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import aiohttp
import pytest
import pytest_asyncio
from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    activity,
    free_port,
    server_env,
    start_server,
    stop_server,
)

SECRET = "value-that-must-never-be-logged"
LOTSE = [sys.executable, "-m", "lotse", "serve"]


def new_body(service_url: str, **extra: object) -> dict[str, object]:
    return activity(service_url, user=f"aad-{uuid.uuid4().hex[:8]}", **extra)  # type: ignore[arg-type]


async def later_message_answered(server: LotseServer, fake: FakeMicrosoft) -> None:
    """Post an allowed message and wait for its answer: requests refused before it have been
    dealt with by then, so anything they were to send would be there (no waiting on the
    clock to show that nothing comes)."""
    body = new_body(fake.url, text="hilfe")
    assert (await server.post(body, token=fake.token()))[0] == 201
    conversation = str(body["conversation"]["id"])  # type: ignore[index]
    await fake.wait_for(conversation, lambda sent: any(s.type == "message" for s in sent))


async def readiness(server: LotseServer) -> dict[str, object]:
    async with aiohttp.ClientSession() as session, session.get(f"{server.url}/readyz") as r:
        assert r.status == 200
        return dict(await r.json())


# -- no app id, development mode, variable names -------------------------------------------


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def no_app_id_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[LotseServer]:
    """``lotse serve`` as an admin might start it with the Bot Framework names mistyped."""
    server = await start_server(
        LOTSE,
        tmp_path_factory.mktemp("lotse-no-app-id"),
        MICROSOFT_APP_ID=SECRET,
        BOT_PASSWORD=SECRET,
        LOTSE_TEAMS_APPID=SECRET,
    )
    try:
        yield server
    finally:
        stop_server(server)


async def test_without_an_app_id_the_teams_endpoint_is_not_served(
    no_app_id_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = new_body(fake_ms.url)
    status, _ = await no_app_id_server.post(body)
    assert status == 404
    assert fake_ms.to(body["conversation"]["id"]) == []  # type: ignore[index]
    ready = await readiness(no_app_id_server)
    assert ready["status"] == "ready"  # health and other adapters still run …
    assert ready["adapters"] == {"teams": "off"}  # … but Teams is not claimed ready
    log = no_app_id_server.log()
    assert "Teams is off" in log
    assert "MicrosoftAppId" in log
    assert "LOTSE_TEAMS_AUTH=off" in log


def test_mistyped_names_are_reported_at_start_without_their_values(
    no_app_id_server: LotseServer,
) -> None:
    log = no_app_id_server.log()
    assert "MICROSOFT_APP_ID is not read by Lotse; the setting is MicrosoftAppId" in log
    assert "BOT_PASSWORD is not read by Lotse; the setting is MicrosoftAppPassword" in log
    assert "LOTSE_TEAMS_APPID is not a Lotse setting; did you mean LOTSE_TEAMS_APP_ID?" in log
    assert SECRET not in log


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])
def test_development_mode_on_a_public_address_stops_the_start(
    host: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("lotse-dev-public")
    env = server_env(tmp, free_port(), LOTSE_HOST=host, LOTSE_TEAMS_AUTH="off")
    try:
        done = subprocess.run(LOTSE, cwd=tmp, env=env, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("lotse serve kept running in development mode on a public address")
    output = (done.stdout + done.stderr).decode()
    assert done.returncode != 0
    assert "LOTSE_TEAMS_AUTH=off" in output
    assert f"LOTSE_HOST={host}" in output
    assert "Traceback" not in output


async def test_readiness_names_the_teams_mode(
    plain_server: LotseServer, auth_server: LotseServer
) -> None:
    assert (await readiness(plain_server))["adapters"] == {"teams": "development"}
    assert (await readiness(auth_server))["adapters"] == {"teams": "on"}


# -- where replies go, which traffic is served --------------------------------------------


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def elsewhere() -> AsyncIterator[FakeMicrosoft]:
    """A second Bot Connector look-alike that is on no allowlist (an attacker's URL)."""
    fake = FakeMicrosoft()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


async def test_reply_to_a_service_url_off_the_allowlist_is_refused_and_nothing_sent(
    auth_server: LotseServer, fake_ms: FakeMicrosoft, elsewhere: FakeMicrosoft
) -> None:
    # A valid token whose service URL claim matches the activity: only the allowlist stops it.
    body = new_body(elsewhere.url)
    status, _ = await auth_server.post(body, token=fake_ms.token(serviceurl=elsewhere.url))
    assert status == 403
    await later_message_answered(auth_server, fake_ms)
    assert elsewhere.sent == []
    assert fake_ms.to(body["conversation"]["id"]) == []  # type: ignore[index]


@pytest.mark.parametrize("url", ["http://192.0.2.10/", "https://attacker.example/bf/"])
async def test_development_mode_replies_only_to_loopback_and_the_bot_framework(
    url: str, plain_server: LotseServer
) -> None:
    started = time.monotonic()
    status, _ = await plain_server.post(new_body(url, text="hilfe"))
    assert status == 403
    assert time.monotonic() - started < 2  # refused, not tried


@pytest.mark.parametrize("channel", ["webchat", "directline", "emulator"])
async def test_only_teams_traffic_is_served(
    channel: str, auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    # Web Chat lets its client pick any user id, an admin's too: never served with auth on.
    body = new_body(fake_ms.url, channelId=channel)
    status, _ = await auth_server.post(body, token=fake_ms.token())
    assert status == 403
    await later_message_answered(auth_server, fake_ms)
    assert fake_ms.to(body["conversation"]["id"]) == []  # type: ignore[index]


async def test_activities_of_other_tenants_are_refused(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = new_body(fake_ms.url, channelData={"tenant": {"id": "tenant-elsewhere"}})
    body["conversation"]["tenantId"] = "tenant-elsewhere"  # type: ignore[index]
    status, _ = await auth_server.post(body, token=fake_ms.token())
    assert status == 403
    no_tenant = new_body(fake_ms.url, channelData={})
    del no_tenant["conversation"]["tenantId"]  # type: ignore[attr-defined]
    assert (await auth_server.post(no_tenant, token=fake_ms.token()))[0] == 403
    await later_message_answered(auth_server, fake_ms)  # the allowlisted tenant is answered
    for refused in (body, no_tenant):
        assert fake_ms.to(refused["conversation"]["id"]) == []  # type: ignore[index]


# -- request edges ------------------------------------------------------------------------


async def open_raw(server: LotseServer) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    parts = urlsplit(server.url)
    return await asyncio.open_connection(parts.hostname, parts.port)


def head(length: int, **headers: str) -> bytes:
    lines = [
        "POST /api/messages HTTP/1.1",
        "Host: lotse.test",
        "Content-Type: application/json",
        f"Content-Length: {length}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def status_of(reader: asyncio.StreamReader, seconds: float) -> int:
    line = await asyncio.wait_for(reader.readline(), seconds)
    return int(line.split()[1])


@pytest.mark.parametrize(
    ("length", "authorization"),
    [
        (200_000, None),  # below the size limit: only the missing token stops it
        (200_000, "Bearer not-a-jwt"),
        (200_000, "Basic dXNlcjpwYXNz"),
        (500_000_000, None),
    ],
)
async def test_unauthenticated_request_gets_401_before_its_body_is_read(
    length: int, authorization: str | None, auth_server: LotseServer
) -> None:
    reader, writer = await open_raw(auth_server)
    try:
        extra = {"Authorization": authorization} if authorization else {}
        writer.write(head(length, **extra) + b'{"type": "message", "text": "')
        await writer.drain()
        # The rest of the body never comes: an answer now proves it was not waited for.
        assert await status_of(reader, 3) == 401
    finally:
        writer.close()


async def test_deeply_nested_json_gets_400_without_a_traceback(plain_server: LotseServer) -> None:
    depth = 100_000  # 200 KB, within the size limit; far beyond Python's recursion limit
    raw = ('{"type": "message", "value": ' + "[" * depth + "]" * depth + "}").encode()
    status, text = await plain_server.post(raw)
    assert status == 400
    moderate = ('{"type": "message", "value": ' + '{"a": ' * 200 + "1" + "}" * 201).encode()
    assert (await plain_server.post(moderate))[0] == 400
    assert "Traceback" not in text
    log = plain_server.log()
    assert "Traceback" not in log
    assert "RecursionError" not in log


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def impatient_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[LotseServer]:
    """Development mode with one-second header and body timeouts."""
    server = await start_server(
        LOTSE,
        tmp_path_factory.mktemp("lotse-impatient"),
        LOTSE_TEAMS_AUTH="off",
        LOTSE_TEAMS_HEADER_TIMEOUT_SECONDS="1",
        LOTSE_TEAMS_BODY_TIMEOUT_SECONDS="1",
    )
    try:
        yield server
    finally:
        stop_server(server)


async def closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    with contextlib.suppress(ConnectionError):
        data = await asyncio.wait_for(reader.read(), seconds)
        return data == b"" or data.startswith(b"HTTP/1.1 4")
    return True


async def test_client_sending_headers_slowly_is_cut_off(impatient_server: LotseServer) -> None:
    reader, writer = await open_raw(impatient_server)
    started = time.monotonic()
    try:
        writer.write(b"POST /api/messages HTTP/1.1\r\nHost: lotse.test\r\n")

        async def dribble() -> None:
            with contextlib.suppress(ConnectionError):
                for _ in range(100):  # one header byte every 0.2 s, never finishing
                    writer.write(b"X")
                    await writer.drain()
                    await asyncio.sleep(0.2)

        dribbling = asyncio.create_task(dribble())
        try:
            assert await closed_within(reader, 8)
        finally:
            dribbling.cancel()
        assert time.monotonic() - started < 5
    finally:
        writer.close()


async def test_client_that_opens_a_connection_and_sends_nothing_is_cut_off(
    impatient_server: LotseServer,
) -> None:
    reader, writer = await open_raw(impatient_server)
    started = time.monotonic()
    try:
        assert await closed_within(reader, 8)
        assert time.monotonic() - started < 5
    finally:
        writer.close()


async def test_client_sending_the_body_slowly_gets_408(impatient_server: LotseServer) -> None:
    body = json.dumps(new_body("http://127.0.0.1:9/", text="hilfe")).encode()
    reader, writer = await open_raw(impatient_server)
    started = time.monotonic()
    try:
        writer.write(head(len(body)))

        async def dribble() -> None:
            with contextlib.suppress(ConnectionError):
                for byte in body:
                    writer.write(bytes([byte]))
                    await writer.drain()
                    await asyncio.sleep(0.2)

        dribbling = asyncio.create_task(dribble())
        try:
            assert await status_of(reader, 8) == 408
        finally:
            dribbling.cancel()
        assert time.monotonic() - started < 5
    finally:
        writer.close()


async def test_prompt_clients_are_served_with_the_short_timeouts(
    impatient_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = new_body(fake_ms.url, text="hilfe")
    status, _ = await impatient_server.post(body)
    assert status == 201
    assert len(fake_ms.messages_to(body["conversation"]["id"])) == 1  # type: ignore[index]
