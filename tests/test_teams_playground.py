"""End to end through the Microsoft 365 Agents Playground: a counsellor's personal chat with
the real ``lotse serve`` — welcome, policy acknowledgement, occupation lookup, email draft and
note summary."""

from __future__ import annotations

import json
from typing import Any

from teams_playground_fixtures import Playground

CARD = "application/vnd.microsoft.card.adaptive"


def shown(message: dict[str, Any]) -> str:
    """Everything the chat window shows for a message, as one string."""
    return (message.get("text") or "") + json.dumps(message.get("attachments"), ensure_ascii=False)


async def test_personal_chat_from_welcome_to_summary(playground: Playground) -> None:
    before = len(playground.bot_messages())
    await playground.install()
    welcome = await playground.next_message(before)
    assert welcome["text"].startswith("Hallo, ich bin **Lotse**")
    assert "KI-Leitlinie" in welcome["text"]

    gate = await playground.say("beruf Tischler")
    assert not gate.get("attachments")  # a plain text prompt, no card
    assert "KI-Leitlinie" in gate["text"]
    assert "„ja“" in gate["text"]

    occupation = await playground.say("ja")
    (attachment,) = occupation["attachments"]
    assert attachment["contentType"] == CARD
    assert attachment["content"]["version"] == "1.5"
    assert "Tischler/in" in shown(occupation)
    assert "FactSet" in shown(occupation)

    email = await playground.say("email Terminbestätigung für den 3.12. um 10 Uhr, Ort: Raum 2.14")
    assert email["attachments"][0]["contentType"] == CARD
    assert "10:00" in shown(email)
    assert "Raum 2.14" in shown(email)
    # Offline, templates wrote the draft: labelled as a template draft, not as AI output.
    assert not email.get("aiEntity")
    assert "Entwurf aus Vorlage" in shown(email)

    summary = await playground.say(
        "zusammenfassung:\nDie Klientin möchte eine Ausbildung im Handwerk beginnen.\n"
        "Nächster Schritt: Praktikum in einer Tischlerei im Frühjahr."
    )
    assert "Praktikum in einer Tischlerei" in shown(summary)
