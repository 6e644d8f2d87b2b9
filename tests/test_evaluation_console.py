"""The pilot evaluation in the console: rating the last answer, opting out, suggestions and
votes, the pulse survey — on SQLite and PostgreSQL, through the whole engine."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import Chat, FakeClock, make_chat

from bot.evaluation.ports import AnswerFact
from bot.reply import Facts, Outcome
from lotse.app import App

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEK = date(2026, 11, 23)  # the Monday of the fake clock's first day


def number_in(text: str) -> int:
    found = re.search(r"Nr\. (\d+)", text)
    assert found is not None, text
    return int(found.group(1))


async def facts(app: App) -> list[AnswerFact]:
    return await app.store.evaluation.answers.facts(WEEK, WEEK)


async def test_an_answer_is_recorded_without_text_and_rated(acked_chat: Chat, app: App) -> None:
    reply, _ = await acked_chat.say("beruf Tischler")
    assert reply.answer_id is not None
    _, text = await acked_chat.say("feedback +")
    assert "👍" in text
    [*_, rated] = await facts(app)
    assert (rated.skill, rated.outcome, rated.producer) == ("occupation", "ok", "rules")
    assert (rated.department, rated.week, rated.rating, rated.reason) == (
        "Allgemein",
        WEEK,
        "up",
        None,
    )
    assert "Tischler" not in repr(await facts(app))


async def test_a_thumb_down_keeps_the_fixed_reason_only(acked_chat: Chat, app: App) -> None:
    await acked_chat.say("beruf Tischler")
    _, text = await acked_chat.say("👎 zu lang, Herr Meier wollte es kürzer")
    assert "zu lang" in text
    [*_, rated] = await facts(app)
    assert (rated.rating, rated.reason) == ("down", "too_long")
    _, _ = await acked_chat.say("feedback - irgendwas")
    [*_, rated] = await facts(app)
    assert (rated.rating, rated.reason) == ("down", "other")


async def test_a_new_request_typed_while_a_skill_waits_is_a_second_answer_of_its_own(
    acked_chat: Chat, app: App, caplog: pytest.LogCaptureFixture
) -> None:
    before = len(await facts(app))
    await acked_chat.say("mail")  # the email skill asks what the mail is about
    reply, text = await acked_chat.say("beruf Tischler")  # a new request, run as its own turn
    assert "Tischler/in" in text
    assert "turn rows not recorded" not in caplog.text
    recorded = await facts(app)
    assert [(f.skill, f.outcome) for f in recorded[before:]] == [
        ("email", "prompt"),  # "Worum soll es gehen?"
        ("email", "prompt"),  # "Das ist eine neue Anfrage …": the email is set aside
        ("occupation", "ok"),
    ]
    _, text = await acked_chat.say("feedback +")  # the rating goes to the lookup shown last
    [*_, rated] = await facts(app)
    assert (rated.skill, rated.rating) == ("occupation", "up")
    assert reply.answer_id is not None


async def test_builtins_are_no_answers_and_nothing_to_rate_says_so(chat: Chat, app: App) -> None:
    _, text = await chat.say("feedback +")
    assert "noch keine Antwort" in text
    await chat.say("hilfe")
    assert await facts(app) == []


async def test_opting_out_stops_recording_and_ratings(acked_chat: Chat, app: App) -> None:
    await acked_chat.say("beruf Tischler")
    before = len(await facts(app))
    _, text = await acked_chat.say("auswertung aus")
    assert "ausgeschaltet" in text
    await acked_chat.say("beruf Koch")
    _, text = await acked_chat.say("feedback +")
    assert "ausgeschaltet" in text
    assert len(await facts(app)) == before
    assert all(f.rating is None for f in await facts(app))
    await acked_chat.say("auswertung an")
    await acked_chat.say("beruf Koch")
    assert len(await facts(app)) == before + 1


async def test_suggestions_are_pseudonymised_voted_on_and_decided(
    acked_chat: Chat, app: App
) -> None:
    _, text = await acked_chat.say(
        "vorschlag Die Leitlinie soll sagen, was Frau Sabine Krüger (0171 2345678) fragen darf"
    )
    assert "für alle" in text
    first = number_in(text)  # ids are the database's (PostgreSQL keeps counting)
    stored = await app.store.evaluation.suggestions.get(first)
    assert stored is not None
    assert "Krüger" not in stored.text
    assert "0171" not in stored.text
    _, text = await acked_chat.say("vorschlag Beruf-Suche soll auch Gehälter zeigen")
    assert "Abteilung Allgemein" in text
    second = number_in(text)
    ben = make_chat(app, "ben")
    await ben.say("beruf Koch")
    await ben.say("ja")
    await ben.say(f"vorschlag {first} +1")
    await ben.say(f"vorschlag {first} -1")  # one vote per person, changeable
    _, text = await acked_chat.say(f"vorschlag {first} +1")
    assert "👍 1 · 👎 1" in text
    _, listing = await ben.say("vorschläge")
    assert f"Nr. {first}" in listing
    assert f"Nr. {second}" in listing
    assert "Krüger" not in listing


async def test_the_survey_is_asked_once_per_period_and_answered(
    acked_chat: Chat, app: App, clock: FakeClock
) -> None:
    await app.store.evaluation.choices.set_setting(
        "survey", {"enabled": True, "weeks": 1}, clock.now
    )
    _, text = await acked_chat.say("beruf Tischler")
    assert "Umfrage" in text
    _, text = await acked_chat.say("beruf Koch")
    assert "Umfrage" not in text  # not repeated in the period
    reply, text = await acked_chat.say("umfrage 4 b")
    assert reply.outcome is Outcome.OK
    assert "Danke" in text
    [answer] = await app.store.evaluation.surveys.facts(WEEK, WEEK)
    assert (answer.usefulness, answer.time_saved) == (4, "lt30")
    clock.advance(days=7)
    _, text = await acked_chat.say("beruf Koch")
    assert "Umfrage" in text  # a new period


async def test_my_data_shows_the_evaluation_and_erasure_removes_it(
    acked_chat: Chat, app: App
) -> None:
    await acked_chat.say("beruf Koch")
    await acked_chat.say("feedback +")
    await acked_chat.say("vorschlag Mehr Beispiele in der Hilfe")
    reply, _ = await acked_chat.say("meine daten")
    facts = {f.label: f.value for b in reply.blocks if isinstance(b, Facts) for f in b.items}
    assert facts["Teilnahme"] == "an"
    assert int(facts["Gezählte Antworten (ohne Inhalt)"]) >= 2
    assert facts["Ihre Bewertungen"] == "1"
    assert facts["Ihre Vorschläge"] == "1"
    await acked_chat.say("daten löschen")
    await acked_chat.say("ja")
    key = app.engine.services.pseudonymiser.user_key("console", "anna")
    mine = await app.store.evaluation.mine(key)
    assert (mine.answers, mine.ratings, mine.suggestions) == (0, 0, 0)
