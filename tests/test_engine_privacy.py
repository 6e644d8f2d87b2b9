"""Privacy self-service, the audit and logs: what is kept, and that content never is."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from conftest import Chat, FakeClock

from bot.ports import Feedback
from bot.reply import Facts, Outcome
from lotse.app import App

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


async def test_my_data_lists_what_is_stored(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("meine daten")
    facts = next(b for b in reply.blocks if isinstance(b, Facts))
    values = {fact.label: fact.value for fact in facts.items}
    assert "Allgemein" in values["Abteilung"]
    assert "2026-11-25" in values["Bestätigung der KI-Leitlinie"]
    assert int(values["Protokolleinträge (pseudonym, ohne Inhalte)"]) >= 2
    assert "Nachrichteninhalte speichere ich nicht" in text


async def test_delete_my_data_asks_first_then_erases(acked_chat: Chat, app: App) -> None:
    await acked_chat.say("sprache de")
    key = app.engine.services.pseudonymiser.user_key("console", "anna")
    await app.store.feedback.record(Feedback("teams", "reply-9", key, "dislike", False, NOW))
    await app.store.usage.add(NOW.date(), key, "Allgemein", 120, 80)
    shown, _ = await acked_chat.say("meine daten")
    counts = {f.label: f.value for b in shown.blocks if isinstance(b, Facts) for f in b.items}
    assert counts["Bewertungen von Antworten (Daumen hoch/runter, ohne Text)"] == "1"
    assert counts["Tage mit Modellnutzung (nur Token-Zahlen)"] == "1"
    question, _ = await acked_chat.say("daten löschen")
    assert question.outcome is Outcome.PROMPT
    _done, text = await acked_chat.say("ja")
    assert "gelöscht" in text
    assert await app.store.feedback.count_for_user(key) == 0
    reply, _ = await acked_chat.say("meine daten")
    facts = {f.label: f.value for b in reply.blocks if isinstance(b, Facts) for f in b.items}
    assert facts["Bestätigung der KI-Leitlinie"] == "keine"
    assert facts["Sprachwahl"] == "keine"
    assert facts["Tage mit Modellnutzung (nur Token-Zahlen)"] == "0"
    assert (await app.store.usage.for_user(NOW.date(), key)).total == 0
    # The guideline must be acknowledged again before the next skill runs.
    reply, _ = await acked_chat.say("beruf Tischler")
    assert reply.outcome is Outcome.GATE
    erasures = await app.store.audit.recent("privacy", 5)
    assert [e.action for e in erasures] == ["erase"]


async def test_delete_needs_the_confirmation(acked_chat: Chat) -> None:
    await acked_chat.say("daten löschen")
    await acked_chat.say("abbrechen")
    reply, _ = await acked_chat.say("beruf Tischler")
    assert reply.outcome is Outcome.OK  # nothing was deleted


async def test_audit_rows_record_what_happened_never_the_content(
    acked_chat: Chat, app: App
) -> None:
    secret = "Frau Beispielhaft wohnt in der Musterstraße 12"
    await acked_chat.say(f"Schreib eine Mail zur Terminbestätigung, {secret}")
    events = await app.store.audit.recent("message", 10)
    assert {e.action for e in events} >= {"occupation", "email"}
    assert all(e.actor_key and e.actor_key != "anna" for e in events)
    dumped = repr(events)
    assert "Beispielhaft" not in dumped
    assert "Musterstraße" not in dumped


# What every log record carries; what a log call adds (ids, outcomes) is everything else.
_RECORD_FIELDS = frozenset(logging.LogRecord("", logging.INFO, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
}


async def test_logs_carry_ids_and_outcomes_but_no_content(
    acked_chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await acked_chat.say("beruf Konditorin mit Kundennummer 4711-0815")
    handled = [r for r in caplog.records if r.getMessage() == "turn handled"]
    assert handled
    assert handled[0].__dict__["action"] == "occupation"
    for record in caplog.records:
        # the record's own fields (its time, thread, process) are numbers that may hold "4711"
        extra = {k: v for k, v in record.__dict__.items() if k not in _RECORD_FIELDS}
        line = record.getMessage() + repr(extra)
        assert "Konditorin" not in line
        assert "4711" not in line


async def test_personal_data_in_a_request_raises_the_reminder(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "Schreib eine Mail zur Terminbestätigung an klientin@example.org"
    )
    assert "no_personal_data" in {r.id for r in reply.reminders}


async def test_repeating_reminders_respect_their_interval(
    acked_chat: Chat, clock: FakeClock
) -> None:
    first, _ = await acked_chat.say("mail Terminbestätigung")
    second, _ = await acked_chat.say("mail Terminbestätigung")
    assert "transparency" in {r.id for r in first.reminders}
    assert "transparency" not in {r.id for r in second.reminders}
    assert "review_output" in {r.id for r in second.reminders}  # every time
    clock.advance(hours=25)
    third, _ = await acked_chat.say("mail Terminbestätigung")
    assert "transparency" in {r.id for r in third.reminders}


async def test_conversation_state_is_purged_after_its_retention(
    acked_chat: Chat, app: App, clock: FakeClock
) -> None:
    await acked_chat.say("mail")
    assert await app.engine.purge_expired() == 0
    clock.advance(minutes=app.settings.state_ttl_minutes + 1)
    assert await app.engine.purge_expired() == 1
