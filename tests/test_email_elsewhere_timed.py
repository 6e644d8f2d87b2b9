"""An appointment held elsewhere with its day and hour typed before its host ("Termin morgen um
10 beim Ärztlichen Dienst der Agentur") is theirs, not a counselling appointment, and keeps its
day and hour; "Wir laden Sie … ein" is an invitation."""

from __future__ import annotations

from test_email_skill import body_of

from skills.email.classify import classify
from skills.email.model import Purpose


async def test_an_appointment_elsewhere_keeps_the_day_typed_before_its_host() -> None:
    draft = await body_of(
        "Mail an Herrn Petrović: Erinnerung an den Termin am 20.01.2027 um 10 beim Ärztlichen "
        "Dienst der Agentur, Bismarckstraße 2, bitte Befundberichte mitbringen."
    )
    assert "Was: Termin beim Ärztlichen Dienst der Agentur" in draft
    assert "Datum: Mittwoch, 20. Januar 2027" in draft
    assert "Uhrzeit: 10:00 Uhr" in draft
    assert "Beratungsgespräch" not in draft


def test_we_invite_you_is_an_invitation() -> None:
    assert (
        classify(
            "Mail an Familie Yilmaz: Wir laden Sie und Ihren Sohn Can zum Elterngespräch am "
            "20.01. um 16 Uhr ein, Raum 1.04. Bitte bringen Sie das letzte Zeugnis mit."
        )
        is Purpose.INVITATION
    )


async def test_the_son_named_in_the_invitation_is_kept() -> None:
    draft = await body_of(
        "Mail an Familie Yilmaz: Wir laden Sie und Ihren Sohn Can zum Elterngespräch am "
        "20.01. um 16 Uhr ein, Raum 1.04. Bitte bringen Sie das letzte Zeugnis mit."
    )
    assert "gerne lade ich Sie zum Elterngespräch ein" in draft
    assert "Sohn Can" in draft
