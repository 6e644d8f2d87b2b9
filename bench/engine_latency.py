"""Engine.handle latency per skill with the offline backends, on SQLite and PostgreSQL.

Prints p50/p99 per message and messages per second (one process, one core), for `hilfe`, an
occupation lookup, an email draft and a note summary, and the p50 of the process's own CPU time
per message (Python and the SQLite thread; not the PostgreSQL server): on a machine shared
with other work the wall-clock figures swing with the load, the CPU time much less.
Run: `.venv/bin/python bench/engine_latency.py`
(PostgreSQL from LOTSE_BENCH_POSTGRES_URL, default the local test database; skipped if down).
With LOTSE_BENCH_COLD=1 every message finds the per-process cache empty, as after a pause
longer than its lifetime (5 s) — the usual case in real use, where a counsellor writes every
minute or so; the default repeats messages back to back, so the cache is always warm.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import cast

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from adapters.console import ConsoleChat
from bot.cluster import EVERYTHING
from bot.config import Settings
from bot.store_cache import CachedStore
from lotse.app import open_app
from storage.database import open_store

POSTGRES = os.environ.get(
    "LOTSE_BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
ROUNDS = int(os.environ.get("LOTSE_BENCH_ROUNDS", "400"))
COLD = os.environ.get("LOTSE_BENCH_COLD") == "1"
NOTE = (
    "Anliegen: Klient möchte eine Ausbildung im Handwerk beginnen.\n"
    "Er besucht derzeit die 10. Klasse.\nEr interessiert sich für Holz.\n"
    "Vereinbart: Lebenslauf bis Freitag schicken.\nNächster Termin in zwei Wochen.\n"
)
MESSAGES = {
    "hilfe": "hilfe",
    "beruf (lookup)": "beruf Mechatronikerin",
    "mail (draft)": "Schreib eine Mail zur Terminverschiebung auf den 5.2.2027 um 10 Uhr",
    "zusammenfassen": "zusammenfassen\n" + NOTE,
}


class NullOut:
    def write(self, _: str) -> int:
        return 0

    def flush(self) -> None:
        pass


async def measure(label: str, url: str, connect_args: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(data_dir=Path(data), secret_key="bench")
        store = await open_store(url, connect_args=connect_args)
        try:
            async with open_app(settings, store=store) as app:
                chat = ConsoleChat(app.host, "bench", NullOut())  # type: ignore[arg-type]
                await chat.send("beruf Tischler")
                await chat.send("ja")
                for name, message in MESSAGES.items():
                    for _ in range(20):  # warm caches and connection pool
                        await chat.send(message)
                    samples, cpu = [], []
                    for _ in range(ROUNDS):
                        if COLD:
                            cast(CachedStore, app.store).invalidate(EVERYTHING)
                        started, used = time.perf_counter(), time.process_time()
                        await chat.send(message)
                        samples.append((time.perf_counter() - started) * 1000)
                        cpu.append((time.process_time() - used) * 1000)
                    samples.sort()
                    p50 = statistics.median(samples)
                    p99 = samples[int(len(samples) * 0.99) - 1]
                    rate = 1000 / statistics.fmean(samples)
                    own = statistics.median(cpu)
                    print(
                        f"| {label:<10} | {name:<16} | {p50:6.2f} | {p99:6.2f} | {rate:7.0f} "
                        f"| {own:6.2f} |"
                    )
        finally:
            await store.close()


async def main() -> None:
    cache = "cache cold before every message" if COLD else "cache warm"
    print(f"Engine.handle, offline backends, {ROUNDS} messages each, {cache} (ms)\n")
    print("| backend    | message          | p50 ms | p99 ms | msg/s   | CPU ms |")
    print("|------------|------------------|--------|--------|---------|--------|")
    with tempfile.TemporaryDirectory() as directory:
        await measure("SQLite", f"sqlite:///{directory}/bench.sqlite3", {})
    schema = f"lotse_bench_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(POSTGRES)
    try:
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OSError as error:
        print(f"PostgreSQL unavailable ({error}); skipped", file=sys.stderr)
        return
    try:
        await measure("PostgreSQL", POSTGRES, {"server_settings": {"search_path": schema}})
    finally:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


if __name__ == "__main__":
    asyncio.run(main())
