"""A scripted pilot week in the console (two departments and a small one, several counsellors
asking, rating, suggesting, voting, one opting out), then the report: its figures checked
against what was done, k-suppression and the opt-out included; no user id, key or message
text anywhere in the files; PNGs that decode; an HTML page with embedded images only."""

from __future__ import annotations

import asyncio
import csv
import re
from datetime import date
from pathlib import Path

import pytest
from admin_chat_fixtures import CHIEF, OPS
from click.testing import CliRunner
from conftest import Chat, make_chat
from PIL import Image

from bot.evaluation.report.build import build_report, write_report
from bot.evaluation.report.data import load_report_data
from lotse.app import App
from lotse.cli import cli

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEK = date(2026, 11, 23)
REHA = [f"pilot-reha-{n}" for n in range(1, 7)]  # six; the sixth opts out
SCHOOL = [f"pilot-schule-{n}" for n in range(1, 6)]  # five
SMALL = ["pilot-klein-1", "pilot-klein-2"]  # two: merged into "Weitere", then suppressed
ASKED = ("beruf Tischlerin mit Schwerpunkt Möbelbau", "beruf Koch")
SUGGESTION = "vorschlag Berufe bitte auch mit Gehaltsspannen von Frau Hildegard Oberle"
REASON = "zu lang, die Kundin Wilhelmine Sauerbier brauchte es kürzer"


async def counsellor(app: App, user: str) -> Chat:
    chat = make_chat(app, user)
    await chat.say("ja")
    await chat.say("ja")
    return chat


async def pilot_week(app: App) -> list[str]:
    """What the counsellors do; returns every text they sent."""
    for name in ("Reha", "Schule", "Klein"):
        await app.admin.add_department(name, OPS)
    for users, department in ((REHA, "Reha"), (SCHOOL, "Schule"), (SMALL, "Klein")):
        for user in users:
            await app.admin.assign_user("console", user, department, OPS)
    sent: list[str] = []
    suggestion = 0
    chief = make_chat(app, CHIEF)
    await chief.say("admin umfrage an alle 1 Wochen")

    async def say(chat: Chat, text: str) -> str:
        sent.append(text)
        return (await chat.say(text))[1]

    for index, user in enumerate(REHA + SCHOOL + SMALL):
        chat = await counsellor(app, user)
        for text in ASKED:
            await say(chat, text)
        # The survey rode along with the first answer; all but the small department answer:
        # usefulness 4 from six people, 5 from four; time saved b) from everyone.
        if user not in SMALL:
            await say(chat, f"umfrage {4 if index < 6 else 5} b")
        # Reha: five 👍, the sixth's 👎 is dropped with the opt-out; Schule: five 👎, four
        # of them "zu lang", one "falsch"; the small department: 👍.
        if user == SCHOOL[-1]:
            await say(chat, "👎 falsch")
        elif user in SCHOOL or user == REHA[5]:
            await say(chat, f"feedback - {REASON}")
        else:
            await say(chat, "👍")
        if index == 0:
            found = re.search(r"Nr\. (\d+)", await say(chat, SUGGESTION))
            assert found is not None
            suggestion = int(found.group(1))
        else:
            await say(chat, f"vorschlag {suggestion} +1")
    await say(make_chat(app, REHA[5]), "auswertung aus")
    return sent


def read(table: Path) -> list[dict[str, str]]:
    with table.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


async def test_the_report_matches_the_week_and_leaks_nothing(
    admin_app: App,
    tmp_path: Path,
) -> None:
    app = admin_app
    sent = await pilot_week(app)
    data = await load_report_data(app.store.evaluation, WEEK, WEEK)
    names = {skill.meta.id: skill.meta.name("de") for skill in app.engine.services.registry}
    report = build_report(data, 5, names, "de")
    out = tmp_path / "report"
    written = write_report(report, out)

    summary = {row["figure"]: row["value"] for row in read(out / "summary.csv")}
    people = 5 + 5 + 2  # the one who opted out is gone
    assert summary["requests"] == str(people * len(ASKED))
    assert summary["thumbs_up"] == str(5 + 2)
    assert summary["thumbs_down"] == "5"
    assert summary["reason_too_long"] == ""  # four people: fewer than k
    assert summary["reason_wrong"] == ""
    assert summary["reason_privacy"] == "0"

    rows = read(out / "answers_by_week_skill_department.csv")
    cells = {(row["skill"], row["department"]): row for row in rows}
    assert {department for _, department in cells} == {"Reha", "Schule", "Weitere"}
    reha = cells[("occupation", "Reha")]
    assert reha["week"] == WEEK.isoformat()
    assert reha["requests"] == str(5 * len(ASKED))
    assert reha["completed"] == reha["requests"]
    assert reha["thumbs_up"] == "5"
    assert reha["thumbs_down"] == "0"  # the one who gave it opted out
    school = cells[("occupation", "Schule")]
    assert (school["thumbs_up"], school["thumbs_down"], school["reason_too_long"]) == (
        "0",
        "5",
        "",
    )
    small = cells[("occupation", "Weitere")]
    assert all(small[column] == "" for column in ("requests", "p50_ms", "thumbs_down"))

    suggestions = read(out / "suggestions_by_week_department.csv")
    # About a skill, so for the department; one author: suppressed.
    assert [(row["department"], row["filed"]) for row in suggestions] == [("Reha", "")]

    # Nothing identifying, nothing written: user ids, keys, department-free texts.
    keys = [
        app.engine.services.pseudonymiser.user_key("console", user)
        for user in REHA + SCHOOL + SMALL
    ]
    words = {word for text in sent for word in re.findall(r"[^\W\d_]{6,}", text)}
    words -= {"feedback", "vorschlag", "auswertung", "umfrage"}  # command words
    for path in written:
        content = path.read_bytes()
        for needle in [*REHA, *SCHOOL, *SMALL, *keys, *sent, *words]:
            assert needle.encode() not in content, (path.name, needle)
            assert needle.casefold().encode() not in content.lower(), (path.name, needle)

    # Reha's sixth opted out: five Reha and five Schule people answered the survey.
    assert summary["survey_respondents"] == "10"
    assert summary["survey_usefulness_4"] == "5"
    assert summary["survey_usefulness_5"] == "5"
    assert summary["survey_time_saved_lt30"] == "10"
    assert summary["survey_usefulness_mean"] == "4.5"
    survey = {row["department"]: row for row in read(out / "survey_by_period_department.csv")}
    assert survey["Reha"]["usefulness_4"] == "5"
    assert survey["Weitere"]["asked"] == ""  # two people asked: suppressed

    pngs = [path for path in written if path.suffix == ".png"]
    assert {path.name for path in pngs} == {
        "usage_per_week.png",
        "satisfaction_per_skill.png",
        "survey.png",
    }
    for path in pngs:
        with Image.open(path) as image:
            image.verify()
            assert image.format == "PNG"
    html = (out / "report.html").read_text(encoding="utf-8")
    sources = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", html)
    assert len(sources) == len(pngs)
    assert all(source.startswith("data:image/png;base64,") for source in sources)
    assert "<link" not in html
    assert "<script" not in html


async def test_the_report_command_writes_the_files(tmp_path: Path) -> None:
    env = {"LOTSE_DATA_DIR": str(tmp_path / "data"), "LOTSE_SECRET_KEY": "test-secret"}
    result = await asyncio.to_thread(  # the command runs its own event loop
        CliRunner().invoke,
        cli,
        ["report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(tmp_path / "r")],
        env=env,
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r" / "report.html").is_file()
    assert (tmp_path / "r" / "summary.csv").is_file()
    assert "report.html" in result.output
