"""Admins in the console chat, end to end through the engine (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from pathlib import Path

from admin_chat_fixtures import CHIEF, REHA, YOUTH, acknowledged
from conftest import make_chat

from bot.reply import Image, Outcome
from lotse.app import App


async def test_an_admin_disables_email_for_one_department_only(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    reply, text = await chief.say(f'admin aus mail "{YOUTH}"')
    assert reply.outcome is Outcome.OK
    assert "E-Mail-Entwurf" in text
    assert "ausgeschaltet" in text
    assert reply.data["admin"]["skill"] == "email"
    assert reply.data["admin"]["changed"] is True

    berta = await acknowledged(admin_app, "berta")
    refused, text = await berta.say("mail Terminbestätigung für nächste Woche")
    assert refused.outcome is Outcome.REFUSED
    assert YOUTH in text
    # The skills still available are named, the disabled one is not among them.
    available = text.split("Verfügbar sind:")[1]
    assert "Berufe nachschlagen" in available
    assert "Gesprächsnotiz zusammenfassen" in available
    assert "E-Mail" not in available

    carl = await acknowledged(admin_app, "carl")
    answer, _ = await carl.say("mail Terminbestätigung für nächste Woche")
    assert answer.outcome is not Outcome.REFUSED
    assert answer.skill_id == "email"


async def test_switching_back_on_and_typographic_quotes(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    await chief.say(f"admin aus mail „{YOUTH}“")
    reply, _ = await chief.say(f"admin enable email {YOUTH.lower()}")
    assert reply.outcome is Outcome.OK
    berta = await acknowledged(admin_app, "berta")
    answer, _ = await berta.say("mail Terminbestätigung für nächste Woche")
    assert answer.outcome is not Outcome.REFUSED


async def test_a_department_admin_changes_only_their_own_department(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    granted, _ = await chief.say(f'admin rechte dora "{YOUTH}"')
    assert granted.outcome is Outcome.OK

    dora = make_chat(admin_app, "dora")
    refused, text = await dora.say(f'admin aus mail "{REHA}"')
    assert refused.outcome is Outcome.REFUSED
    assert REHA in text
    carl = await acknowledged(admin_app, "carl")
    still, _ = await carl.say("mail Terminbestätigung")
    assert still.outcome is not Outcome.REFUSED

    done, _ = await dora.say(f'admin aus zusammenfassen "{YOUTH}"')
    assert done.outcome is Outcome.OK
    # Nor may she take people from another department, create departments or grant rights.
    for attempt in (
        f'admin zuordnen carl "{YOUTH}"',
        "admin abteilung neu Nebenstelle",
        f'admin rechte erik "{YOUTH}"',
    ):
        reply, _ = await dora.say(attempt)
        assert reply.outcome is Outcome.REFUSED, attempt
    # Her overview shows only her department.
    overview, _ = await dora.say("admin abteilungen")
    names = [d["name"] for d in overview.data["admin"]["departments"]]
    assert names == [YOUTH]
    refusals = [
        e for e in await admin_app.store.audit.recent("admin", 50) if e.outcome == "refused"
    ]
    assert {e.action for e in refusals} >= {"skill.disable", "user.assign", "department.add"}


async def test_a_non_admin_is_refused_politely_and_the_attempt_is_audited(
    admin_app: App,
) -> None:
    eve = make_chat(admin_app, "eve")
    reply, text = await eve.say(f'admin aus mail "{YOUTH}"')
    assert reply.outcome is Outcome.REFUSED
    assert "Admins" in text
    eve_key = admin_app.engine.services.pseudonymiser.user_key("console", "eve")
    latest = (await admin_app.store.audit.recent("admin", 1))[0]
    assert (latest.actor_key, latest.outcome, latest.action) == (
        eve_key,
        "refused",
        "admin.command",
    )
    assert "Jugendberufshilfe" not in str(latest.detail)  # arguments are not recorded
    overview = await admin_app.admin.overview()
    assert next(d for d in overview if d.name == YOUTH).skills["email"] is True


async def test_the_log_shows_the_change_with_before_and_after(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    await chief.say(f'admin aus mail "{YOUTH}"')
    reply, text = await chief.say("admin protokoll 5")
    assert reply.outcome is Outcome.OK
    line = next(line for line in text.splitlines() if "Fähigkeit aus" in line)
    assert "E-Mail-Entwurf" in line
    assert YOUTH in line
    assert "an → aus" in line
    entry = reply.data["admin"]["entries"][0]
    assert entry["action"] == "skill.disable"
    assert entry["detail"] == {
        "department": YOUTH,
        "skill": "email",
        "before": True,
        "after": False,
    }


async def test_departments_overview_lists_members_rooms_and_switches(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    await chief.say(f'admin aus mail "{YOUTH}"')
    reply, text = await chief.say("admin departments")
    # A table in aligned columns, not Markdown pipes.
    assert re.search(rf"^  {YOUTH} +1 +– +an +aus +an$", text, re.MULTILINE), text
    assert "|" not in text
    youth = next(d for d in reply.data["admin"]["departments"] if d["name"] == YOUTH)
    assert youth["skills"]["email"] is False
    assert youth["members"] == 1


async def test_departments_are_created_renamed_and_people_assigned(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    made, _ = await chief.say('admin abteilung neu "Berufliche Reha"')
    assert made.outcome is Outcome.OK
    again, text = await chief.say('admin abteilung neu "berufliche reha"')
    assert again.outcome is Outcome.INVALID
    assert "gibt es schon" in text
    renamed, _ = await chief.say('admin abteilung umbenennen "Berufliche Reha" "Reha Nord"')
    assert renamed.outcome is Outcome.OK
    await chief.say('admin zuordnen frieda "Reha Nord"')
    frieda = make_chat(admin_app, "frieda")
    _, text = await frieda.say("hilfe")
    assert "Reha Nord" in text
    unknown, text = await chief.say('admin zuordnen frieda "Gibt es nicht"')
    assert unknown.outcome is Outcome.INVALID
    assert "Reha Nord" in text


async def test_usage_counts_and_chart(admin_app: App) -> None:
    berta = await acknowledged(admin_app, "berta")
    await berta.say("beruf Tischler")
    await berta.say("beruf Mechatroniker")
    carl = await acknowledged(admin_app, "carl")
    await carl.say("beruf Tischler")
    chief = make_chat(admin_app, CHIEF)
    reply, text = await chief.say("admin nutzung 7")
    counts = reply.data["admin"]["counts"]
    assert counts[YOUTH]["occupation"] == 2
    assert counts[REHA]["occupation"] == 1
    assert re.search(rf"^  {YOUTH} +2 +0 +0 +2$", text, re.MULTILINE), text
    image = next(b for b in reply.blocks if isinstance(b, Image))
    assert image.mime_type == "image/png"
    assert image.data.startswith(b"\x89PNG")
    saved = Path(text.split("→ ")[-1].split()[0])
    assert saved.parent == admin_app.settings.data_dir / "images"
    assert saved.read_bytes() == image.data  # noqa: ASYNC240  (a test reading a small file)
