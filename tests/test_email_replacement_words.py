"""A replacement said without "Ersatztermin" ("wir machen am 09.03. weiter", "holen es …
nach", "stattdessen am …", "neuer Vorschlag …", "schieben, neu: …") is the appointment the
draft offers, in its block, not a line under "Weitere Hinweise"."""

from __future__ import annotations

from datetime import date, time

import pytest
from test_email_skill import run

from skills.email.classify import classify
from skills.email.extract import extract
from skills.email.model import Purpose, SlotRole

TODAY = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "day", "start"),
    [
        (
            "an die TN vom Deutschkurs: der Kurs am 28.01. fällt aus, wir machen am 04.02. "
            "um 9 Uhr weiter",
            date(2027, 2, 4),
            time(9, 0),
        ),
        (
            "Absage an Herrn Nolte: Gespräch am 29.01. fällt aus, wir holen es am 03.02. um "
            "13:30 nach.",
            date(2027, 2, 3),
            time(13, 30),
        ),
        (
            "Absage an die Gruppe Jobcafé: 27.01. entfällt, wir sehen uns am 10.02. um 15 Uhr "
            "wieder",
            date(2027, 2, 10),
            time(15, 0),
        ),
    ],
)
def test_the_day_things_go_on_replaces_the_one_called_off(
    text: str, day: date, start: time
) -> None:
    request = extract(text, Purpose.CANCELLATION, TODAY)
    assert request.appointment is not None
    assert (request.appointment.day, request.appointment.start) == (day, start)
    assert request.previous is not None


async def test_the_replacement_stands_in_the_block() -> None:
    result = await run(
        "Absage an Herrn Nolte: Gespräch am 29.01. fällt aus, wir holen es am 03.02. um "
        "13:30 nach."
    )
    body = str(result.data["body"])
    assert "Datum: Mittwoch, 3. Februar 2027" in body
    assert "Uhrzeit: 13:30 Uhr" in body


def test_after_the_date_nach_must_end_the_clause() -> None:
    request = extract(
        "Absage an Frau Kurz: Termin am 29.01. fällt aus, am 03.02. nach der Schule geht es",
        Purpose.CANCELLATION,
        TODAY,
    )
    assert request.appointment is None or request.appointment.role is not SlotRole.NEW


@pytest.mark.parametrize(
    "text",
    [
        "Mail an Herrn Paul: der 02.02. passt mir nicht, können wir stattdessen am 04.02. "
        "um 10 Uhr?",
        "Frau Roth schreiben: müssen den Termin am Freitag schieben, neu: 05.02. 11 Uhr",
        "Mail an Frau Ay: Termin am 02.02. geht nicht, neuer Vorschlag 09.02. 8:30",
    ],
)
def test_a_move_said_in_other_words_is_a_rescheduling(text: str) -> None:
    assert classify(text) is Purpose.RESCHEDULING


def test_stattdessen_marks_the_new_date() -> None:
    request = extract(
        "Mail an Herrn Paul: der 02.02. passt mir nicht, können wir stattdessen am 04.02. "
        "um 10 Uhr?",
        Purpose.RESCHEDULING,
        TODAY,
    )
    assert request.appointment is not None
    assert request.previous is not None
    assert request.appointment.day == date(2027, 2, 4)
    assert request.previous.day == date(2027, 2, 2)
