"""Beside the addressee: the person readers register with or reply to ("Anmeldung … bei Frau
X"), the organisation the addressee works at ("Herrn Y vom Jobcenter Z", "Frau Y (Bäckerei
Y)"), an inquiry typed in the third person ("ob er … hat") asked of the addressee, and a
confirmation's "bleibt bestehen" the template says itself."""

from __future__ import annotations

import pytest
from test_email_skill import body_of, copyable, run

from skills.email.affiliation import find_affiliation
from skills.email.model import Role
from skills.email.parties import find_addressee
from skills.email.referred import Kind, find_referred


@pytest.mark.parametrize(
    ("request_text", "person", "kind"),
    [
        (
            "Einladung an alle aus dem Sprachkurs: Grillfest am 02.07.2027 um 16 Uhr, "
            "Anmeldung bis 25.6. bei Herrn Brinkmann",
            "Herrn Brinkmann",
            Kind.REGISTER,
        ),
        (
            "Einladung an Frau Celik zum Infoabend am 04.03.2027 um 18 Uhr, Rückmeldung "
            "bitte bis 01.03. an meinen Kollegen Herrn Wagner",
            "meinen Kollegen Herrn Wagner",
            Kind.REPLY,
        ),
        (
            "invite the whole group to the job fair on 5 March 2027 at 10am, please sign up "
            "with Mr. Okoro by 1 March",
            "Mr. Okoro",
            Kind.REGISTER,
        ),
    ],
)
def test_the_person_one_registers_or_replies_with_is_found(
    request_text: str, person: str, kind: Kind
) -> None:
    found = find_referred(request_text)
    assert found is not None
    assert (found.person, found.kind, found.exact) == (person, kind, True)


def test_a_request_opening_with_the_reply_word_is_written_to_that_person() -> None:
    assert find_referred("Rückmeldung an Frau Okafor: die Unterlagen sind angekommen") is None
    addressee, _ = find_addressee("Rückmeldung an Frau Okafor: die Unterlagen sind angekommen")
    assert [p.surname for p in addressee.people] == ["Okafor"]


def test_the_person_to_register_with_is_not_greeted_a_group_is() -> None:
    addressee, _ = find_addressee(
        "Einladung an alle Teilnehmenden des Kurses: Ausflug am 09.04.2027 um 9 Uhr, "
        "Anmeldung bis 2.4. bei Frau Petrow"
    )
    assert addressee.role is Role.GROUP
    assert not addressee.people


async def test_an_invitation_asks_its_readers_to_register_with_the_named_person() -> None:
    draft = await body_of(
        "Einladung an alle Teilnehmenden des Kurses: Ausflug am 09.04.2027 um 9 Uhr, "
        "Anmeldung bis 2.4. bei Frau Petrow"
    )
    assert "Frau Petrow," not in draft.splitlines()[0]
    assert "Bitte melden Sie sich bis Freitag, 2. April 2027 bei Frau Petrow an." in draft
    assert "Bescheid, ob der Termin für Sie passt" not in draft
    assert "Anmeldung" not in draft


async def test_an_invitation_with_the_reply_to_a_colleague_keeps_the_colleague() -> None:
    draft = await body_of(
        "Einladung an Frau Celik zum Infoabend am 04.03.2027 um 18 Uhr, Rückmeldung "
        "bitte bis 01.03. an meinen Kollegen Herrn Wagner"
    )
    assert "\nSehr geehrte Frau Celik,\n" in draft
    assert "Bitte geben Sie bis Montag, 1. März 2027 meinen Kollegen Herrn Wagner" in draft


@pytest.mark.parametrize(
    ("request_text", "person", "organisation"),
    [
        (
            "Mail an Herrn Ernst vom Jobcenter Soest: bitte um Rückruf",
            "Herrn Ernst",
            "Jobcenter Soest",
        ),
        (
            "Schreib Frau Pohl von der Agentur für Arbeit Dortmund, dass die Unterlagen kommen",
            "Frau Pohl",
            "Agentur für Arbeit Dortmund",
        ),
        (
            "Mail an Herrn Roth (Schreinerei Roth), ob er Zeit hat",
            "Herrn Roth",
            "Schreinerei Roth",
        ),
        ("mail an frau jung bei der stadt unna: termin bestätigen", "frau jung", "stadt unna"),
    ],
)
def test_the_organisation_after_the_person_is_found(
    request_text: str, person: str, organisation: str
) -> None:
    at = request_text.index(person)
    span = find_affiliation(request_text, (at, at + len(person)))
    assert span is not None
    assert request_text[span[0] : span[1]] == organisation


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an Frau Kaya vom letzten Termin: bitte",  # not a name of its own
        "schreib Mia (du), dass es klappt",  # the address form
        "Mail an Herrn Arslan (17), ob er kommt",  # an age
    ],
)
def test_no_organisation_is_read_where_none_is_named(request_text: str) -> None:
    for marker in ("Frau Kaya", "Mia", "Herrn Arslan"):
        if marker in request_text:
            at = request_text.index(marker)
            assert find_affiliation(request_text, (at, at + len(marker))) is None


async def test_the_organisation_after_the_person_is_the_to_line_not_a_line_of_the_letter() -> None:
    result = await run("Mail an Herrn Ernst vom Jobcenter Soest: bitte um Rückruf wegen Frau Lenz")
    assert result.data["recipient"] == "Jobcenter Soest"
    assert copyable(result).startswith("An: Jobcenter Soest\n")
    body = str(result.data["body"])
    assert "Jobcenter Soest" not in body


async def test_a_third_person_inquiry_is_asked_of_the_addressee() -> None:
    result = await run(
        "Bitte Mail an Frau Roth (Schreinerei Roth), ob sie für Jan (15) vom 08.03. bis "
        "19.03.2027 einen Praktikumsplatz hat. Rückmeldung gerne an mich, 02381 111222"
    )
    body = str(result.data["body"])
    assert result.data["recipient"] == "Schreinerei Roth"
    assert (
        "ich möchte Sie fragen, ob Sie für Jan (15) vom 08.03. bis 19.03.2027 einen "
        "Praktikumsplatz haben." in body
    )
    assert "02381 111222" in body
    assert "(Schreinerei Roth)" not in body


async def test_an_inquiry_with_an_unknown_verb_is_left_as_typed() -> None:
    body = await body_of("Mail an Herrn Roth (Schreinerei Roth), ob er die Mappe abheftet")
    assert "ob er die Mappe abheftet" in body


async def test_an_order_to_ask_is_carried_out_and_the_question_kept_whole() -> None:
    body = await body_of(
        "Frag Herrn Lange vom Kreis Soest, ob der Termin am 28.01. um 10 Uhr für das "
        "Hilfeplangespräch passt"
    )
    assert "Frag" not in body
    assert (
        "ich möchte Sie fragen, ob der Termin am 28.01. um 10 Uhr für das Hilfeplangespräch "
        "passt." in body
    )


async def test_english_inquiry_in_the_third_person_is_asked() -> None:
    body = await body_of(
        "please write an email to Ms. Green (Green Gardens) asking whether she has a placement "
        "for Omar in April. She can reach me on 02381 445566",
        language="en",
    )
    assert "I would like to ask you whether you have a placement for Omar in April." in body


async def test_a_confirmation_that_the_appointment_stands_carries_nothing_placed() -> None:
    body = await body_of(
        "Bestätigung für Leonie: Termin am 26.01. um 10 Uhr bleibt bestehen, Treffpunkt "
        "Eingang C, Raum 2.03"
    )
    assert "Weitere Hinweise" not in body
    assert "bleibt bestehen" not in body
    assert "Raum 2.03" in body
