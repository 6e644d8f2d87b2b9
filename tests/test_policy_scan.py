"""One scan of a message yields the message-side triggers and kinds for the reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.policy import PiiKind, Trigger, load_policy, scan_message, select_reminders

TODAY = date(2026, 11, 16)


def test_scan_collects_triggers_kinds_and_categories() -> None:
    scan = scan_message(
        "Ist meine Klientin Anna Schmidt mit ADHS für die Ausbildung geeignet? Tel. 030 23125456",
        today=TODAY,
    )
    assert scan.kinds == {PiiKind.PERSON_NAME, PiiKind.PHONE}
    assert scan.categories == {"health"}
    assert scan.decision_request
    assert scan.triggers == {
        Trigger.PERSONAL_DATA,
        Trigger.SPECIAL_CATEGORY,
        Trigger.DECISION_REQUEST,
    }


def test_plain_lookup_fires_nothing() -> None:
    scan = scan_message("Was macht eine Kauffrau für Büromanagement?", today=TODAY)
    assert scan.findings == ()
    assert scan.triggers == frozenset()


def test_scan_feeds_reminder_selection() -> None:
    scan = scan_message("Hallo Jonas, meine Nummer ist 030 23125456.", today=TODAY)
    now = datetime(2026, 11, 16, tzinfo=UTC)
    reminders = select_reminders(
        load_policy(), scan.triggers | {Trigger.AI_OUTPUT}, "de", {}, now, kinds=scan.kinds
    )
    ids = [r.id for r in reminders]
    assert ids[0] == "no_personal_data"
    assert "review_output" in ids
    assert "Name, Telefonnummer" in reminders[0].text
    assert "Jonas" not in reminders[0].text
