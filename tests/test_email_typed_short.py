"""How counsellors type in a hurry: a short weekday right before its clock time ("Termin Do
9:00", "Mi 14 Uhr") is that day, not a gap to fill; what a document covers ("Kontoauszüge der
letzten 3 Monate", "vom letzten Arbeitgeber") belongs to it."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of

from skills.email.dates import find_dates

MONDAY = date(2027, 1, 11)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Erinnerung an Herrn Klein wegen Termin Do 9:00", date(2027, 1, 14)),
        ("Einladung an Frau Öz, Mi 14 Uhr Raum 2.01", date(2027, 1, 13)),
        ("Treffen Fr 10.30 Uhr im BIZ", date(2027, 1, 15)),
    ],
)
def test_a_short_weekday_before_its_time_is_that_day(text: str, day: date) -> None:
    found, _ = find_dates(text, MONDAY)
    assert [mention.day for mention in found] == [day]


@pytest.mark.parametrize(
    "text",
    ["mail an Jan, so 9 Uhr passt", "Mo bis Fr erreichbar", "erreichbar Mo-Fr 8:30-12:45 Uhr"],
)
def test_a_lower_case_or_untimed_short_word_is_no_day(text: str) -> None:
    found, _ = find_dates(text, MONDAY)
    assert found == []


async def test_what_a_document_covers_belongs_to_it() -> None:
    draft = await body_of(
        "Erinnerung an Herrn Klein wegen Termin Do 9:00, er soll Kontoauszüge der letzten "
        "3 Monate mitbringen"
    )
    assert "- Kontoauszüge der letzten 3 Monate" in draft
    assert "Datum: Donnerstag," in draft
    assert "Weitere Hinweise" not in draft


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "auf Do" was carried as typed: the new date stayed "[Datum]"
        ("Termin verschoben auf Do, gleiche Zeit", date(2027, 1, 14)),
        ("Frau Berg kann erst für Mi", date(2027, 1, 13)),
    ],
)
def test_a_short_weekday_after_auf_or_fuer_is_that_day(text: str, day: date) -> None:
    found, _ = find_dates(text, MONDAY)
    assert [mention.day for mention in found] == [day]


async def test_a_move_to_a_short_weekday_at_the_same_time_fills_the_new_appointment() -> None:
    draft = await body_of(
        "mail an Frau Yilmaz: Termin verschoben von Di 10 Uhr auf Do, gleiche Zeit"
    )
    assert "Datum: Donnerstag, " in draft
    assert "Uhrzeit: 10:00 Uhr" in draft


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mial an Frau Kaya: Einladung zum Termin am 3.2. um 10 Uhr", "10:00"),
        ("emial an Herrn Becker, bitte Rückruf unter 02381 12345", "02381 12345"),
    ],
)
async def test_a_mistyped_mail_command_is_no_part_of_the_mail(text: str, kept: str) -> None:
    # "mial" asked for the mail; it stood in the letter as a line of its own
    draft = await body_of(text)
    assert kept in draft
    assert "mial" not in draft
