"""Asking how to write an email asks for its template ("Wie schreibe ich eine gute Absage?");
a message the request gives no words for has a gap for them, not an empty letter; asking for
templates is asking what Lotse can do."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from bot.routing.help_request import asks_what_lotse_can_do


async def test_asking_how_to_write_an_invitation_drafts_its_template() -> None:
    draft = await body_of("Wie formuliere ich eine Einladung zum Erstgespräch?")
    assert "gerne lade ich Sie zum Erstgespräch ein" in draft
    assert "formuliere" not in draft


async def test_asking_how_carries_none_of_the_question() -> None:
    draft = await body_of("Wie schreibe ich eine gute Absage an einen Klienten?")
    assert "schreibe" not in draft
    assert "gute" not in draft


async def test_a_message_without_words_has_a_gap_for_them() -> None:
    draft = await body_of("Absage an einen Klienten")
    assert "[Ihr Text]" in draft
    assert "mit freundlichen Grüßen" not in draft  # the closing is no first line to lower


@pytest.mark.parametrize(
    "question",
    [
        "hast du Vorlagen für Einladungen?",
        "Gibt es Mailvorlagen?",
        "Welche Vorlagen hast du?",
        "do you have email templates?",
    ],
)
def test_asking_for_templates_is_asking_what_lotse_can_do(question: str) -> None:
    assert asks_what_lotse_can_do(question)
