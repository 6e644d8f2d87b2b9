"""Writing to a training company's or a school's office by its role ("an die
Ausbildungsleitung der …", "an die Schulsozialarbeit") and a message headed "an alle TN …:"
are email requests, whatever occupation words their content holds."""

from __future__ import annotations

import pytest
from conftest import Chat

from skills.email.shape import addressed_group


@pytest.mark.parametrize(
    "request_text",
    [
        "Schreib bitte an die Ausbildungsleitung der Sparkasse Hamm (Herr Brinkmann): Frau "
        "Adeyemi möchte sich als Bankkauffrau bewerben, gibt es noch Plätze für 2027?",
        "Schreib an die Personalleitung von Rewe Dortmund: Herr Lenz sucht einen "
        "Praktikumsplatz als Einzelhandelskaufmann ab 01.03.",
        "an alle TN Kurs 'Start in die Pflege': ab 25.01. sind wir in Raum 2.04 statt 1.10, "
        "Beginn weiter 8:30",
        "to all participants of the welding course: from 1 February we meet in hall B",
    ],
)
async def test_a_role_or_a_group_written_to_is_an_email_request(
    acked_chat: Chat, request_text: str
) -> None:
    reply, _ = await acked_chat.say(request_text)
    assert reply.skill_id == "email"


def test_a_group_named_as_a_note_heading_is_not_addressed() -> None:
    assert addressed_group("an alle TN: Kurs fällt aus")
    assert not addressed_group("Gruppe Pflege: 12 TN, 3 haben abgebrochen")
    assert not addressed_group("an alle TN:")
