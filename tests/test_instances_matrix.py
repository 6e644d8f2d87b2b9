"""Two ``lotse serve`` instances on one PostgreSQL database and one Matrix bot account, as real
processes against the real Synapse: only the leader syncs; when it is killed during a burst,
or stopped (SIGTERM) during one, the other takes over and every message is answered exactly
once."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from instances_fixtures import readiness, shared_database
from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_user_fixture,
    counsellor_fixture,
    synapse_fixture,
    synapse_server_fixture,
)
from teams_fixtures import NODE_DIR, LotseServer, start_server, stop_server

__all__ = [
    "bot_user_fixture",
    "counsellor_fixture",
    "shared_database",
    "synapse_fixture",
    "synapse_server_fixture",
]

FINAL = "Erstens zweitens drittens."


async def start_instance(
    tmp: Path, synapse: Synapse, bot: User, store: Path, database_url: str
) -> LotseServer:
    """The test server (with the slow skill) leading or standing by for the bot account;
    every instance uses the same Matrix store directory (device keys and sync token)."""
    await asyncio.to_thread(tmp.mkdir, parents=True, exist_ok=True)
    return await start_server(
        [sys.executable, str(NODE_DIR / "server.py")],
        tmp,
        LOTSE_DATABASE_URL=database_url,
        LOTSE_TEAMS_AUTH="off",
        LOTSE_MATRIX_HOMESERVER=synapse.url,
        LOTSE_MATRIX_USER_ID=bot.user_id,
        LOTSE_MATRIX_PASSWORD=bot.password,
        LOTSE_MATRIX_STORE_PATH=str(store),
        LOTSE_MATRIX_STORE_PASSPHRASE="test passphrase",
        LOTSE_MATRIX_SYNC_TIMEOUT_MS="1000",
        LOTSE_MATRIX_STREAM_EDIT_INTERVAL_MS="200",
        LOTSE_INSTANCE_HEARTBEAT_SECONDS="0.5",
        LOTSE_INSTANCE_STALE_SECONDS="3",
        TEAMS_TEST_SLOW_SECONDS="1.5",
    )


async def role(server: LotseServer) -> str:
    return str((await readiness(server.url))["adapters"]["matrix"])


async def leader_of(servers: list[LotseServer], within: float = 30) -> LotseServer:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        for server in servers:
            if server.process.poll() is None and await role(server) == "leader":
                return server
        await asyncio.sleep(0.2)
    raise AssertionError("no instance took the Matrix leadership")


@dataclass(frozen=True)
class Burst:
    leader: LotseServer
    standby: LotseServer
    room: str
    event_ids: list[str]


@asynccontextmanager
async def burst_on_two_instances(
    synapse: Synapse, counsellor: Counsellor, bot: User, database_url: str, tmp: Path
) -> AsyncIterator[Burst]:
    """Two instances for one bot account, an acknowledged encrypted DM, and a burst of slow
    requests of which the leader is answering the first; every server is stopped afterwards."""
    store = tmp / "matrix-store"
    servers = [
        await start_instance(tmp / name, synapse, bot, store, database_url)
        for name in ("one", "two")
    ]
    try:
        leader = await leader_of(servers)
        (standby,) = [server for server in servers if server is not leader]
        assert await role(standby) == "standby"

        room = await counsellor.create_room([bot.user_id], encrypted=True)
        await counsellor.wait_member(room, bot.user_id, within=60)
        await counsellor.ask(room, "langsam")  # the AI guideline
        await counsellor.reply_to(await counsellor.say(room, "ja"), within=60)

        burst = [await counsellor.say(room, f"langsam {n}") for n in range(5)]
        await counsellor.reply_to(burst[0], within=60)  # the leader is in the burst
        yield Burst(leader, standby, room, burst)
    finally:
        for server in servers:
            if server.process.poll() is None:
                stop_server(server)


async def assert_the_standby_answered_the_rest_once(counsellor: Counsellor, burst: Burst) -> None:
    for event_id in burst.event_ids:
        await counsellor.reply_to(event_id, within=90)
    assert await role(burst.standby) == "leader"
    # Nothing is answered twice, also not later: a last message is answered after all.
    await counsellor.reply_to(await counsellor.say(burst.room, "hilfe"), within=60)
    answers = [len(counsellor.replies_to(event_id)) for event_id in burst.event_ids]
    assert answers == [1] * len(burst.event_ids)


@pytest.mark.timeout(240)
async def test_the_other_instance_takes_over_a_killed_leader_and_answers_each_message_once(
    synapse: Synapse,
    counsellor: Counsellor,
    bot_user: User,
    shared_database: str,
    tmp_path: Path,
) -> None:
    async with burst_on_two_instances(
        synapse, counsellor, bot_user, shared_database, tmp_path
    ) as burst:
        burst.leader.process.send_signal(signal.SIGKILL)
        burst.leader.process.wait()

        await assert_the_standby_answered_the_rest_once(counsellor, burst)
        assert "matrix sync started on this instance" in burst.standby.log()


@pytest.mark.timeout(240)
async def test_a_leader_stopped_during_a_burst_delivers_its_turns_and_hands_over(
    synapse: Synapse,
    counsellor: Counsellor,
    bot_user: User,
    shared_database: str,
    tmp_path: Path,
) -> None:
    async with burst_on_two_instances(
        synapse, counsellor, bot_user, shared_database, tmp_path
    ) as burst:
        burst.leader.process.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(burst.leader.process.wait, 60) == 0
        assert "grace period over" not in burst.leader.log()

        await assert_the_standby_answered_the_rest_once(counsellor, burst)
