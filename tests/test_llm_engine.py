"""The model through the whole engine and the console: what the model received
(pseudonymised), what the user got (restored values, notes), streaming, fallback, budgets,
routing by tool use."""

from __future__ import annotations

import io
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio
from conftest import Chat, FakeClock
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
)

from adapters.console import ConsoleChat
from bot.config import Settings
from bot.llm.factory import build_llm
from bot.pipeline.model_scope import NOTE_ID, local_day
from bot.policy import PiiKind, describe_kinds
from bot.ports import Acknowledgement
from lotse.app import App, open_app
from storage.database import SqlStore

REQUEST = (
    "mail Einladung zum Erstgespräch am 12.03. um 14 Uhr für Frau Müller, "
    "Rückruf unter 0221 1234567"
)
VALUES = ("Müller", "0221 1234567", "1234567")
DRAFT = (
    "Betreff: Einladung zum Erstgespräch\n\n"
    "Guten Tag Frau [PERSON_1],\n\nich lade Sie am 12.03.2027 um 14:00 Uhr ein, Ort: [Ort/Link]. "
    "Bei Fragen erreichen Sie uns unter [TELEFON_1].\n\n"
    "Viele Grüße\n[Name der Beraterin / des Beraters]"
)


class TimedOutput(io.StringIO):
    """Console output that remembers when each piece was written."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[float, str]] = []

    def write(self, text: str) -> int:
        self.writes.append((time.perf_counter(), text))
        return super().write(text)


async def acknowledge(app: App, clock: FakeClock, user: str = "anna") -> None:
    services = app.engine.services
    key = services.pseudonymiser.user_key("console", user)
    await app.store.acknowledgements.save(key, Acknowledgement(services.policy.version, clock.now))


async def model_app(
    settings: Settings, store: SqlStore, clock: FakeClock, **llm: Any
) -> AsyncIterator[App]:
    async with open_app(
        settings, clock=clock, store=store, llm=build_llm(fast_settings(**llm))
    ) as app:
        await acknowledge(app, clock)
        yield app


@pytest_asyncio.fixture(loop_scope="session")
async def llm_app(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_anthropic: FakeAnthropic
) -> AsyncIterator[App]:
    async for app in model_app(settings, store, clock):
        yield app


@pytest_asyncio.fixture(loop_scope="session")
async def budget_app(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_anthropic: FakeAnthropic
) -> AsyncIterator[App]:
    async for app in model_app(settings, store, clock, daily_tokens_per_user=100):
        yield app


def console(app: App) -> tuple[Chat, TimedOutput]:
    output = TimedOutput()
    return Chat(ConsoleChat(app.host, "anna", output), output, app, "anna"), output


async def test_the_model_gets_placeholders_and_the_counsellor_the_real_values(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(Scripted(text=DRAFT))
    chat, _ = console(llm_app)
    reply, _ = await chat.say(REQUEST)
    sent = fake_anthropic.raw_bodies()
    assert len(fake_anthropic.bodies) == 1  # a command: no routing call
    assert not [value for value in VALUES if value in sent]
    assert "[PERSON_1]" in sent
    assert "[TELEFON_1]" in sent
    assert "0221 1234567" in reply.data["body"]
    assert reply.data["body"].startswith("Guten Tag Frau Müller,")
    note = next(r for r in reply.reminders if r.id == NOTE_ID)
    assert describe_kinds({PiiKind.PERSON_NAME, PiiKind.PHONE}, "de") in note.text
    assert "Müller" not in note.text


async def test_the_console_shows_streamed_text_as_it_arrives(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    pieces = (DRAFT[:40], DRAFT[40:120], DRAFT[120:])
    fake_anthropic.then(Scripted(chunks=pieces, chunk_delay=0.2))
    chat, output = console(llm_app)
    await chat.say(REQUEST)
    first = next(at for at, text in output.writes if DRAFT[:20] in text)
    final = next(at for at, text in output.writes if "KI" in text and "┌─" in text)
    assert final - first >= 0.3  # the first words were on screen while the rest was written


async def test_a_failing_model_gives_the_offline_answer_and_says_so(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(*[Scripted(status=529, error_type="overloaded_error")] * 4)
    chat, _ = console(llm_app)
    reply, rendered = await chat.say(REQUEST)
    assert reply.data["body"].startswith("Sehr geehrte Frau Müller,")  # the template
    assert "nicht erreichbar" in rendered
    assert len(fake_anthropic.bodies) == 4


async def test_an_ungrounded_draft_is_replaced_by_the_template(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(Scripted(text=DRAFT.replace("12.03.2027", "13.03.2027")))
    chat, _ = console(llm_app)
    reply, _ = await chat.say(REQUEST)
    assert "13.03" not in reply.data["body"]
    assert "Freitag, 12. März 2027" in reply.data["body"]


async def test_budgets_are_enforced_and_usage_stored(
    budget_app: App, fake_anthropic: FakeAnthropic, clock: FakeClock
) -> None:
    fake_anthropic.then(Scripted(text=DRAFT, tokens_in=80, tokens_out=40))
    chat, _ = console(budget_app)
    await chat.say(REQUEST)
    key = budget_app.engine.services.pseudonymiser.user_key("console", "anna")
    used = await budget_app.store.usage.for_user(local_day(clock.now), key)
    assert (used.tokens_in, used.tokens_out) == (80, 40)
    reply, rendered = await chat.say(REQUEST)  # 120 of 100 tokens used today
    assert len(fake_anthropic.bodies) == 1
    assert "Kontingent" in rendered
    assert reply.data["body"].startswith("Sehr geehrte")  # still an answer, offline


async def test_summaries_come_in_the_fixed_sections(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    outline = (
        "## Anliegen\n- Ausbildung im Handwerk\n## Vereinbarungen\n- Lebenslauf bis 15.04.\n"
        "## Offene Punkte\n- (Einschätzung) wirkt unsicher bei der Berufswahl"
    )
    fake_anthropic.then(Scripted(text=outline))
    chat, _ = console(llm_app)
    notes = (
        "zusammenfassen\n- Kl. möchte Ausbildung im Handwerk\n"
        "- Vereinbart: Lebenslauf bis 15.04.\n- wirkt unsicher"
    )
    reply, _ = await chat.say(notes)
    sections = reply.data["sections"]
    assert sections["Anliegen"] == ["Ausbildung im Handwerk"]
    assert sections["Vereinbarungen"] == ["Lebenslauf bis 15.04."]
    assert sections["Offene Punkte"] == ["wirkt unsicher bei der Berufswahl (Einschätzung)"]


async def test_the_router_picks_skill_and_arguments_by_tool_use(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(
        Scripted(tool=("occupation", {"beruf": "Tischler"})),
        Scripted(text="Tischler*innen stellen Möbel her.\nQuelle: Katalog"),
    )
    chat, _ = console(llm_app)
    reply, _ = await chat.say(
        "Kannst du mir bitte etwas zu dem Handwerk erzählen, Tischler glaube ich"
    )
    route_call = fake_anthropic.bodies[0]
    tools = {tool["name"] for tool in route_call["tools"]}
    assert tools == {"occupation", "email", "summary", "keine_passende_faehigkeit"}
    assert reply.skill_id == "occupation"
    assert reply.data["occupation"]["title"].startswith("Tischler")
    assert reply.ai_generated
    assert any("stellen Möbel her" in getattr(block, "markdown", "") for block in reply.blocks)
    assert reply.sources  # the catalogue is named


async def test_routing_falls_back_to_the_offline_classifier(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(
        Scripted(tool=("admin_toggle_skill", {"skill": "email"})),  # no such tool offered
        Scripted(status=400, error_type="invalid_request_error"),  # the answer call fails
    )
    chat, _ = console(llm_app)
    reply, _ = await chat.say("Was macht eine Mechatronikerin?")
    assert reply.skill_id == "occupation"  # the offline cues decided
    assert len(fake_anthropic.bodies) == 2


async def test_an_ungrounded_occupation_answer_is_dropped(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(Scripted(text="Die Ausbildung dauert 7 Jahre und bringt 5000 Euro."))
    chat, _ = console(llm_app)
    reply, rendered = await chat.say("beruf Tischler")
    assert "5000" not in rendered
    assert not reply.ai_generated
