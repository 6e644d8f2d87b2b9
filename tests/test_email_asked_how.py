"""Asking how to write an email asks for its template ("Wie schreibe ich eine gute Absage?");
a message the request gives no words for has a gap for them, not an empty letter; asking for
templates is asking what Lotse can do."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from bot.routing.help_request import asks_what_lotse_can_do
from skills.email.routing import writes_to


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


@pytest.mark.parametrize(
    ("request_text", "said", "unsaid"),
    [
        # the asking words stood in the letter: "kannst du mir helfen eine absage an …"
        (
            "kannst du mir helfen eine absage an einen betrieb zu formulieren? "
            "Praktikum von Jonas bei Autohaus Meyer kann nicht stattfinden",
            "Praktikum von Jonas bei Autohaus Meyer kann nicht stattfinden",
            "helfen",
        ),
        (
            "formulier mir mal ne nette Absage an das Autohaus Meyer: "
            "Jonas kann das Praktikum nicht antreten",
            "Jonas kann das Praktikum nicht antreten",
            "nette",
        ),
        (
            "hilf mir bei einer Absage an die Bäckerei Schmidt: das Praktikum fällt aus",
            "das Praktikum fällt aus",
            "hilf",
        ),
    ],
)
async def test_asking_for_help_with_a_mail_carries_none_of_the_asking(
    request_text: str, said: str, unsaid: str
) -> None:
    draft = await body_of(request_text)
    assert said in draft
    assert unsaid not in draft.casefold()
    assert "Sehr geehrte Damen und Herren" in draft  # a business, named by its trade


async def test_asking_how_to_write_to_someone_that_drafts_the_message() -> None:
    # was "nicht verstanden": asked, not ordered ("schreib der Schule, dass …")
    text = "wie schreibe ich einer schule, dass ich eine Berufsorientierung anbieten möchte"
    assert writes_to(text)
    draft = await body_of(text)
    assert "Sehr geehrte Damen und Herren," in draft
    assert "dass ich eine Berufsorientierung anbieten möchte" in draft
    assert "schreibe" not in draft
