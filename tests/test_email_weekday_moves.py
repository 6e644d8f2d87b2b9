"""A move from one weekday to a later one ("von Di auf Do") lands in the old day's week, even
when today lies between the two weekdays; an earlier weekday keeps its own reading."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of

from skills.email.classify import classify
from skills.email.dates import find_dates
from skills.email.model import Purpose

WEDNESDAY = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Termin von Di auf Do verschieben", date(2027, 1, 26), date(2027, 1, 28)),
        ("Termin von Di 10 Uhr auf Do 11:30 verschieben", date(2027, 1, 26), date(2027, 1, 28)),
        ("move the meeting from Tuesday to Friday", date(2027, 1, 26), date(2027, 1, 29)),
        ("vom Montag auf Mittwoch verlegt", date(2027, 1, 25), date(2027, 1, 27)),
    ],
)
def test_the_new_weekday_comes_after_the_old_one(text: str, old: date, new: date) -> None:
    found, _ = find_dates(text, WEDNESDAY)
    assert [mention.day for mention in found] == [old, new]


def test_an_earlier_weekday_is_not_pushed_a_week_on() -> None:
    # "von Freitag auf Dienstag": may well be moved forward; read as typed, each on its own
    found, _ = find_dates("Termin von Freitag auf Dienstag verschieben", WEDNESDAY)
    assert [mention.day for mention in found] == [date(2027, 1, 22), date(2027, 1, 26)]


def test_a_span_of_weekdays_is_no_date() -> None:
    found, _ = find_dates("erreichbar von Mo bis Fr, Sprechzeit von Di - Do", WEDNESDAY)
    assert found == []


async def test_the_draft_moves_forward_in_time() -> None:
    draft = await body_of("Mail an Herrn Maas: Termin von Di auf Do verschoben, 10 Uhr")
    assert "Dienstag, 26. Januar 2027" in draft
    assert "Donnerstag, 28. Januar 2027" in draft
    assert "21. Januar" not in draft


def test_moving_our_appointment_in_english_is_a_rescheduling() -> None:
    assert classify("can we move our appointment from Wednesday to Friday, 2pm?") is (
        Purpose.RESCHEDULING
    )
