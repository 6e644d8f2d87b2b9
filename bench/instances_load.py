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
import statistics
import sys
import tempfile
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager

from teams_load import (
    Connector,
    Result,
    burst,
    closed_loop,
    free_port,
    load,
    postgres_database,
    process,
)


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
