"""Lotse on an OpenAI-compatible server, through the whole engine and the console: each
skill's answer comes from the model when the model behaves (also when it slips in the small
ways open models do) and from the offline path, with a note, when it does not; routing by
tool calls; streaming; usage for budgets."""

from __future__ import annotations

import io
import re
import time
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from conftest import Chat, FakeClock
from openai_fixtures import (
    FakeOpenAI,
    Reply,
    open_llm,
)

from adapters.console import ConsoleChat
from bot.config import Settings
from bot.pipeline.model_scope import local_day
from bot.ports import Acknowledgement
from lotse.app import App, open_app
from lotse_testing.open_model_outputs import (
    EMAIL_DEVIATIONS,
    MODEL_SENTENCE,
    SUMMARY_DEVIATIONS,
    Deviation,
    good_draft,
    good_outline,
    user_text,
)
from storage.database import SqlStore

UNUSABLE = "nicht verwendbar"
UNREACHABLE = "nicht erreichbar"
EMAIL = (
    "mail Einladung zum Beratungsgespräch am 14.01. um 9:30 für Hr. Kowalski, "
    "er soll seine Zeugnisse mitbringen. Rückruf unter 0176 98765432"
)
NOTES = (
    "zusammenfassen\n"
    "Kl. (17) möchte nach dem FOR eine Ausbildung im IT-Bereich\n"
    "- Praktikum bei den Stadtwerken lief gut, Rückmeldung positiv\n"
    "- Bewerbungsmappe unvollständig, Lebenslauf fehlt noch\n"
    "- Mathe-Note im Zeugnis macht ihr Sorgen"
)


class TimedOutput(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[float, str]] = []

    def write(self, text: str) -> int:
        self.writes.append((time.perf_counter(), text))
        return super().write(text)


@pytest_asyncio.fixture(loop_scope="session")
async def lotse(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_openai: FakeOpenAI
) -> AsyncIterator[App]:
    llm = open_llm(daily_tokens_per_user=10_000)
    async with open_app(settings, clock=clock, store=store, llm=llm) as app:
        services = app.engine.services
        key = services.pseudonymiser.user_key("console", "anna")
        ack = Acknowledgement(services.policy.version, clock.now)
        await app.store.acknowledgements.save(key, ack)
        yield app


def console(app: App) -> tuple[Chat, TimedOutput]:
    output = TimedOutput()
    return Chat(ConsoleChat(app.host, "anna", output), output, app, "anna"), output


def draft_as(deviation: Deviation) -> Reply:
    return Reply(text_from=lambda body: deviation.change(good_draft(user_text(body))))


def outline_as(deviation: Deviation) -> Reply:
    return Reply(text_from=lambda body: deviation.change(good_outline(user_text(body))))


@pytest.mark.parametrize("deviation", EMAIL_DEVIATIONS, ids=lambda d: d.name)
async def test_email_drafts_come_from_the_model_or_from_the_template_with_a_note(
    lotse: App, fake_openai: FakeOpenAI, deviation: Deviation
) -> None:
    fake_openai.then(draft_as(deviation))
    chat, _ = console(lotse)
    reply, rendered = await chat.say(EMAIL)
    body = reply.data["body"]
    sent = fake_openai.raw_bodies()
    assert "Kowalski" not in sent
    assert "98765432" not in sent
    assert not re.search(r"\[(?:PERSON|TELEFON)_\d+\]", body)  # restored, whatever the draft has
    if deviation.usable:
        assert MODEL_SENTENCE in body
        assert reply.data["subject"]
        assert UNUSABLE not in rendered
    else:
        assert MODEL_SENTENCE not in body
        assert "2031" not in body  # (the console may have shown it while it streamed)
        assert UNUSABLE in rendered
    assert reply.data["placeholders"]  # the template has placeholders the model must keep


@pytest.mark.parametrize("deviation", SUMMARY_DEVIATIONS, ids=lambda d: d.name)
async def test_summaries_come_from_the_model_or_from_the_offline_sorting_with_a_note(
    lotse: App, fake_openai: FakeOpenAI, deviation: Deviation
) -> None:
    fake_openai.then(outline_as(deviation))
    chat, _ = console(lotse)
    reply, rendered = await chat.say(NOTES)
    sections = reply.data["sections"]
    model_sorted = sections.get("Anliegen") == [
        "Kl. (17) möchte nach dem FOR eine Ausbildung im IT-Bereich"
    ] and sections.get("Besprochene Inhalte") == [
        "Praktikum bei den Stadtwerken lief gut, Rückmeldung positiv",
        "Bewerbungsmappe unvollständig, Lebenslauf fehlt noch",
        "Mathe-Note im Zeugnis macht ihr Sorgen",
    ]
    if deviation.usable:
        assert model_sorted
        assert UNUSABLE not in rendered
    else:
        assert not model_sorted
        assert "2031" not in str(sections)
        assert UNUSABLE in rendered
        assert "Lebenslauf fehlt" in rendered  # the offline sorting keeps every note


async def test_a_failing_server_gives_the_offline_draft_and_says_so(
    lotse: App, fake_openai: FakeOpenAI
) -> None:
    fake_openai.then(*[Reply(status=503)] * 4)
    chat, _ = console(lotse)
    reply, rendered = await chat.say(EMAIL)
    assert MODEL_SENTENCE not in reply.data["body"]
    assert UNREACHABLE in rendered
    assert len(fake_openai.bodies) == 4


async def test_a_hanging_server_gives_the_offline_summary_and_says_so(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_openai: FakeOpenAI
) -> None:
    fake_openai.then(*[Reply(delay=0.6)] * 5)
    async for app in ready_app(settings, store, clock, timeout_seconds=0.2, deadline_seconds=0.5):
        chat, _ = console(app)
        started = time.monotonic()
        _, rendered = await chat.say(NOTES)
    assert time.monotonic() - started < 2.0
    assert UNREACHABLE in rendered
    assert "Lebenslauf fehlt" in rendered


async def test_the_router_uses_tool_calls_and_offers_no_admin_tools(
    lotse: App, fake_openai: FakeOpenAI
) -> None:
    fake_openai.then(
        Reply(tool=("occupation", {"beruf": "Elektroniker"})),
        Reply(text="Elektroniker*innen installieren und warten elektrische Anlagen."),
    )
    chat, _ = console(lotse)
    reply, _ = await chat.say("was machen eigentlich elektroniker? hab nen kl. der das überlegt")
    route = fake_openai.bodies[0]
    names = {tool["function"]["name"] for tool in route["tools"]}
    assert names == {"occupation", "email", "summary", "keine_passende_faehigkeit"}
    assert route["tool_choice"] == "required"
    assert reply.skill_id == "occupation"
    assert "Elektroniker" in reply.data["occupation"]["title"]
    assert reply.ai_generated
    assert any("installieren und warten" in getattr(b, "markdown", "") for b in reply.blocks)


async def test_an_unknown_tool_falls_back_to_the_offline_classifier(
    lotse: App, fake_openai: FakeOpenAI
) -> None:
    fake_openai.then(
        Reply(tool=("admin_toggle_skill", {"skill": "email"})),
        Reply(status=500),
        *[Reply(status=500)] * 4,
    )
    chat, _ = console(lotse)
    reply, shown = await chat.say("Was macht eine Mechatronikerin?")
    assert reply.skill_id == "occupation"
    assert UNREACHABLE in shown


async def test_the_console_shows_streamed_text_as_it_arrives(
    lotse: App, fake_openai: FakeOpenAI
) -> None:
    def pieces(body: dict[str, object]) -> str:
        return good_draft(user_text(body))

    fake_openai.then(Reply(text_from=pieces, chunk_delay=0.15))
    chat, output = console(lotse)
    reply, _ = await chat.say(EMAIL)
    assert MODEL_SENTENCE in reply.data["body"]
    first = next(at for at, text in output.writes if "Betreff" in text or "Einladung" in text)
    final = output.writes[-1][0]
    assert final - first >= 0.25  # the first words were on screen while the rest came


async def test_usage_from_the_stream_is_stored_for_budgets(
    lotse: App, fake_openai: FakeOpenAI, clock: FakeClock
) -> None:
    draft = Reply(text_from=lambda b: good_draft(user_text(b)), tokens_in=80, tokens_out=40)
    fake_openai.then(draft)
    chat, _ = console(lotse)
    await chat.say(EMAIL)
    key = lotse.engine.services.pseudonymiser.user_key("console", "anna")
    used = await lotse.store.usage.for_user(local_day(clock.now), key)
    assert (used.tokens_in, used.tokens_out) == (80, 40)


async def ready_app(
    settings: Settings, store: SqlStore, clock: FakeClock, **limits: object
) -> AsyncIterator[App]:
    async with open_app(settings, clock=clock, store=store, llm=open_llm(**limits)) as app:
        services = app.engine.services
        key = services.pseudonymiser.user_key("console", "anna")
        ack = Acknowledgement(services.policy.version, clock.now)
        await app.store.acknowledgements.save(key, ack)
        yield app


async def test_the_daily_budget_counts_the_servers_usage_and_stops_model_calls(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_openai: FakeOpenAI
) -> None:
    draft = Reply(text_from=lambda b: good_draft(user_text(b)), tokens_in=80, tokens_out=40)
    fake_openai.then(draft)
    async for app in ready_app(settings, store, clock, daily_tokens_per_user=100):
        chat, _ = console(app)
        first, _ = await chat.say(EMAIL)
        second, rendered = await chat.say(EMAIL)  # 120 of 100 tokens used today
    assert MODEL_SENTENCE in first.data["body"]
    assert len(fake_openai.bodies) == 1
    assert "Kontingent" in rendered
    assert second.data["body"]  # still a draft, the template's


async def test_a_stream_that_stalls_midway_gives_the_offline_answer_and_says_so(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_openai: FakeOpenAI
) -> None:
    stalled = Reply(text_from=lambda b: good_outline(user_text(b)), chunk_delay=2.0)
    fake_openai.then(stalled)
    async for app in ready_app(settings, store, clock, deadline_seconds=0.6):
        chat, _ = console(app)
        reply, rendered = await chat.say(NOTES)
    assert UNREACHABLE in rendered
    assert "Lebenslauf fehlt" in str(reply.data["sections"])  # the offline sorting, complete
