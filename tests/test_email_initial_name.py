"""A surname typed as its initial ("Frau K.", "Hr. B.") is greeted as typed, not lost to
"Frau [Nachname]": the counsellor wrote it so and fills in the name before sending."""

from __future__ import annotations

import pytest
from conftest import Chat


@pytest.mark.parametrize(
    ("request_text", "greeting"),
    [
        ("Mail an Frau Ü.: die Bescheinigung liegt ab Montag bei mir", "Sehr geehrte Frau Ü."),
        ("Absage an Hr. W. (20): der Kurs ist schon voll", "Sehr geehrter Herr W."),
    ],
)
async def test_the_initial_is_greeted(acked_chat: Chat, request_text: str, greeting: str) -> None:
    reply, _ = await acked_chat.say(request_text)
    assert reply.skill_id == "email"
    assert greeting in str(reply.data["body"])
