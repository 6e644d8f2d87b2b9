"""Honest labels: the AI label only on model text, the template label on template drafts, on
every surface; the review reminder on every draft. Fake skills, so only the labelling counts."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from fake_skills import draft_skill

from adapters.console import ConsoleChat, PlainRenderer
from adapters.matrix.render import AI_FIELD, TEMPLATE_FIELD, reply_content
from adapters.teams.render import AI_LABEL_ENTITY, render
from bot.config import Settings
from bot.registry import SkillRegistry
from bot.reply import Reply
from lotse.app import App, open_app
from storage.database import SqlStore

AI_LABEL = "KI-generiert – vor der Verwendung prüfen"
TEMPLATE_LABEL = "Entwurf aus Vorlage – bitte prüfen"
KINDS = ("ai", "template", "both", "plain")


@pytest_asyncio.fixture(loop_scope="session")
async def labelled(settings: Settings, store: SqlStore, clock: object) -> AsyncIterator[App]:
    skills = [draft_skill(kind, copyable=card) for kind in KINDS for card in (False, True)]
    async with open_app(settings, store=store, registry=SkillRegistry(skills)) as app:
        console = ConsoleChat(app.host, "anna", io.StringIO())
        await console.send("draftplain")
        await console.send("ja")
        yield app


async def answer(app: App, command: str) -> Reply:
    return await ConsoleChat(app.host, "anna", io.StringIO()).send(command)


@pytest.mark.parametrize("card", [False, True])
async def test_model_text_carries_the_ai_label_everywhere(labelled: App, card: bool) -> None:
    for kind in ("ai", "both"):  # a model that reworded a template wrote the text
        reply = await answer(labelled, f"draft{kind}{'card' if card else ''}")
        assert reply.ai_generated
        assert not reply.template_draft
        console = PlainRenderer(ansi=False).render(reply)
        assert f"[{AI_LABEL}]" in console
        assert TEMPLATE_LABEL not in console
        teams = render(reply)
        assert teams["entities"] == [AI_LABEL_ENTITY]  # Teams' own AI label
        assert TEMPLATE_LABEL not in str(teams)
        matrix = reply_content(reply, None)
        assert matrix[AI_FIELD] is True
        assert matrix[TEMPLATE_FIELD] is False
        assert matrix["body"].startswith(f"_{AI_LABEL}_")


@pytest.mark.parametrize("card", [False, True])
async def test_template_drafts_carry_the_template_label_not_the_ai_label(
    labelled: App, card: bool
) -> None:
    reply = await answer(labelled, f"drafttemplate{'card' if card else ''}")
    assert reply.template_draft
    assert not reply.ai_generated
    console = PlainRenderer(ansi=False).render(reply)
    assert console.startswith(f"[{TEMPLATE_LABEL}]")
    assert AI_LABEL not in console
    teams = render(reply)
    assert "entities" not in teams
    assert "feedbackLoop" not in str(teams)
    assert TEMPLATE_LABEL in str(teams)
    assert "KI-generiert" not in str(teams)
    if card:
        card_body = teams["attachments"][0]["content"]["body"]
        assert card_body[0]["text"] == TEMPLATE_LABEL  # a visible line on top of the card
    matrix = reply_content(reply, None)
    assert matrix[AI_FIELD] is False
    assert matrix[TEMPLATE_FIELD] is True
    assert matrix["body"].startswith(f"_{TEMPLATE_LABEL}_")
    assert "KI-generiert" not in matrix["body"]


async def test_plain_replies_carry_no_label(labelled: App) -> None:
    reply = await answer(labelled, "draftplain")
    console = PlainRenderer(ansi=False).render(reply)
    assert AI_LABEL not in console
    assert TEMPLATE_LABEL not in console
    assert "entities" not in render(reply)
    matrix = reply_content(reply, None)
    assert (matrix[AI_FIELD], matrix[TEMPLATE_FIELD]) == (False, False)
    assert "review_output" not in {r.id for r in reply.reminders}


@pytest.mark.parametrize("kind", ["ai", "template", "both"])
async def test_every_draft_keeps_the_review_reminder(labelled: App, kind: str) -> None:
    for _ in range(2):  # every time, not once a day
        reply = await answer(labelled, f"draft{kind}")
        assert "review_output" in {r.id for r in reply.reminders}
        rendered = PlainRenderer(ansi=False).render(reply)
        assert "Prüfen Sie den Text auf Richtigkeit" in rendered
        assert "Prüfen Sie den Text auf Richtigkeit" in reply_content(reply, None)["body"]
        assert "Prüfen Sie den Text auf Richtigkeit" in str(render(reply))
