"""Two ``lotse serve`` instances against one, on one PostgreSQL database: Teams raw load.

Closed loop of personal-chat ``hilfe`` messages from many users (as ``bench/teams_load.py``,
authentication off, replies to a local fake Bot Connector). "one" sends every message to
instance A; "two" spreads the workers over A and B (what a round-robin proxy does). The two
setups run in short alternating slices, the order rotating each round, so that other load on
the machine hits both alike; figures are medians over the rounds. Then a burst of 1,000
activities plus 100 redeliveries spread over both instances (a redelivery often reaches the
other instance): every activity must get exactly one reply.

    .venv/bin/python bench/instances_load.py [--seconds 3] [--rounds 5] [--concurrency 8 32]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager

import aiohttp
from teams_load import Connector, activity, free_port, load, postgres_database, process

Result = tuple[float, float, float]  # requests/s, p50 ms, p95 ms
HEADERS = {"Content-Type": "application/json"}


@asynccontextmanager
async def instance(database_url: str) -> AsyncIterator[str]:
    with tempfile.TemporaryDirectory() as data:
        port = free_port()
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "LOTSE_"))},
            "LOTSE_DATA_DIR": data,
            "LOTSE_PORT": str(port),
            "LOTSE_SECRET_KEY": "bench",
            "LOTSE_LOG_LEVEL": "WARNING",
            "LOTSE_TEAMS_APP_ID": "",
            "LOTSE_TEAMS_AUTH": "off",
            "LOTSE_DATABASE_URL": database_url,
        }
        url = f"http://127.0.0.1:{port}/api/messages"
        async with process([sys.executable, "-m", "lotse", "serve"], env, url):
            yield url


async def closed_loop(
    urls: Sequence[str], connector: Connector, concurrency: int, seconds: float
) -> Result:
    """Worker ``i`` sends to ``urls[i % len(urls)]``, the next message once the previous one
    was answered."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    tag = random.randrange(1_000_000)

    async def worker(index: int) -> None:
        url = urls[index % len(urls)]
        async with aiohttp.ClientSession() as session:
            n = 0
            while time.perf_counter() < deadline:
                n += 1
                user = tag * 10_000_000 + index * 100_000 + n % 200
                started = time.perf_counter()
                data = activity(connector.url, user=user)
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


async def burst(urls: Sequence[str], connector: Connector) -> tuple[int, int, int]:
    """1,000 distinct activities plus 100 redeliveries, 32 in flight, each post to a random
    instance: (posts, replies, activities without exactly one reply)."""
    ids = [uuid.uuid4().hex for _ in range(1000)]
    sends = [(i, a) for i, a in enumerate(ids)] + [
        (ids.index(a), a) for a in random.sample(ids, 100)
    ]
    random.shuffle(sends)
    gate = asyncio.Semaphore(32)
    async with aiohttp.ClientSession() as session:

        async def send(user: int, activity_id: str) -> None:
            data = activity(connector.url, 900_000 + user, activity_id)
            async with gate, session.post(random.choice(urls), data=data, headers=HEADERS) as r:
                await r.read()

        await asyncio.gather(*(send(u, a) for u, a in sends))
    await asyncio.sleep(2)
    answered = [connector.replies[a] for a in ids]
    return len(sends), sum(answered), sum(1 for n in answered if n != 1)


async def run(seconds: float, rounds: int, concurrencies: Sequence[int]) -> None:
    connector = Connector()
    await connector.start()
    rows = [f"start: {load()}, {os.cpu_count()} CPUs"]
    print(rows[-1], flush=True)
    try:
        async with postgres_database() as database_url, AsyncExitStack() as stack:
            if database_url is None:
                raise SystemExit("PostgreSQL is not reachable (LOTSE_TEST_POSTGRES_URL)")
            first = await stack.enter_async_context(instance(database_url))
            second = await stack.enter_async_context(instance(database_url))
            setups = {"one": [first], "two": [first, second]}
            for concurrency in concurrencies:
                for urls in setups.values():  # warm-up: connections, caches, imports
                    await closed_loop(urls, connector, concurrency, 1.0)
                results: dict[str, list[Result]] = {name: [] for name in setups}
                names = list(setups)
                for r in range(rounds):
                    for name in names[r % 2 :] + names[: r % 2]:
                        results[name].append(
                            await closed_loop(setups[name], connector, concurrency, seconds)
                        )
                rows.append(summary(concurrency, results) + f" | {load()}")
                print(rows[-1], flush=True)
            sent, replies, wrong = await burst([first, second], connector)
            rows.append(
                f"burst over both: {sent} posts (1000 distinct + 100 redelivered) → {replies} "
                f"replies, activities without exactly one reply: {wrong}"
            )
    finally:
        await connector.stop()
    rows.append(f"end: {load()}")
    print("\n".join(rows))


def summary(concurrency: int, results: dict[str, list[Result]]) -> str:
    parts = [f"c={concurrency:<2}"]
    for name, runs in results.items():
        rps = statistics.median(x[0] for x in runs)
        p50 = statistics.median(x[1] for x in runs)
        p95 = statistics.median(x[2] for x in runs)
        parts.append(f"{name} {rps:5.0f}/s p50 {p50:6.1f} p95 {p95:6.1f} ms")
    ratio = statistics.median(
        two[0] / one[0] for one, two in zip(results["one"], results["two"], strict=True)
    )
    parts.append(f"two/one {ratio:.2f}")
    return " | ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="per closed-loop slice")
    parser.add_argument("--rounds", type=int, default=5, help="slices per setup (medians)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[8, 32])
    args = parser.parse_args()
    asyncio.run(run(args.seconds, args.rounds, args.concurrency))


if __name__ == "__main__":
    main()
