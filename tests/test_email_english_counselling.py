"""An English invitation to "a counselling session" or "a careers advice session" is the
counselling appointment the template names itself, not an event titled "counselling session"
("I would like to invite you to the following event: Event: counselling session"); an event
with a title of its own stays one."""

from __future__ import annotations

import pytest
from test_email_skill import body_of


@pytest.mark.parametrize(
    "text",
    [
        "Draft an email to Mr Kowalski inviting him to a counselling session on 9 Feb 2027, 3 pm",
        "invite Amira to a careers advice session on 12 Feb 2027 at 10:30",
        "Please invite Ms Brown to an initial guidance session on 15 Feb 2027, 9 am, room 3",
    ],
)
async def test_a_counselling_session_is_the_appointment_not_an_event(text: str) -> None:
    draft = await body_of(text, "en")
    assert "invite you to a counselling appointment" in draft
    assert "following event" not in draft
    assert "- careers" not in draft  # no leftover of the phrase carried as a note


async def test_an_event_with_a_title_of_its_own_stays_an_event() -> None:
    draft = await body_of(
        "invite Jonas to our information session on dual study programmes on 10 Feb 2027 at 4 pm",
        "en",
    )
    assert "following event" in draft
    assert "information session on dual study programmes" in draft
