"""An email draft holds no date, time, number, name, email or URL the request did not give:
not from the templates, not from a spoken time, a duration, a house number, a weekday that
names a group, an English "may" or a possessive."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_email_skill import body_of, run, shown

from skills.email.dates import find_dates
from skills.email.drafter import TemplateDrafter
from skills.email.model import AddressForm, EmailRequest, Purpose
from skills.email.times import find_times

TODAY = date(2027, 1, 11)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("form", list(AddressForm))
@pytest.mark.parametrize("purpose", list(Purpose))
async def test_a_template_adds_no_value_of_its_own(
    purpose: Purpose, form: AddressForm, language: str
) -> None:
    # a request that gives nothing: every gap is a [placeholder], the signature too
    draft = await TemplateDrafter().draft(
        EmailRequest(purpose=purpose, address_form=form, today=TODAY), language
    )
    text = re.sub(r"\[[^\]]*\]", "", draft.subject + "\n" + draft.body)
    assert not re.search(r"\d", text)
    assert "@" not in text
    assert "http" not in text
    assert "www." not in text
    assert not re.search(r"\b(?:Frau|Herrn?|Mrs?|Ms|Dr\.)\s+[A-ZÄÖÜ]", text)


@pytest.mark.parametrize(
    "spoken",
    ["um halb 3 Uhr", "Viertel vor 10 Uhr", "um viertel nach 10 Uhr", "dreiviertel 9 Uhr"],
)
def test_a_spoken_time_is_not_read_as_the_hour_after_it(spoken: str) -> None:
    assert find_times(spoken) == []


async def test_a_spoken_time_is_kept_as_typed_and_no_hour_is_made_of_it() -> None:
    body = await body_of(
        "Erinnerung an Herrn Schulte: Termin am 12.01.2027 um halb 3 Uhr, Raum 1.14"
    )
    assert "halb 3 Uhr" in body
    assert "3:00" not in body


@pytest.mark.parametrize(
    "text",
    [
        "der Termin verschiebt sich um 2 Wochen",
        "um 1 Tag verschoben",
        "die Frist verlängert sich um 3 Monate",
        "die Gebühr steigt um 5 Euro",
        "the course grew by at 3 places",
    ],
)
def test_a_duration_or_a_count_after_um_is_no_time(text: str) -> None:
    assert find_times(text) == []


async def test_a_postponement_by_weeks_gets_no_clock_time() -> None:
    body = await body_of("Terminverschiebung an Frau Kraus: der Termin am 03.02.2027 um 2 Wochen")
    assert "2:00" not in body


@pytest.mark.parametrize("text", ["meet me at 10 Downing Street", "at 12 Station Road, room 2"])
def test_a_house_number_after_at_is_no_time(text: str) -> None:
    assert find_times(text) == []


def test_a_time_after_at_is_still_a_time() -> None:
    assert [str(t.begin) for t in find_times("at 10 in room 2")] == ["10:00:00"]


@pytest.mark.parametrize(
    "text",
    [
        "Invite the Monday job club to a CV check on 20 January 2027",
        "Einladung an die Montag-Gruppe am 20.01.2027",
        "our Friday group meets on 20 January 2027",
    ],
)
def test_a_weekday_that_names_a_group_is_no_date(text: str) -> None:
    assert [m.day for m in find_dates(text, TODAY)[0]] == [date(2027, 1, 20)]


async def test_a_group_named_by_a_weekday_gets_no_date() -> None:
    body = await body_of("Remind the Monday job club to bring their CVs", "en")
    assert "18 January" not in body
    assert "Monday job club" in body


def test_a_weekday_alone_is_still_a_date() -> None:
    assert [m.day for m in find_dates("see you on Monday", TODAY)[0]] == [date(2027, 1, 18)]


def test_the_verb_may_after_a_number_is_no_month() -> None:
    mentions = find_dates("the talk in room 3 may take longer, on 20 January 2027", TODAY)[0]
    assert [m.day for m in mentions] == [date(2027, 1, 20)]
    assert [m.day for m in find_dates("on 3 may 2027", TODAY)[0]] == [date(2027, 5, 3)]


async def test_a_possessive_is_not_part_of_the_name() -> None:
    result = await run(
        "Please reschedule Mr Haddad's appointment from 19 January 2027 at 10 am to "
        "26 January 2027 at 11:30 am",
        language="en",
    )
    body = str(result.data["body"])
    assert body.startswith("Dear Mr Haddad,")


async def test_the_child_of_parents_named_with_a_possessive_is_named() -> None:
    body = await body_of(
        "Cancel the parents' evening for Jamal's parents on 2 February 2027 at 6 pm", "en"
    )
    assert "Jamal" in body
    assert "Dear parents," in body


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Erinnerung an Herrn Schulte: Termin morgen um 10 Uhr", "„morgen“"),
        ("Erinnerung an Frau Kurz: Termin am Do um 10 Uhr", "„Do“"),
        ("Einladung an Herrn Lang für Freitag 14 Uhr", "„Freitag“"),
    ],
)
async def test_a_day_computed_from_a_word_is_told_to_the_counsellor(text: str, word: str) -> None:
    # the request gave no date: the draft names one, and the counsellor is told which
    seen = shown(await run(text))
    assert f"Hinweis: {word} habe ich als" in seen


async def test_a_date_the_request_gives_needs_no_such_notice() -> None:
    seen = shown(await run("Erinnerung an Herrn Schulte: Termin am 21.01.2027 um 10 Uhr"))
    assert "habe ich als" not in seen
