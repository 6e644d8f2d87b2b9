"""Several ``lotse serve`` instances on one PostgreSQL database, as real processes behind the
fake Bot Connector: one turn at a time per conversation across instances, a Teams activity
answered once when the instance holding it is killed, admin changes reaching the other
instance at once, and the start refusals (a different identity key; SQLite shared)."""

from __future__ import annotations

import asyncio
import itertools
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from instances_fixtures import readiness, shared_database
from teams_fixtures import (
    APP_ID,
    NODE_DIR,
    TENANT,
    FakeMicrosoft,
    LotseServer,
    Sent,
    activity,
    fake_ms,
    free_port,
    server_env,
    start_server,
    stop_server,
)

__all__ = ["fake_ms", "shared_database"]

CHIEF = "aad-chef"  # in LOTSE_ADMINS
FINAL = "Erstens zweitens drittens."


async def start_instance(
    tmp: Path, fake: FakeMicrosoft, database_url: str, **extra: str
) -> LotseServer:
    """The Teams test server (with the slow skill) on the shared database."""
    return await start_server(
        [sys.executable, str(NODE_DIR / "server.py")],
        tmp,
        MicrosoftAppId=APP_ID,
        MicrosoftAppPassword="not-used-by-the-test-seam",
        LOTSE_TEAMS_OPENID_METADATA_URL=f"{fake.url}openid",
        LOTSE_TEAMS_INLINE_SECONDS="0.8",
        LOTSE_TEAMS_ALLOWED_SERVICE_URLS=fake.url,
        LOTSE_TEAMS_ALLOWED_TENANTS=TENANT,
        LOTSE_DATABASE_URL=database_url,
        LOTSE_ADMINS=CHIEF,
        # Short heartbeats keep the test quick; a long cache lifetime shows that admin
        # changes arrive by announcement, not by expiry.
        LOTSE_INSTANCE_HEARTBEAT_SECONDS="0.5",
        LOTSE_INSTANCE_STALE_SECONDS="3",
        LOTSE_CACHE_SECONDS="300",
        TEAMS_TEST_SLOW_SECONDS="3",
        **extra,
    )


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def pair(
    tmp_path_factory: pytest.TempPathFactory, fake_ms: FakeMicrosoft, shared_database: str
) -> AsyncIterator[tuple[LotseServer, LotseServer]]:
    """Two instances, each with its own data directory, on one database."""
    first = await start_instance(tmp_path_factory.mktemp("first"), fake_ms, shared_database)
    try:
        second = await start_instance(tmp_path_factory.mktemp("second"), fake_ms, shared_database)
        try:
            yield first, second
        finally:
            stop_server(second)
    finally:
        stop_server(first)


def finals(sent: list[Sent], activity_id: str) -> list[Sent]:
    return [
        s
        for s in sent
        if s.type == "message" and s.reply_to == activity_id and FINAL in s.body.get("text", "")
    ]


def replies(sent: Sent, body: dict[str, Any]) -> bool:
    return sent.type == "message" and sent.reply_to == body["id"]


async def post(server: LotseServer, fake: FakeMicrosoft, body: dict[str, Any]) -> int:
    status, _ = await server.post(body, token=fake.token())
    return status


async def acknowledged(server: LotseServer, fake: FakeMicrosoft) -> tuple[str, str]:
    """A new counsellor in a new personal chat who accepted the AI guideline there."""
    user, conversation = f"aad-{uuid.uuid4().hex[:8]}", f"a:{uuid.uuid4().hex[:10]}"
    first = activity(fake.url, text="langsam", user=user, conversation_id=conversation)
    await post(server, fake, first)
    await fake.wait_for(conversation, lambda s: any("KI-Leitlinie" in str(x.body) for x in s))
    accept = activity(fake.url, text="ja", user=user, conversation_id=conversation)
    await post(server, fake, accept)
    await fake.wait_for(conversation, lambda s: bool(finals(s, accept["id"])), seconds=30)
    return user, conversation


async def test_both_instances_are_ready_with_their_own_ids(
    pair: tuple[LotseServer, LotseServer],
) -> None:
    states = [await readiness(server.url) for server in pair]
    assert all(state["status"] == "ready" for state in states)
    assert states[0]["instance"] != states[1]["instance"]


async def test_two_messages_of_one_counsellor_to_two_instances_run_one_after_the_other(
    pair: tuple[LotseServer, LotseServer], fake_ms: FakeMicrosoft
) -> None:
    first, second = pair
    await acknowledged(second, fake_ms)  # warm: a first turn loads what turns need
    user, conversation = await acknowledged(first, fake_ms)
    one = activity(fake_ms.url, text="langsam", user=user, conversation_id=conversation)
    two = activity(fake_ms.url, text="langsam", user=user, conversation_id=conversation)
    earlier = len(fake_ms.to(conversation))  # the acknowledgement's turn
    await asyncio.gather(post(first, fake_ms, one), post(second, fake_ms, two))
    sent = await fake_ms.wait_for(
        conversation,
        lambda s: bool(finals(s, one["id"]) and finals(s, two["id"])),
        seconds=40,
    )
    # What each turn's skill produced (streamed parts, then its answer), in arrival order:
    # one block per turn, never interleaved. Streamed parts name their stream, whose first
    # activity replied to the turn's message. (Typing indicators and the "working on it"
    # notes come from the adapter, before the turn waits for the conversation.)
    ids = (one["id"], two["id"])
    owner = {s.id: s.reply_to for s in sent if s.reply_to in ids}

    def turn_of(s: Sent) -> str | None:
        streams = [e.get("streamId") for e in s.body.get("entities") or ()]
        return s.reply_to if s.reply_to in ids else next(map(owner.get, streams), None)

    turns = [turn_of(s) for s in sent[earlier:] if "Erstens" in str(s.body.get("text"))]
    assert None not in turns
    assert len(turns) > 2  # streamed parts were seen, not only the two answers
    switches = sum(1 for a, b in itertools.pairwise(turns) if a != b)
    assert switches == 1, turns


async def test_an_admin_change_on_one_instance_applies_on_the_other_at_once(
    pair: tuple[LotseServer, LotseServer], fake_ms: FakeMicrosoft
) -> None:
    first, second = pair
    user, chat = await acknowledged(second, fake_ms)

    async def ask() -> str:
        body = activity(fake_ms.url, text="beruf Tischler", user=user, conversation_id=chat)
        await post(second, fake_ms, body)
        sent = await fake_ms.wait_for(chat, lambda s: any(replies(x, body) for x in s))
        return " ".join(str(s.body.get("text", "")) for s in sent if s.reply_to == body["id"])

    assert "nicht freigeschaltet" not in await ask()  # the second instance caches "on"
    chief_chat = f"a:{uuid.uuid4().hex[:10]}"
    switch = activity(
        fake_ms.url, text='admin aus beruf "Allgemein"', user=CHIEF, conversation_id=chief_chat
    )
    await post(first, fake_ms, switch)
    await fake_ms.wait_for(chief_chat, lambda s: any(replies(x, switch) for x in s))
    changed = time.monotonic()
    try:
        deadline = changed + 30  # far beyond the promise; the cache alone would need 300 s
        while "nicht freigeschaltet" not in await ask():
            assert time.monotonic() < deadline, "the change never reached the other instance"
        print(
            f"admin change applied by the other instance after {time.monotonic() - changed:.2f} s"
        )
    finally:
        back = activity(
            fake_ms.url, text='admin an beruf "Allgemein"', user=CHIEF, conversation_id=chief_chat
        )
        await post(first, fake_ms, back)
        await fake_ms.wait_for(chief_chat, lambda s: any(x.reply_to == back["id"] for x in s))


async def test_a_turn_of_a_killed_instance_is_answered_once_by_the_other_on_redelivery(
    pair: tuple[LotseServer, LotseServer],
    fake_ms: FakeMicrosoft,
    shared_database: str,
    tmp_path: Path,
) -> None:
    _, survivor = pair
    doomed = await start_instance(tmp_path, fake_ms, shared_database)
    try:
        user, conversation = await acknowledged(survivor, fake_ms)
        message = activity(fake_ms.url, text="langsam", user=user, conversation_id=conversation)
        await post(doomed, fake_ms, message)
        # The doomed instance has the turn in flight (it acknowledged, the answer is pending).
        await fake_ms.wait_for(conversation, lambda s: any(x.reply_to == message["id"] for x in s))
        assert not finals(fake_ms.to(conversation), message["id"])
        doomed.process.send_signal(signal.SIGKILL)
        doomed.process.wait()
        # The Bot Framework redelivers; the survivor ignores the redelivery while the dead
        # instance's heartbeat is fresh, and answers it once the heartbeat is stale.
        deadline = time.monotonic() + 40
        while not finals(fake_ms.to(conversation), message["id"]):
            assert time.monotonic() < deadline, survivor.log()[-3000:]
            assert await post(survivor, fake_ms, message) in (200, 201)
            await asyncio.sleep(0.5)
        # Later redeliveries are ignored: the answer was delivered.
        assert await post(survivor, fake_ms, message) in (200, 201)
        sentinel = activity(fake_ms.url, text="hilfe", user=user, conversation_id=conversation)
        await post(survivor, fake_ms, sentinel)
        await fake_ms.wait_for(
            conversation, lambda s: any(x.reply_to == sentinel["id"] for x in s)
        )
        await fake_ms.wait_for(conversation, lambda s: len(finals(s, message["id"])) >= 1)
        assert len(finals(fake_ms.to(conversation), message["id"])) == 1
    finally:
        if doomed.process.poll() is None:
            stop_server(doomed)


def run_refused(tmp: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``lotse serve`` expected to refuse to start."""
    return subprocess.run(
        [sys.executable, "-m", "lotse", "serve"],
        cwd=tmp,
        env=server_env(tmp, free_port(), LOTSE_TEAMS_AUTH="off", **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


async def test_an_instance_with_another_identity_key_is_refused(
    pair: tuple[LotseServer, LotseServer], shared_database: str, tmp_path: Path
) -> None:
    del pair  # the database was started with the pair's key
    result = await asyncio.to_thread(
        run_refused, tmp_path, LOTSE_DATABASE_URL=shared_database, LOTSE_SECRET_KEY="another"
    )
    assert result.returncode != 0
    assert "LOTSE_SECRET_KEY is not the key this database was started with" in result.stderr


async def test_a_second_server_on_one_sqlite_database_is_refused(tmp_path: Path) -> None:
    first = await start_server(
        [sys.executable, "-m", "lotse", "serve"], tmp_path, LOTSE_TEAMS_AUTH="off"
    )
    try:
        result = await asyncio.to_thread(run_refused, tmp_path)
        assert result.returncode != 0
        assert "another `lotse serve` is already running on the SQLite database" in result.stderr
        assert (await readiness(first.url))["status"] == "ready"  # the first one runs on
    finally:
        stop_server(first)
