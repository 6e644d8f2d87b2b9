"""A cancellation that offers another time in its own words ("biete ihm … an", "alternativ
…", "Gegenvorschlag …", "suggest … instead") drafts the offer as the replacement, not as a
line of notes; an event announced to parents or a class without the word "Einladung" is an
invitation to it; a title typed in lower case ("frau dr. …", "sag herrn … ab") still names
the addressee."""

from __future__ import annotations

from datetime import date, time

import pytest
from conftest import Chat
from test_email_skill import run

from skills.email.announced import announces_event
from skills.email.extract import extract
from skills.email.model import Purpose, Role
from skills.email.parties import find_addressee, people
from skills.email.places import contacts

TODAY = date(2027, 3, 1)  # a Monday


@pytest.mark.parametrize(
    ("text", "day", "start"),
    [
        ("Absage an Herrn Roth für den 03.03., ich biete ihm den 05.03. um 9 Uhr an",
         date(2027, 3, 5), time(9, 0)),
        ("Absage Frau Lang 04.03., alternativ Montag 08.03. um 14:30",
         date(2027, 3, 8), time(14, 30)),
        ("Beratung mit Herrn Adu am 02.03. absagen, Gegenvorschlag 09.03. 11 Uhr",
         date(2027, 3, 9), time(11, 0)),
        ("mail an frau said: den termin am 03.03. muss ich absagen, ich könnte ihr den "
         "10.03. um 8 uhr anbieten", date(2027, 3, 10), time(8, 0)),
        ("cancel my appointment with Mr. Berg on 3 March and suggest 5 March at 10am instead",
         date(2027, 3, 5), time(10, 0)),
    ],
)  # fmt: skip
def test_the_offered_time_replaces_the_one_called_off(text: str, day: date, start: time) -> None:
    request = extract(text, Purpose.CANCELLATION, TODAY)
    assert request.appointment is not None
    assert request.previous is not None
    assert (request.appointment.day, request.appointment.start) == (day, start)


async def test_the_offer_is_drafted_as_the_replacement_not_as_a_note() -> None:
    result = await run(
        "Absage an Herrn Roth für den 03.03., ich biete ihm stattdessen den 05.03. um 9 Uhr an"
    )
    body = str(result.data["body"])
    assert "Ersatztermin" in body
    assert "Freitag, 5. März 2027" in body
    assert "biete" not in body
    assert "Weitere Hinweise" not in body


@pytest.mark.parametrize(
    "text",
    [
        "Mail an die Eltern der 8c: Informationsabend Ausbildung am 10.03. um 18 Uhr, Aula",
        "an alle Eltern der Klasse 7b – Berufsmesse am 12.03. von 10 bis 14 Uhr in der Mensa",
        "note to the parents of class 9d: open day at the college on 13 March, 10am",
    ],
)
def test_an_event_announced_to_parents_is_an_invitation(text: str) -> None:
    assert announces_event(text, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        # an outing of the pupils: the parents are told, not invited
        "Mail an die Eltern der 8c: Betriebsbesichtigung am 10.03., Abfahrt 8 Uhr",
        # one person, not a group of readers
        "Mail an Frau Kurz: Informationsabend am 10.03. um 18 Uhr",
        # no day named
        "Mail an die Eltern der 8c: der Informationsabend wird verschoben",
    ],
)
def test_other_mails_announce_no_invitation(text: str) -> None:
    assert not announces_event(text, TODAY)


async def test_the_announcement_is_drafted_with_the_invitation_template() -> None:
    result = await run(
        "Mail an die Eltern der 8c: Informationsabend Ausbildung am 10.03. um 18 Uhr, Aula"
    )
    assert result.data["purpose"] == Purpose.INVITATION.value
    body = str(result.data["body"])
    assert "Informationsabend Ausbildung" in body
    assert "18:00 Uhr" in body


def test_parents_of_a_class_have_no_child_called_class() -> None:
    addressee, _ = find_addressee("email to the parents of year 8: careers fair on 4 March")
    assert addressee.role is Role.PARENTS
    assert addressee.child == ""


def test_a_doctor_typed_in_lower_case_keeps_the_title() -> None:
    found, _ = people("einladung an frau dr. öztürk (ihk) zum austausch am 10.03.")
    assert [(p.surname, p.title) for p in found] == [("Öztürk", "Dr.")]


async def test_a_lower_case_title_after_a_purpose_verb_names_the_addressee(
    acked_chat: Chat,
) -> None:
    reply, shown = await acked_chat.say("sag herrn lindner bitte für den 22.01. ab")
    assert reply.skill_id == "email"
    assert "Herr Lindner" in shown


@pytest.mark.parametrize(
    ("text", "language", "greeting"),
    [
        ("Mail an die Eltern der 7a: Infoabend Praktikum am 10.03. um 18 Uhr", "de",
         "Sehr geehrte Eltern der Klasse 7a,"),
        ("Elternbrief Jahrgang 8: Berufsmesse am 12.03. ab 9 Uhr", "de",
         "Sehr geehrte Eltern des Jahrgangs 8,"),
        ("email to the parents of class 9d: careers fair on 12 March at 9am", "en",
         "Dear parents (class 9d),"),
    ],
)  # fmt: skip
async def test_the_parents_of_a_class_are_greeted_as_such(
    text: str, language: str, greeting: str
) -> None:
    result = await run(text, language=language)
    body = str(result.data["body"])
    assert body.startswith(greeting)
    assert "Weitere Hinweise" not in body
    assert "Further notes" not in body


def test_a_period_of_days_with_a_dash_is_no_phone_number() -> None:
    found, _ = contacts(
        "Bestätigung an Herrn Kurz: Praktikum von Ali 08.03.–19.03., Tel. 02381 44512"
    )
    assert found == ["02381 44512"]
