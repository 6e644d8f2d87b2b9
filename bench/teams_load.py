"""Teams endpoint load: closed-loop ``hilfe`` messages from many users against ``lotse serve``
and, side by side, a bare botbuilder echo bot; replies go to a local fake Bot Connector.

Reports throughput and p50/p95 latency at concurrency 1 and 16 on SQLite and PostgreSQL
(skipped when LOTSE_TEST_POSTGRES_URL / the default test server is unreachable), a burst of
1,000 activities with 10 % redelivered duplicates (exactly one reply per distinct activity),
and the idle resident memory of ``lotse serve``.

    .venv/bin/python bench/teams_load.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import asyncpg
import psutil
from aiohttp import web

HERE = Path(__file__).resolve().parent
POSTGRES = os.environ.get("LOTSE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Connector:
    """Counts replies per activity the bot answered (``replyToId``)."""

    def __init__(self) -> None:
        self.replies: Counter[str] = Counter()
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities/{reply_to}", self._reply)
        app.router.add_post("/v3/conversations/{cid}/activities", self._reply)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}/"

    async def _reply(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body.get("type") == "message":
            self.replies[request.match_info.get("reply_to", "")] += 1
        return web.json_response({"id": uuid.uuid4().hex})

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()


def activity(service_url: str, user: int, activity_id: str | None = None) -> bytes:
    body = {
        "type": "message",
        "id": activity_id or uuid.uuid4().hex,
        "channelId": "msteams",
        "serviceUrl": service_url,
        "text": "hilfe",
        "locale": "de-DE",
        "from": {"id": f"29:user-{user}", "aadObjectId": f"user-{user}", "name": "Bench"},
        "recipient": {"id": "28:bot", "name": "Lotse"},
        "conversation": {"id": f"a:conv-{user}", "conversationType": "personal"},
        "channelData": {"tenant": {"id": "bench-tenant"}},
    }
    return json.dumps(body).encode()


@asynccontextmanager
async def process(command: Sequence[str], env: dict[str, str], url: str) -> AsyncIterator[int]:
    proc = subprocess.Popen(  # noqa: ASYNC220  (started once per run)
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(600):
                try:
                    async with session.post(url, data=b"{}") as response:
                        if response.status in (400, 401, 415, 500):
                            break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
            else:
                raise RuntimeError(f"{command} did not start")
        yield proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=15)


async def closed_loop(
    url: str, connector: Connector, concurrency: int, seconds: float
) -> tuple[float, float, float]:
    """Each worker sends the next message as soon as the previous one was answered."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    headers = {"Content-Type": "application/json"}

    async def worker(index: int) -> None:
        async with aiohttp.ClientSession() as session:
            n = 0
            while time.perf_counter() < deadline:
                n += 1
                data = activity(connector.url, user=index * 100_000 + n % 200)
                started = time.perf_counter()
                async with session.post(url, data=data, headers=headers) as response:
                    await response.read()
                    assert response.status in (200, 201), response.status
                latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    took = time.perf_counter() - began
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)]
    return len(latencies) / took, statistics.median(latencies) * 1000, p95 * 1000


async def burst(url: str, connector: Connector) -> tuple[int, int, int]:
    """1,000 distinct activities plus 100 redeliveries of some of them, 32 at a time."""
    ids = [uuid.uuid4().hex for _ in range(1000)]
    sends = [(i, activity_id) for i, activity_id in enumerate(ids)]
    sends += [(ids.index(a), a) for a in random.sample(ids, 100)]
    random.shuffle(sends)
    before = sum(connector.replies[a] for a in ids)
    gate = asyncio.Semaphore(32)
    headers = {"Content-Type": "application/json"}
    async with aiohttp.ClientSession() as session:

        async def send(user: int, activity_id: str) -> None:
            async with (
                gate,
                session.post(
                    url, data=activity(connector.url, 900_000 + user, activity_id), headers=headers
                ) as response,
            ):
                await response.read()

        await asyncio.gather(*(send(u, a) for u, a in sends))
    await asyncio.sleep(1)
    answered = [connector.replies[a] for a in ids]
    return len(sends), sum(answered) - before, sum(1 for n in answered if n != 1)


@asynccontextmanager
async def postgres_database() -> AsyncIterator[str | None]:
    name = f"lotse_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = await asyncpg.connect(POSTGRES.replace("+asyncpg", ""), timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        yield None
        return
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        base = POSTGRES.replace("postgresql://", "postgresql+asyncpg://", 1).rsplit("/", 1)[0]
        yield f"{base}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def run(seconds: float) -> None:
    connector = Connector()
    await connector.start()
    rows: list[str] = []
    try:
        echo_port = free_port()
        echo_url = f"http://127.0.0.1:{echo_port}/api/messages"
        echo_cmd = [sys.executable, str(HERE / "teams_echo_bot.py"), str(echo_port)]
        async with postgres_database() as pg_url:
            backends = [("SQLite", None)] + ([("PostgreSQL", pg_url)] if pg_url else [])
            for backend, database_url in backends:
                with tempfile.TemporaryDirectory() as data:
                    port = free_port()
                    env = {
                        **{k: v for k, v in os.environ.items() if not k.startswith("Microsoft")},
                        "LOTSE_DATA_DIR": data,
                        "LOTSE_PORT": str(port),
                        "LOTSE_SECRET_KEY": "bench",
                        "LOTSE_LOG_LEVEL": "WARNING",
                        "LOTSE_TEAMS_APP_ID": "",
                    }
                    if database_url:
                        env["LOTSE_DATABASE_URL"] = database_url
                    url = f"http://127.0.0.1:{port}/api/messages"
                    lotse = [sys.executable, "-m", "lotse", "serve"]
                    async with process(lotse, env, url) as pid:
                        await asyncio.sleep(2)
                        if backend == "SQLite":
                            rss = psutil.Process(pid).memory_info().rss / 2**20
                            rows.append(f"idle RSS of lotse serve: {rss:.0f} MB (target ≤ 200 MB)")
                        for concurrency in (1, 16):
                            async with process(echo_cmd, dict(os.environ), echo_url):
                                e = await closed_loop(echo_url, connector, concurrency, seconds)
                            lo = await closed_loop(url, connector, concurrency, seconds)
                            rows.append(
                                f"{backend:<10} c={concurrency:<2} lotse {lo[0]:7.0f}/s "
                                f"p50 {lo[1]:6.1f} ms p95 {lo[2]:6.1f} ms | echo {e[0]:7.0f}/s "
                                f"p50 {e[1]:6.1f} ms p95 {e[2]:6.1f} ms | ratio {lo[0] / e[0]:.2f}"
                                f" Δp50 {lo[1] - e[1]:+.1f} ms"
                            )
                            print(rows[-1], flush=True)
                        sent, replies, wrong = await burst(url, connector)
                        rows.append(
                            f"{backend:<10} burst: {sent} posts (1000 distinct + 100 redelivered)"
                            f" → {replies} replies, activities without exactly one reply: {wrong}"
                        )
                        print(rows[-1], flush=True)
    finally:
        await connector.stop()
    print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0, help="per closed-loop run")
    asyncio.run(run(parser.parse_args().seconds))


if __name__ == "__main__":
    main()
