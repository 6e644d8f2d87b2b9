"""An Absage or Zusage of a place (a course seat, a measure, an application) is a message that
says the decision in a sentence of its own; only an appointment called off is a cancellation."""

from __future__ import annotations

import pytest
from test_email_skill import body_of, run

from bot.reply import Outcome
from skills.email.classify import classify
from skills.email.model import Purpose


@pytest.mark.parametrize(
    "text",
    [
        "Absage an Frau Lenz, der Platz im Schweißkurs ist schon vergeben",
        "Ablehnung an Herrn Aksoy: die Umschulung wurde nicht bewilligt",
        "eine Absage an Pia schreiben, der Yogakurs ist ausgebucht",
        "rejection to Ms. Grant: the IT course is fully booked",
        "Zusage an Frau Lenz, ihr Platz im Kochkurs ist reserviert",
        "confirm Ben's place in the welding class",
    ],
)
def test_a_place_decided_is_a_message(text: str) -> None:
    assert classify(text) is Purpose.MESSAGE


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Absage des Termins am 9.3. an Herrn Lenz", Purpose.CANCELLATION),
        ("sag das Gespräch mit Pia ab", Purpose.CANCELLATION),
        (
            "Absage an Frau Lenz, unser Termin am 9.3. entfällt, der Raum ist voll",
            Purpose.CANCELLATION,
        ),
        (
            "Terminbestätigung an Frau Lenz, ihr Platz: Raum 4, 9.3. um 10 Uhr",
            Purpose.CONFIRMATION,
        ),
    ],
)
def test_an_appointment_decided_keeps_its_purpose(text: str, purpose: Purpose) -> None:
    assert classify(text) is purpose


async def test_a_refusal_says_it_in_a_sentence_and_invents_no_date() -> None:
    draft = await body_of("Absage an Herrn Aksoy: der Platz im Staplerkurs ist leider vergeben")
    assert draft.startswith("Absage\n")
    said = "leider muss ich Ihnen mitteilen: Der Platz im Staplerkurs ist leider vergeben."
    assert said in draft
    assert "[Datum]" not in draft
    assert "Termin" not in draft


async def test_a_refusal_named_mid_request_is_the_subject_not_a_line() -> None:
    draft = await body_of("Kannst du mir eine Absage an Frau Lenz formulieren, der Kurs ist voll")
    assert draft.startswith("Absage\n")
    assert "\nAbsage\n" not in draft
    assert "leider muss ich Ihnen mitteilen: " in draft


async def test_an_acceptance_told_to_du_keeps_its_facts() -> None:
    draft = await body_of(
        "Zusage schreiben an Pia (du): sie hat den Platz im Yogakurs, start 4.5. um 18 Uhr"
    )
    assert draft.startswith("Zusage\n")
    assert "ich freue mich, dir mitteilen zu können: " in draft
    assert "Yogakurs" in draft
    assert "18" in draft


async def test_a_clause_ending_in_a_room_number_gets_no_date_dot() -> None:
    draft = await body_of("Zusage an Frau Lenz: sie ist im Kochkurs dabei, Raum 2.14")
    assert "Raum 2.14" in draft
    assert "2.14." not in draft


async def test_let_someone_know_is_an_email_to_them() -> None:
    result = await run("let Ben know that his certificate has arrived", language="en")
    assert result.outcome is Outcome.OK
    body = str(result.data["body"])
    assert body.startswith("Dear Ben")
    assert "let Ben know" not in body
