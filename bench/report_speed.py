"""Writing the evaluation report for a year of a 200-counsellor institution (target < 10 s).

Synthetic data in a fresh SQLite database: 200 counsellors in 8 departments, 50,000 answers
over 52 weeks (a third rated, with reasons), a pulse survey every two weeks, 300 suggestions.
Timed: reading the facts, building the tables and charts, writing the directory — what
`lotse report` does once its database is open."""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from bot.evaluation.ports import REASONS, TIME_SAVED
from bot.evaluation.report.build import build_report, write_report
from bot.evaluation.report.data import load_report_data
from storage.database import open_store
from storage.models import answers, suggestions, survey_answers

USERS, ANSWERS, WEEKS = 200, 50_000, 52
FIRST = date(2025, 12, 1)  # a Monday
SKILLS = ("occupation", "email", "summary", "occupation_explore", "unknown")
DEPARTMENTS = tuple(f"Abteilung {n}" for n in range(1, 9))


def _rows(rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    department = {f"user-{n}": DEPARTMENTS[n % len(DEPARTMENTS)] for n in range(USERS)}
    users = list(department)
    answer_rows = []
    for n in range(ANSWERS):
        user = rng.choice(users)
        rated = rng.random() < 0.33
        down = rated and rng.random() < 0.3
        answer_rows.append(
            {
                "answer_key": f"a{n}",
                "week": FIRST + timedelta(weeks=rng.randrange(WEEKS)),
                "platform": rng.choice(("teams", "matrix", "console")),
                "user_key": user,
                "department": department[user],
                "skill": rng.choice(SKILLS),
                "outcome": rng.choices(("ok", "refused", "error"), (95, 4, 1))[0],
                "producer": rng.choice(("model", "template", "rules")),
                "offline": rng.random() < 0.02,
                "duration_ms": int(rng.lognormvariate(6.5, 0.8)),
                "rating": ("down" if down else "up") if rated else None,
                "reason": rng.choice(REASONS) if down else None,
            }
        )
    survey_rows = [
        {
            "user_key": user,
            "period": FIRST + timedelta(weeks=period),
            "department": department[user],
            "asked_at": datetime.combine(FIRST, datetime.min.time(), UTC),
            "usefulness": rng.randint(1, 5),
            "time_saved": rng.choice(TIME_SAVED),
        }
        for period in range(0, WEEKS, 2)
        for user in rng.sample(users, 120)
    ]
    suggestion_rows = [
        {
            "at": datetime.combine(FIRST, datetime.min.time(), UTC) + timedelta(days=n),
            "author_key": rng.choice(users),
            "department": rng.choice((None, *DEPARTMENTS)),
            "text": "…",
            "status": rng.choice(("open", "accepted", "rejected", "done")),
            "author_notified": True,
        }
        for n in range(300)
    ]
    return {"answers": answer_rows, "surveys": survey_rows, "suggestions": suggestion_rows}


def _fill(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    conn.execute(insert(answers), rows["answers"])
    conn.execute(insert(survey_answers), rows["surveys"])
    conn.execute(insert(suggestions), rows["suggestions"])


async def main(directory: Path) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{directory / 'bench.sqlite3'}")
    try:
        await store.runner.transaction(_fill, _rows(random.Random(13)))
        last = FIRST + timedelta(weeks=WEEKS - 1)
        started = time.perf_counter()
        data = await load_report_data(store.evaluation, FIRST, last)
        loaded = time.perf_counter()
        report = build_report(data, 5, {}, "de")
        built = time.perf_counter()
        written = write_report(report, directory / "report")
        done = time.perf_counter()
    finally:
        await store.close()
    print(f"{len(data.answers):,} answers, {USERS} counsellors, {WEEKS} weeks: ", end="")
    print(f"report in {done - started:.2f} s (target < 10 s)")
    print(f"  read {loaded - started:.2f} s · tables and charts {built - loaded:.2f} s · ", end="")
    print(f"files {done - built:.2f} s · {len(written)} files")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temporary:
        asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(temporary)))
