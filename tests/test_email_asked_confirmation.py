"""A confirmation the letter asks for is no confirmation it gives; an office of a school is an
organisation; the place of an appointment the documents are brought to is said; a word typed
in a hurry ("dran") or a verb that only says the appointment happens ("stattfindet") is no fact
to carry."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from skills.email.classify import classify
from skills.email.model import Purpose, Role
from skills.email.parties import find_addressee


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an die Realschule Heessen, Frau Becker: Wir bieten am 27.01.2027 eine "
        "Berufsorientierungsstunde für die 9b an, bitte um kurze Bestätigung bis 20.01.",
        "Mail an Autohaus Berger, Hr. Krause: Praktikum von Emre vom 1.2. bis 12.2., bitte "
        "bestätigen Sie kurz, ob das so passt.",
        "Nachricht an die Gesamtschule: Workshop am 3.3. in der 9a, Rückbestätigung erbeten",
        "Please email the school, Ms Carter: we offer a careers session for class 10a on "
        "2 February, please confirm by 26 January.",
    ],
)
def test_a_confirmation_asked_of_the_addressee_is_no_confirmation(request_text: str) -> None:
    assert classify(request_text) is not Purpose.CONFIRMATION


@pytest.mark.parametrize(
    "request_text",
    [
        "Bitte um Bestätigung für Frau Meier, Termin am 3.2. um 10 Uhr in Raum 2.14",
        "Bestätigung an Frau Lenz: Termin am 19.01. um 11 Uhr, Raum 1.02",
        "Bestätige Herrn Adeyemi seinen Termin am 20.1. um 14 Uhr, er soll bitte kurz "
        "bestätigen, dass er kommt",
        "please confirm Mr Okafor's appointment on 19 January at 2 pm",
    ],
)
def test_a_confirmation_the_counsellor_asks_for_still_confirms(request_text: str) -> None:
    assert classify(request_text) is Purpose.CONFIRMATION


async def test_a_confirmation_asked_for_leaves_the_request_s_words_as_the_letter() -> None:
    draft = await body_of(
        "Mail an die Realschule Heessen, Frau Becker: Wir bieten am 27.01.2027 eine "
        "Berufsorientierungsstunde für die 9b an, 2. und 3. Stunde, bitte um kurze "
        "Bestätigung bis 20.01."
    )
    assert "hiermit bestätige ich" not in draft
    lines = [line.strip() for line in draft.splitlines() if line.strip()]
    told = next(i for i, line in enumerate(lines) if "Berufsorientierungsstunde" in line)
    deadline = next(i for i, line in enumerate(lines) if "20. Januar 2027" in line)
    assert told < deadline  # the date read back follows the message, it does not open it


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an das Sekretariat der Freiherr-vom-Stein-Schule: Workshop am 04.02.2027",
        "schreib der Schulleitung, dass der Termin am 3.3. stattfindet",
    ],
)
def test_a_school_office_is_an_organisation(request_text: str) -> None:
    addressee, _ = find_addressee(request_text)
    assert addressee.role is Role.ORGANISATION


async def test_the_documents_are_brought_to_the_place_given() -> None:
    draft = await body_of(
        "Schreib Frau Yilmaz, dass ihr Termin am Donnerstag, 14.01., um 9 Uhr bei mir in "
        "Raum 1.07 stattfindet. Sie soll ihren Lebenslauf mitbringen."
    )
    assert "um 9:00 Uhr (Ort: Raum 1.07) mit." in draft
    assert "stattfindet" not in draft  # nothing left over to carry


async def test_a_hurried_pronominal_adverb_is_not_carried() -> None:
    draft = await body_of(
        "Erinner Lukas bitte per du dran, dass er bis Freitag seine Bewerbung bei der "
        "Sparkasse Hamm abschicken muss"
    )
    assert "- dran" not in draft
    assert "Sparkasse Hamm" in draft
