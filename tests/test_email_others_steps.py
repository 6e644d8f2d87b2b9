"""A cancellation or a move that is someone else's step (a client, a parent, a company, a
school) is not drafted as the counsellor calling off or moving "our appointment"."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from skills.email.model import Purpose
from skills.email.their_step import others_step


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("schreib dem Jobcenter, dass Frau K. den Termin verschieben muss", Purpose.RESCHEDULING),
        ("Herr Öz (Vater von Ela) hat abgesagt, schreib ihm was", Purpose.CANCELLATION),
        ("Mail an Tim, dass der Betrieb Meyer das Praktikum abgesagt hat", Purpose.CANCELLATION),
        ("Die Realschule hat den BO-Tag auf den 3.3. verschoben", Purpose.RESCHEDULING),
        ("Ms. Rossi cancelled her appointment, write her", Purpose.CANCELLATION),
        ("weil sie den Termin absagen möchte", Purpose.CANCELLATION),
    ],
)
def test_another_ones_step(text: str, purpose: Purpose) -> None:
    assert others_step(text, purpose)


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Hr. Brandt Termin von Di auf Do verschieben", Purpose.RESCHEDULING),
        ("Termin mit Frau Lorenz auf Dienstag verlegen", Purpose.RESCHEDULING),
        ("Mail an Herrn Roth: der Termin wird auf den 20.01. verschoben", Purpose.RESCHEDULING),
        ("Absage an Frau Kaya: ich muss den Termin am 3.2. absagen", Purpose.CANCELLATION),
        ("Frau Kaya und ich haben den Termin verschoben", Purpose.RESCHEDULING),
        ("Absage an die Gruppe: der Workshop fällt aus", Purpose.CANCELLATION),
        ("Info an Herrn Ali: Termin morgen entfällt", Purpose.CANCELLATION),
    ],
)
def test_the_counsellors_own_step(text: str, purpose: Purpose) -> None:
    assert not others_step(text, purpose)


async def test_a_clients_move_is_told_not_made_ours() -> None:
    draft = await body_of(
        "Wie schreibe ich dem Jobcenter, dass Frau K. den Termin am 19.01. verschieben muss?"
    )
    assert "dass Frau K. den Termin am 19.01. verschieben muss" in draft
    assert "unser" not in draft.casefold()
    assert "Sehr geehrte Damen und Herren" in draft


async def test_a_parents_cancellation_does_not_cancel_the_new_date() -> None:
    draft = await body_of(
        "Herr Novak hat abgesagt, schreib ihm bitte, dass wir das Elterngespräch auf den "
        "03.02. um 16 Uhr legen können"
    )
    assert "absagen" not in draft
    assert "03.02." in draft
    assert "16 Uhr" in draft


@pytest.mark.parametrize(
    "text",
    [
        "schreib dem Jobcenter, dass Herr Wagner ab 01.02.2027 eine Ausbildung beginnt",
        "Mail an das Jobcenter, dass Frau Krüger ihren Termin am 19.01. verschieben muss",
    ],
)
async def test_a_person_in_what_to_tell_a_service_is_not_greeted(text: str) -> None:
    draft = await body_of(text)
    assert "An: Jobcenter" in draft
    assert "Sehr geehrte Damen und Herren" in draft
    assert "Sehr geehrter Herr" not in draft
    assert "Sehr geehrte Frau" not in draft
