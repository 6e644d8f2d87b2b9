"""The evaluation's admin commands in the console: deciding suggestions (the author is told
once, with their next message), switching the pulse survey, and the report's headline
figures with its chart (``admin bericht``)."""

from __future__ import annotations

import re

import pytest
from admin_chat_fixtures import CHIEF, OPS, REHA, YOUTH, acknowledged, admin_app  # noqa: F401

from adapters.teams.render import render
from bot.reply import Facts, Image, Outcome
from lotse.app import App

pytestmark = pytest.mark.asyncio(loop_scope="session")


def number_in(text: str) -> int:
    found = re.search(r"Nr\. (\d+)", text)
    assert found is not None, text
    return int(found.group(1))


async def test_a_decision_reaches_the_author_once(admin_app: App) -> None:  # noqa: F811
    berta = await acknowledged(admin_app, "berta")
    _, text = await berta.say("vorschlag Die Leitlinie als kurze Checkliste")
    number = number_in(text)
    chief = await acknowledged(admin_app, CHIEF)
    reply, text = await chief.say(f"admin vorschlag {number} status angenommen Gute Idee")
    assert reply.outcome is Outcome.OK
    assert "angenommen" in text
    _, text = await berta.say("hilfe")
    assert f"Vorschlag Nr. {number} wurde entschieden: angenommen" in text
    assert "Begründung: Gute Idee" in text
    _, text = await berta.say("hilfe")
    assert "entschieden" not in text
    _, listing = await berta.say("vorschläge")
    assert f"Nr. {number}" not in listing  # decided: no longer open


async def test_department_admins_decide_their_department_only(
    admin_app: App,  # noqa: F811
) -> None:
    await admin_app.admin.grant_admin("console", "carl", REHA, OPS)
    berta = await acknowledged(admin_app, "berta")
    _, text = await berta.say("vorschlag Beruf-Suche auch mit Gehältern")  # about a skill
    youth = number_in(text)
    _, text = await berta.say("vorschlag Mehr Schulungen zur Leitlinie")  # for everyone
    everyone = number_in(text)
    carl = await acknowledged(admin_app, "carl")
    for number in (youth, everyone):
        reply, _ = await carl.say(f"admin vorschlag {number} abgelehnt")
        assert reply.outcome is Outcome.REFUSED
    reply, text = await carl.say("admin vorschlag 99999 umgesetzt")
    assert reply.outcome is Outcome.INVALID
    await admin_app.admin.grant_admin("console", "carl", YOUTH, OPS)
    reply, _ = await carl.say(f"admin vorschlag {youth} umgesetzt")
    assert reply.outcome is Outcome.OK


async def test_the_survey_is_switched_by_global_admins(admin_app: App) -> None:  # noqa: F811
    await admin_app.admin.grant_admin("console", "carl", REHA, OPS)
    carl = await acknowledged(admin_app, "carl")
    reply, _ = await carl.say("admin umfrage an")
    assert reply.outcome is Outcome.REFUSED
    berta = await acknowledged(admin_app, "berta")
    _, text = await berta.say("beruf Koch")
    assert "Umfrage" not in text  # off by default
    chief = await acknowledged(admin_app, CHIEF)
    reply, text = await chief.say("admin umfrage an alle 4 Wochen")
    assert reply.outcome is Outcome.OK
    assert "alle 4 Woche" in text
    _, text = await berta.say("beruf Koch")
    assert "Umfrage" in text
    await chief.say("admin umfrage aus")
    _, text = await carl.say("beruf Koch")
    assert "Umfrage" not in text


async def test_the_report_in_chat_has_figures_and_the_chart(
    admin_app: App,  # noqa: F811
) -> None:
    chief = await acknowledged(admin_app, CHIEF)
    reply, text = await chief.say("admin bericht")
    assert "noch keine Daten" in text
    for n in range(6):
        user = f"berater-{n}"
        await admin_app.admin.assign_user("console", user, YOUTH, OPS)
        chat = await acknowledged(admin_app, user)
        await chat.say("beruf Tischler")
        await chat.say("👍")
    reply, text = await chief.say("admin bericht 2")
    facts = {f.label: f.value for b in reply.blocks if isinstance(b, Facts) for f in b.items}
    assert facts["Anfragen"] == "6"
    assert facts["Bewertungen 👍 / 👎"] == "6 / 0"
    assert facts["Antworten auf die Umfrage"] == "–"  # nobody: no figure
    images = [b for b in reply.blocks if isinstance(b, Image)]
    assert len(images) == 1
    assert images[0].data.startswith(b"\x89PNG")
    assert "→ " in text  # the console saved the chart and printed its path
    teams = render(reply)  # Teams: the picture travels with the message, as a data URI
    pictures = [a for a in teams.get("attachments", []) if a["contentType"] == "image/png"]
    cards = str(teams.get("attachments", []))
    assert pictures or "data:image/png;base64," in cards
    assert "berater" not in text  # no counsellor's id in the figures
