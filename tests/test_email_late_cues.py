"""Email requests that name no "Mail" up front still reach the email skill and keep their
facts: a group addressed as "alle aus dem Kurs …:", a person whose role stands in brackets
before the colon, the child's whole name after "Eltern von", the next meeting in a bulleted
note, "Mrs." as typed and an enrolment that "closes" on a date."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of

from skills.email.classify import classify
from skills.email.extract import extract
from skills.email.model import Purpose
from skills.email.parties import find_addressee
from skills.email.routing import evidence

TODAY = date(2027, 1, 20)


@pytest.mark.parametrize(
    "text",
    [
        "an alle aus dem Kurs Neustart: Bewerbungsfotos am 03.02. um 9 Uhr, Raum 1.12",
        "An alle vom Kurs BO-2: das Treffen am 11.02. ist im Foyer",
        "to everyone in the Thursday group: the visit on 9 February starts at 8:30",
    ],
)
def test_everyone_of_a_course_before_a_colon_is_a_group_mail(text: str) -> None:
    assert evidence(text) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "an Herrn Dr. Vogel (Schulleitung Realschule am Wasserturm) wegen dem Projekttag: "
        "wir kommen am 11.02. um 8 Uhr",
        "an Frau Mag. Kern (Ausbildungsleitung Stadtwerke Unna) wegen der Praktikumsplätze: "
        "die Liste kommt bis 14.02.",
    ],
)
def test_a_role_in_brackets_does_not_hide_whom_a_request_is_for(text: str) -> None:
    assert evidence(text) >= 1.0


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("bitte an die Eltern von Tim Becker: Elternabend am 04.03. um 19 Uhr", "Tim Becker"),
        ("tell the parents of Ayla Demir that the trip is on 8 February", "Ayla Demir"),
        # a noun after the first name is no surname
        ("Einladung an die Eltern von Lena Elternabend am 04.03.", "Lena"),
    ],
)
def test_the_childs_whole_name_is_kept_where_it_clearly_ends(text: str, child: str) -> None:
    addressee, _ = find_addressee(text)
    assert addressee.child == child


async def test_a_bulleted_next_meeting_is_the_appointment_not_a_step() -> None:
    text = (
        "Bitte Mail an Frau Sommer, was wir heute besprochen haben:\n"
        "- sie fragt bei der Bäckerei Kurz nach einem Praktikum\n"
        "- nächster Termin 09.02. um 10:30"
    )
    request = extract(text, Purpose.FOLLOW_UP, TODAY)
    assert request.appointment is not None
    assert request.appointment.day == date(2027, 2, 9)
    assert all("nächster Termin" not in step for step in request.steps)
    body = await body_of(text)
    assert "9. Februar 2027" in body
    assert "bis" not in body.split("9. Februar 2027")[0][-45:]  # not read as a deadline


async def test_an_english_draft_keeps_mrs_as_typed() -> None:
    body = await body_of(
        "email Mrs. Adeyemi: her appointment on 4 February 2027 at 10 am is confirmed",
        language="en",
    )
    assert "Dear Mrs Adeyemi," in body


async def test_an_enrolment_that_closes_on_a_date_is_a_deadline() -> None:
    text = "remind Mr. Tahir that enrolment for the welding course closes on 12 February 2027"
    request = extract(text, Purpose.REMINDER, TODAY)
    assert request.deadline == date(2027, 2, 12)


@pytest.mark.parametrize(
    "text",
    [
        "reply to Mr. Brandt, who asked whether he needs a forklift certificate: yes, he does",
        "Antwort an Frau Kaya, sie hatte gefragt ob sie ein Zeugnis braucht: nein",
    ],
)
def test_an_answer_to_a_question_asks_for_no_documents(text: str) -> None:
    assert classify(text) is Purpose.MESSAGE


def test_a_request_for_documents_still_wins_over_a_question_asked() -> None:
    text = "Frau Kaya hatte gefragt was fehlt: bitte Unterlagen anfordern, Zeugnis und Lebenslauf"
    assert classify(text) is Purpose.DOCUMENTS


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        (
            "an alle aus dem Kurs Neustart: Bewerbungsfotos am 03.02.2027 um 9 Uhr, Raum 1.12",
            "Liebe Teilnehmende des Kurses Neustart,",
        ),
        (
            "An alle von der Gruppe BO-4: das Treffen am 11.02.2027 ist im Foyer",
            "Liebe Teilnehmende der Gruppe BO-4,",
        ),
    ],
)
async def test_everyone_of_a_named_course_is_greeted_with_its_name(
    text: str, greeting: str
) -> None:
    assert greeting in await body_of(text)
