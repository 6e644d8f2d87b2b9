"""Matrix round trips against a local Synapse: Lotse (`lotse serve`) beside a bare matrix-nio
echo bot (`bench/matrix_echo_bot.py`), then a burst of 1,000 messages, once undisturbed and
once with Lotse killed (SIGKILL) and restarted in the middle.

Latency: a counsellor (matrix-nio) sends an occupation question, alternately to Lotse and the
echo bot, in an unencrypted and an encrypted DM each; the time from send to the reply arriving
in the counsellor's sync. Burst: 10 users, 2 DMs each with Lotse (20 rooms), 100 messages per
user sent concurrently; every message must get exactly one reply.
Run: `.venv/bin/python bench/matrix_latency.py [--samples 100] [--burst 1000]`
Everything listens on 127.0.0.1 on free ports; all processes are stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from matrix_bench_clients import Person

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere
from lotse_testing.synapse import Synapse, User, free_port  # noqa: E402

QUESTION = "beruf Tischler"
BURST_TEXT = "hilfe"
REPLY_TIMEOUT = 30.0
BURST_TIMEOUT = 300.0


class Bot:
    """A bot process (Lotse or the echo bot) that can be killed and started again."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path) -> None:
        self.name, self._command, self._env, self._log = name, command, env, log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            self._command,
            cwd=ROOT,
            env=self._env,
            stdout=self._log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def lotse_bot(synapse: Synapse, user: User, work: Path) -> Bot:
    env = {
        **os.environ,
        "LOTSE_DATA_DIR": str(work / "lotse-data"),
        "LOTSE_HOST": "127.0.0.1",
        "LOTSE_PORT": str(free_port()),
        "LOTSE_LOG_LEVEL": "WARNING",
        "LOTSE_MATRIX_HOMESERVER": synapse.url,
        "LOTSE_MATRIX_USER_ID": user.user_id,
        "LOTSE_MATRIX_PASSWORD": user.password,
        "LOTSE_MATRIX_STORE_PASSPHRASE": "bench",
    }
    for name in ("LOTSE_DATABASE_URL", "LOTSE_CONFIG_FILE"):
        env.pop(name, None)
    command = [str(Path(sys.executable).with_name("lotse")), "serve"]
    return Bot("lotse", command, env, work / "lotse.log")


def echo_bot(synapse: Synapse, user: User, work: Path) -> Bot:
    script = str(ROOT / "bench" / "matrix_echo_bot.py")
    command = [
        sys.executable,
        script,
        synapse.url,
        user.user_id,
        user.password,
        str(work / "echo"),
    ]
    return Bot("echo", command, dict(os.environ), work / "echo.log")


async def poll(condition: Callable[[], bool], within: float, step: float = 0.05) -> bool:
    """Whether ``condition`` became true within ``within`` seconds (a bounded loop)."""
    for _ in range(int(within / step)):
        if condition():
            return True
        await asyncio.sleep(step)
    return condition()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def latency(counsellor: Person, lotse: User, echo: User, samples: int) -> list[str]:
    rooms: dict[tuple[str, bool], str] = {}
    for bot in (lotse, echo):
        for encrypted in (False, True):
            rooms[bot.user_id, encrypted] = await counsellor.dm(bot.user_id, encrypted)
    for encrypted in (False, True):  # warm-up: the policy gate, the room keys
        for text in ("beruf Tischler", "ja"):
            await counsellor.round_trip(rooms[lotse.user_id, encrypted], text, REPLY_TIMEOUT)
        await counsellor.round_trip(rooms[echo.user_id, encrypted], "hallo", REPLY_TIMEOUT)
    times: dict[tuple[str, bool], list[float]] = {key: [] for key in rooms}
    for _ in range(samples):  # interleaved: both bots see the same conditions
        for key, room in rooms.items():
            times[key].append(await counsellor.round_trip(room, QUESTION, REPLY_TIMEOUT))
    lines = [
        "| room | bot | p50 ms | p99 ms | mean ms | Lotse p50 / echo p50 |",
        "|---|---|---|---|---|---|",
    ]
    for encrypted in (False, True):
        echo_p50 = statistics.median(times[echo.user_id, encrypted])
        for bot, name in ((lotse, "Lotse"), (echo, "nio echo bot")):
            values = times[bot.user_id, encrypted]
            p50 = statistics.median(values)
            ratio = f"{p50 / echo_p50:.2f}×" if bot is lotse else ""
            lines.append(
                f"| {'encrypted' if encrypted else 'unencrypted'} | {name} | {p50 * 1000:.0f} | "
                f"{percentile(values, 0.99) * 1000:.0f} | {statistics.fmean(values) * 1000:.0f} "
                f"| {ratio} |"
            )
    return lines


async def burst(
    people: list[Person], rooms: dict[str, list[str]], total: int, bot: Bot, kill_at: int | None
) -> str:
    """Send ``total`` messages concurrently; kill and restart Lotse after ``kill_at`` replies."""
    per_person = total // len(people)
    sent: list[str] = []
    started = time.monotonic()

    async def send_all(person: Person) -> None:
        mine = rooms[person.user_id]
        for number in range(per_person):
            sent.append(await person.send(mine[number % len(mine)], BURST_TEXT))

    def replies() -> Counter[str]:
        counts: Counter[str] = Counter()
        for person in people:
            counts.update(person.reply_counts)
        return counts

    senders = asyncio.gather(*(send_all(person) for person in people))
    killed_after = None
    if kill_at is not None:
        await poll(lambda: sum(1 for event in sent if replies()[event]) >= kill_at, BURST_TIMEOUT)
        bot.kill()
        killed_after = sum(1 for event in sent if replies()[event])
        await asyncio.sleep(1.0)  # down for a moment: messages keep coming in
        bot.start()
    await senders
    await poll(lambda: all(replies()[event] for event in sent), BURST_TIMEOUT)
    elapsed = time.monotonic() - started
    await asyncio.sleep(5.0)  # late duplicates would arrive now
    counts = replies()
    answered = sum(1 for event in sent if counts[event] >= 1)
    twice = sum(1 for event in sent if counts[event] > 1)
    extra = sum(counts[event] for event in sent) - answered
    kill = f"killed after {killed_after} replies, restarted 1 s later" if kill_at else "no kill"
    return (
        f"| {len(sent)} | {kill} | {answered} | {len(sent) - answered} | {twice} ({extra} "
        f"extra) | {elapsed:.1f} s | {answered / elapsed:.0f}/s |"
    )


async def run(samples: int, total: int) -> None:
    with tempfile.TemporaryDirectory(prefix="lotse-matrix-bench-") as tmp:
        work = Path(tmp)
        synapse = Synapse(work / "synapse", free_port(), os.urandom(16).hex())
        synapse.directory.mkdir()
        synapse.write_config()
        synapse.start()
        bots: list[Bot] = []
        people: list[Person] = []
        try:
            lotse_user, echo_user = await synapse.register("lotse"), await synapse.register("echo")
            lotse, echo = lotse_bot(synapse, lotse_user, work), echo_bot(synapse, echo_user, work)
            bots = [lotse, echo]
            for bot in bots:
                bot.start()
            counsellor = Person(synapse, await synapse.register(), work / "counsellor")
            people.append(counsellor)
            await counsellor.start()
            table = await latency(counsellor, lotse_user, echo_user, samples)
            print("\n".join(table), flush=True)

            burst_people = [
                Person(synapse, await synapse.register(), work / f"user{n}") for n in range(10)
            ]
            people.extend(burst_people)
            rooms: dict[str, list[str]] = {}
            for person in burst_people:
                await person.start()
                rooms[person.user_id] = [
                    await person.dm(lotse_user.user_id, False) for _ in range(2)
                ]
            header = "| messages | Lotse | answered | lost | twice | all answered after | rate |"
            rows = [header, "|---|---|---|---|---|---|---|"]
            rows.append(await burst(burst_people, rooms, total, lotse, None))
            print(rows[-1], flush=True)
            rows.append(await burst(burst_people, rooms, total, lotse, total // 3))
            print("\n".join(rows), flush=True)
        except BaseException:
            for name in ("lotse.log", "echo.log"):
                if (work / name).exists():
                    print(f"--- {name}", (work / name).read_text(errors="replace")[-3000:])
            raise
        finally:
            for person in people:
                with contextlib.suppress(Exception):
                    await person.stop()
            for bot in bots:
                bot.stop()
            synapse.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=100, help="round trips per room and bot")
    parser.add_argument("--burst", type=int, default=1000, help="messages per burst")
    options = parser.parse_args()
    asyncio.run(run(options.samples, options.burst))


if __name__ == "__main__":
    main()
