"""English requests: a short month before the day after a preposition of time ("on Jan 20")
is a date; "write to Mr. Hoffmann that his internship …" tells the clause to him (the title's
dot ends no sentence); "reschedule … from Feb 4 to Feb 9" moves the appointment, it names no
period."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of

from skills.email.dates import find_dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("bring her passport to the appointment on Jan 20 at 10:00", date(2027, 1, 20)),
        ("please send it by Feb 5", date(2027, 2, 5)),
    ],
)
def test_a_short_month_first_after_a_preposition_is_a_date(text: str, day: date) -> None:
    found, _ = find_dates(text, date(2027, 1, 11))
    assert [d.day for d in found] == [day]


def test_a_short_month_that_may_be_a_name_is_no_date() -> None:
    found, _ = find_dates("Termin mit Jan 3 Uhr später", date(2027, 1, 11))
    assert found == []


async def test_a_that_clause_after_a_titled_name_is_told_to_them() -> None:
    draft = await body_of(
        "Can you write to Mr. Hoffmann that his internship at Bosch starts on 1 March and he "
        "should report to Ms Keller at 7:30?",
        "en",
    )
    assert (
        "your internship at Bosch starts on 1 March and you should report to Ms Keller at 7:30."
        in draft
    )
    assert "?." not in draft


async def test_a_moved_appointment_is_from_one_day_to_another() -> None:
    draft = await body_of(
        "please reschedule my meeting with Mrs. Petrova from Feb 4 to Feb 9, 2027, same time "
        "(10 am), via Teams",
        "en",
    )
    assert (
        "our counselling appointment on Thursday, 4 February 2027 has to be rescheduled" in draft
    )
    assert "Date: Tuesday, 9 February 2027" in draft
