"""Teams endpoint load: closed-loop ``hilfe`` messages from many users against ``lotse serve``
and, side by side, a bare botbuilder echo bot; replies go to a local fake Bot Connector.

Reports throughput and p50/p95 latency at concurrency 1 and 16 on SQLite and PostgreSQL
(skipped when LOTSE_TEST_POSTGRES_URL / the default test server is unreachable), measured in
short slices that alternate between Lotse, the stock echo bot and an echo bot with the msrest
fix Lotse applies (``--tuned``, so Lotse's own overhead shows too), medians over ``--rounds``;
a burst of
1,000 activities with 10 % redelivered duplicates (exactly one reply per distinct activity),
and the idle resident memory of ``lotse serve``.

    .venv/bin/python bench/teams_load.py [--seconds 2] [--rounds 5]
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
import asyncpg  # type: ignore[import-untyped]
import psutil
from aiohttp import web

HERE = Path(__file__).resolve().parent
POSTGRES = os.environ.get("LOTSE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


HEADERS = {"Content-Type": "application/json"}


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
    urls: str | Sequence[str], connector: Connector, concurrency: int, seconds: float
) -> tuple[float, float, float]:
    """Each worker sends the next message as soon as the previous one was answered; worker
    ``i`` posts to ``urls[i % len(urls)]``. Users are fresh per run (a random tag), 200 per
    worker. Returns (messages per second, p50 ms, p95 ms)."""
    targets = [urls] if isinstance(urls, str) else list(urls)
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    tag = random.randrange(1_000_000)

    async def worker(index: int) -> None:
        url = targets[index % len(targets)]
        async with aiohttp.ClientSession() as session:
            n = 0
            while time.perf_counter() < deadline:
                n += 1
                user = tag * 10_000_000 + index * 100_000 + n % 200
                data = activity(connector.url, user=user)
                started = time.perf_counter()
                async with session.post(url, data=data, headers=HEADERS) as response:
                    await response.read()
                    assert response.status in (200, 201), response.status
                latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    took = time.perf_counter() - began
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)]
    return len(latencies) / took, statistics.median(latencies) * 1000, p95 * 1000


async def burst(urls: str | Sequence[str], connector: Connector) -> tuple[int, int, int]:
    """1,000 distinct activities plus 100 redeliveries of some of them, 32 in flight, each
    post to a random one of ``urls``: (posts, replies, activities without exactly one reply)."""
    targets = [urls] if isinstance(urls, str) else list(urls)
    ids = [uuid.uuid4().hex for _ in range(1000)]
    sends = [(i, activity_id) for i, activity_id in enumerate(ids)]
    sends += [(ids.index(a), a) for a in random.sample(ids, 100)]
    random.shuffle(sends)
    before = sum(connector.replies[a] for a in ids)
    gate = asyncio.Semaphore(32)
    async with aiohttp.ClientSession() as session:

        async def send(user: int, activity_id: str) -> None:
            data = activity(connector.url, 900_000 + user, activity_id)
            async with gate, session.post(random.choice(targets), data=data, headers=HEADERS) as r:
                await r.read()

        await asyncio.gather(*(send(u, a) for u, a in sends))
    await asyncio.sleep(2)
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


Result = tuple[float, float, float]  # requests/s, p50 ms, p95 ms


async def interleaved(
    urls: dict[str, str], connector: Connector, concurrency: int, seconds: float, rounds: int
) -> dict[str, list[Result]]:
    """Short closed-loop slices of every bot in turn, the order rotating each round, so that
    load from other processes on the machine hits all of them alike."""
    names = list(urls)
    for name in names:  # warm-up: connections, caches, first-call imports
        await closed_loop(urls[name], connector, concurrency, 0.5)
    results: dict[str, list[Result]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            results[name].append(await closed_loop(urls[name], connector, concurrency, seconds))
    return results


def summary(backend: str, concurrency: int, results: dict[str, list[Result]]) -> str:
    """Medians over the rounds; ratio and Δp50 are per-round, then the median."""
    lotse = results["lotse"]
    parts = [f"{backend:<10} c={concurrency:<2}"]
    for name, runs in results.items():
        rps = statistics.median(x[0] for x in runs)
        p50 = statistics.median(x[1] for x in runs)
        p95 = statistics.median(x[2] for x in runs)
        part = f"{name} {rps:5.0f}/s p50 {p50:6.1f} p95 {p95:6.1f} ms"
        if name != "lotse":
            ratio = statistics.median(lo[0] / e[0] for lo, e in zip(lotse, runs, strict=True))
            delta = statistics.median(lo[1] - e[1] for lo, e in zip(lotse, runs, strict=True))
            part += f" (lotse ratio {ratio:.2f}, Δp50 {delta:+.1f} ms)"
        parts.append(part)
    return " | ".join(parts)


def load() -> str:
    return "load avg " + " ".join(f"{x:.2f}" for x in os.getloadavg())


async def run(seconds: float, rounds: int) -> None:
    connector = Connector()
    await connector.start()
    rows: list[str] = [f"start: {load()}, {os.cpu_count()} CPUs"]
    print(rows[-1], flush=True)
    echo = [sys.executable, str(HERE / "teams_echo_bot.py")]
    echo_port, tuned_port = free_port(), free_port()
    echo_env = dict(os.environ)
    echo_urls = {
        "echo": f"http://127.0.0.1:{echo_port}/api/messages",
        "echo_tuned": f"http://127.0.0.1:{tuned_port}/api/messages",
    }
    try:
        async with (
            process([*echo, str(echo_port)], echo_env, echo_urls["echo"]),
            process(
                [*echo, str(tuned_port), "--tuned"], dict(os.environ), echo_urls["echo_tuned"]
            ),
            postgres_database() as pg_url,
        ):
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
                        "LOTSE_TEAMS_AUTH": "off",  # development mode, like the echo bots
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
                        urls = {"lotse": url, **echo_urls}
                        for concurrency in (1, 16):
                            results = await interleaved(
                                urls, connector, concurrency, seconds, rounds
                            )
                            rows.append(summary(backend, concurrency, results) + f" | {load()}")
                            print(rows[-1], flush=True)
                        sent, replies, wrong = await burst(url, connector)
                        rows.append(
                            f"{backend:<10} burst: {sent} posts (1000 distinct + 100 redelivered)"
                            f" → {replies} replies, activities without exactly one reply: {wrong}"
                        )
                        print(rows[-1], flush=True)
    finally:
        await connector.stop()
    rows.append(f"end: {load()}")
    print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=2.0, help="per closed-loop slice")
    parser.add_argument("--rounds", type=int, default=5, help="slices per bot (medians)")
    args = parser.parse_args()
    asyncio.run(run(args.seconds, args.rounds))


if __name__ == "__main__":
    main()
