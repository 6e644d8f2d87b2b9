"""An appointment the client missed is not "unser Beratungsgespräch muss leider verschoben
werden" (a move of ours the request never gave), and a document the client collects is not a
request for documents with an invented appointment to bring it to: both are drafted as the
request's own message, told to the addressee."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of

from skills.email.model import Purpose
from skills.email.purpose_fit import extract_for


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an Frau Ahrens: sie hat den Termin am 12.03.2027 verpasst, neuer Termin nötig",
        "mail an Herrn Polat, war am Montag nicht zum Gespräch gekommen, neuen Termin vorschlagen",
        "Schreib Mara per du: du bist gestern nicht erschienen, lass uns neu planen",
    ],
)
async def test_a_missed_appointment_is_not_moved_by_the_counsellor(request_text: str) -> None:
    draft = await body_of(request_text)
    assert "verschoben werden" not in draft
    assert "absagen" not in draft


async def test_an_english_no_show_is_not_rescheduled_by_us() -> None:
    draft = await body_of(
        "Email to Ms Grant: no-show on Monday, please book a new appointment", "en"
    )
    assert "has to be rescheduled" not in draft
    assert "need to move" not in draft


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an Herrn Lindqvist: er kann seine Zeugnisse ab Mittwoch im Büro abholen",
        "Mail an Frau Berisha: ihr Lebenslauf liegt zur Abholung bereit",
    ],
)
async def test_a_document_to_collect_is_not_asked_for(request_text: str) -> None:
    draft = await body_of(request_text)
    assert "bitte ich Sie um folgende Unterlagen" not in draft
    assert "Bitte bringen Sie" not in draft


def test_a_document_asked_for_stays_a_documents_request() -> None:
    request = extract_for(
        "Mail an Frau Berisha: bitte Zeugnisse nachreichen, sie kann dann die Mappe abholen",
        Purpose.DOCUMENTS,
        date(2027, 1, 11),
    )
    assert request.purpose is Purpose.DOCUMENTS


async def test_the_counsellor_s_own_absence_still_moves_the_appointment() -> None:
    draft = await body_of(
        "Mail an Frau Ahrens: ich bin am 12.03.2027 nicht da, Termin auf den 15.03. verschieben"
    )
    assert "muss leider verschoben werden" in draft


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an Herrn Krause von der Arbeitsagentur: Frau Iqbal war jeden Tag im Kurs, "
        "Teilnahmebescheinigung folgt",
        "email to Mr Obi: Ms Sato attended every session, the certificate will follow",
    ],
)
async def test_a_document_announced_from_us_is_not_asked_for(request_text: str) -> None:
    draft = await body_of(request_text)
    assert "folgende Unterlagen" not in draft
    assert "following documents" not in draft
