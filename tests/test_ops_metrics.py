"""``GET /metrics`` and JSON log lines of a real ``lotse serve`` behind the fake Bot Connector:
the Prometheus text parsed with ``prometheus_client``'s own parser, its counters matching
what was sent; metrics never served without the token; one JSON object per log line with the
instance and the turn's correlation id, never the message."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from ops_fixtures import acknowledged, finals, post, start_teams
from prometheus_client.parser import text_string_to_metric_families
from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    activity,
    free_port,
    server_env,
    stop_server,
)

TOKEN = "metrics-test-token"
SECRET_WORDS = "Vertraulich-Zebra-4711"  # written by a counsellor; must reach no log


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def metered(
    tmp_path_factory: pytest.TempPathFactory, fake_ms: FakeMicrosoft
) -> AsyncIterator[tuple[LotseServer, int]]:
    """A server with a metrics token and a separate metrics port, logging JSON."""
    metrics_port = free_port()
    server = await start_teams(
        tmp_path_factory.mktemp("metered"),
        fake_ms,
        LOTSE_METRICS_TOKEN=TOKEN,
        LOTSE_METRICS_PORT=str(metrics_port),
        LOTSE_LOG_FORMAT="json",
    )
    try:
        yield server, metrics_port
    finally:
        stop_server(server)


async def scrape(url: str, token: str | None = None) -> tuple[int, str]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{url}/metrics", headers=headers) as response,
    ):
        return response.status, await response.text()


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def total(
    values: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    wanted = set(labels.items())
    return sum(v for (n, found), v in values.items() if n == name and wanted <= found)


async def test_metrics_count_what_was_sent(
    metered: tuple[LotseServer, int], fake_ms: FakeMicrosoft
) -> None:
    server, metrics_port = metered
    status, before_text = await scrape(server.url, TOKEN)
    assert status == 200
    before = samples(before_text)
    user, conversation = await acknowledged(server, fake_ms)  # two turns
    slow = activity(fake_ms.url, text="langsam", user=user, conversation_id=conversation)
    broken = activity(fake_ms.url, text="kaputt", user=user, conversation_id=conversation)
    await post(server, fake_ms, slow)
    await fake_ms.wait_for(conversation, lambda s: bool(finals(s, slow["id"])), seconds=30)
    await post(server, fake_ms, broken)
    await fake_ms.wait_for(conversation, lambda s: any(x.reply_to == broken["id"] for x in s))
    await asyncio.sleep(0)
    status, text = await scrape(server.url, TOKEN)
    assert status == 200
    after = samples(text)

    def sent(name: str, **labels: str) -> float:
        return total(after, name, **labels) - total(before, name, **labels)

    assert sent("lotse_requests_total", platform="teams") == 4
    assert sent("lotse_requests_total", platform="teams", skill="langsam", outcome="ok") == 1
    assert sent("lotse_requests_total", platform="teams", skill="kaputt", outcome="error") == 1
    assert sent("lotse_answer_seconds_count", platform="teams") == 4
    # The slow turn took its time: it is not in the fastest buckets.
    assert sent("lotse_answer_seconds_bucket", platform="teams", le="0.5") <= 3
    assert total(after, "lotse_event_claims_outstanding") == 0
    assert total(after, "lotse_turns_in_flight") == 0
    assert ("lotse_db_connections_in_use", frozenset()) in after
    assert total(after, "lotse_matrix_leader") == 0  # no Matrix configured
    assert total(after, "lotse_model_calls_total") == 0  # offline: no model was called
    # Off the public path: the separate listener serves the same figures.
    status, separate = await scrape(f"http://127.0.0.1:{metrics_port}", TOKEN)
    assert status == 200
    assert total(samples(separate), "lotse_requests_total", platform="teams") >= 4


async def test_metrics_need_the_token(metered: tuple[LotseServer, int]) -> None:
    server, metrics_port = metered
    assert (await scrape(server.url))[0] == 401
    assert (await scrape(server.url, "wrong"))[0] == 401
    assert (await scrape(f"http://127.0.0.1:{metrics_port}"))[0] == 401


async def test_without_a_token_metrics_are_not_on_the_main_port(
    tmp_path: Path, fake_ms: FakeMicrosoft
) -> None:
    server = await start_teams(tmp_path, fake_ms)
    try:
        assert (await scrape(server.url))[0] == 404
    finally:
        stop_server(server)


def test_metrics_beyond_loopback_without_a_token_are_refused_at_start(tmp_path: Path) -> None:
    env = server_env(
        tmp_path,
        free_port(),
        LOTSE_TEAMS_AUTH="off",
        LOTSE_METRICS_PORT=str(free_port()),
        LOTSE_METRICS_HOST="0.0.0.0",
    )
    result = subprocess.run(
        [sys.executable, "-m", "lotse", "serve"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "LOTSE_METRICS_HOST=0.0.0.0 would serve /metrics beyond this host" in result.stderr


async def test_json_log_lines_carry_instance_and_correlation_never_content(
    metered: tuple[LotseServer, int], fake_ms: FakeMicrosoft
) -> None:
    server, _ = metered
    user, conversation = f"aad-{uuid.uuid4().hex[:8]}", f"a:{uuid.uuid4().hex[:10]}"
    body = activity(fake_ms.url, text=SECRET_WORDS, user=user, conversation_id=conversation)
    await post(server, fake_ms, body)
    await fake_ms.wait_for(conversation, lambda s: any(x.reply_to == body["id"] for x in s))
    instance = (await _ready(server.url))["instance"]
    lines = [line for line in server.log().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    turns = [r for r in records if r["message"] == "turn handled"]
    assert turns
    assert all(r["instance"] == instance for r in turns)
    assert all(r.get("correlation_id") and r.get("outcome") for r in turns)
    assert SECRET_WORDS not in server.log()


async def _ready(url: str) -> dict[str, object]:
    async with aiohttp.ClientSession() as session, session.get(f"{url}/readyz") as response:
        return dict(await response.json())
