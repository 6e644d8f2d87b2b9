"""Graceful stops of real ``lotse serve`` processes behind the fake Bot Connector: SIGTERM
during a turn (``/readyz`` 503 at once, new requests refused, the reply delivered, exit 0),
and a rolling restart of two instances on one PostgreSQL database under steady load (no
message lost, none answered twice)."""

from __future__ import annotations

import asyncio
import itertools
import signal
import time
import uuid
from pathlib import Path

import aiohttp
import pytest
from ops_fixtures import acknowledged, finals, post, start_teams
from teams_fixtures import FakeMicrosoft, LotseServer, Sent, activity, stop_server

# A restarted instance's turns never outlive this; the test asserts the exit code, not time.
EXIT_SECONDS = 60


async def readyz(server: LotseServer) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{server.url}/readyz") as response,
    ):
        return response.status, str((await response.json())["status"])


async def exit_code(server: LotseServer) -> int:
    return await asyncio.to_thread(server.process.wait, EXIT_SECONDS)


async def test_sigterm_during_a_turn_delivers_the_reply_and_exits_0(
    tmp_path: Path, fake_ms: FakeMicrosoft
) -> None:
    server = await start_teams(tmp_path, fake_ms, TEAMS_TEST_SLOW_SECONDS="4")
    try:
        user, conversation = await acknowledged(server, fake_ms)
        slow = activity(fake_ms.url, text="langsam", user=user, conversation_id=conversation)
        await post(server, fake_ms, slow)
        # The turn is in flight: the request was answered, the skill's answer is pending.
        await fake_ms.wait_for(conversation, lambda s: any(x.reply_to == slow["id"] for x in s))
        assert not finals(fake_ms.to(conversation), slow["id"])
        server.process.send_signal(signal.SIGTERM)
        # Draining: the proxy sees it at once; new work goes elsewhere.
        deadline = time.monotonic() + 10
        while (state := await readyz(server)) == (200, "ready"):
            assert time.monotonic() < deadline
        assert state == (503, "draining")
        late = activity(fake_ms.url, text="hilfe", user=user, conversation_id=conversation)
        assert await post(server, fake_ms, late) == 503
        assert await exit_code(server) == 0
        assert len(finals(fake_ms.to(conversation), slow["id"])) == 1
        assert not any(x.reply_to == late["id"] for x in fake_ms.to(conversation))
        assert "grace period over" not in server.log()
    finally:
        if server.process.poll() is None:
            stop_server(server)


class Proxy:
    """What the reverse proxy does for the test: round robin over the instances up now, and
    a request an instance refuses (503, draining) or cannot take (connection refused) is
    tried on the next one."""

    def __init__(self, servers: list[LotseServer], fake: FakeMicrosoft) -> None:
        self.servers = servers
        self._fake = fake
        self._turn = itertools.count()

    async def send(self, body: dict[str, object]) -> None:
        for _ in range(200):  # bounded: a message that finds no instance fails the test
            server = self.servers[next(self._turn) % len(self.servers)]
            try:
                if await post(server, self._fake, body) in (200, 201):
                    return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
        raise AssertionError("no instance took the message")


@pytest.mark.timeout(300)
async def test_a_rolling_restart_under_load_loses_and_repeats_nothing(
    tmp_path: Path, fake_ms: FakeMicrosoft, shared_database: str
) -> None:
    async def start(name: str) -> LotseServer:
        folder = tmp_path / f"{name}-{uuid.uuid4().hex[:4]}"
        folder.mkdir()
        return await start_teams(
            folder, fake_ms, LOTSE_DATABASE_URL=shared_database, TEAMS_TEST_SLOW_SECONDS="1"
        )

    servers = [await start("a"), await start("b")]
    proxy = Proxy(servers, fake_ms)
    sent: list[tuple[str, str]] = []  # (conversation, activity id)
    try:
        counsellors = [await acknowledged(servers[i % 2], fake_ms) for i in range(4)]
        restarted = asyncio.Event()

        async def counsellor(user: str, conversation: str) -> None:
            # Steady load, bounded: a message a second until both restarts are done (each
            # turn takes about that long, so turns are in flight at every moment).
            for _ in range(120):
                if restarted.is_set():
                    return
                body = activity(
                    fake_ms.url, text="langsam", user=user, conversation_id=conversation
                )
                sent.append((conversation, body["id"]))
                await proxy.send(body)
                await asyncio.sleep(1.0)

        load = [asyncio.create_task(counsellor(*c)) for c in counsellors]
        exits = []
        for index, name in ((0, "a2"), (1, "b2")):
            await asyncio.sleep(2)  # turns are in flight on both instances
            old = servers[index]
            old.process.send_signal(signal.SIGTERM)
            exits.append(await exit_code(old))
            servers[index] = await start(name)
        restarted.set()
        await asyncio.gather(*load)
        assert exits == [0, 0]
        assert len(sent) > 8
        for conversation, activity_id in sent:

            def answered_once(seen: list[Sent], wanted: str = activity_id) -> bool:
                return bool(finals(seen, wanted))

            await fake_ms.wait_for(conversation, answered_once, seconds=60)
        await asyncio.sleep(1)  # a duplicate would arrive now
        answered = [len(finals(fake_ms.to(c), a)) for c, a in sent]
        assert answered == [1] * len(sent)
        print(f"rolling restart: {len(sent)} messages, each answered once")
    finally:
        for server in servers:
            if server.process.poll() is None:
                stop_server(server)
