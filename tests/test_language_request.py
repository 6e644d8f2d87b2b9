"""English (or German) replies asked for in everyday words, not only with `sprache en`."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.routing.language_request import requested_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("can you answer in English please?", "en"),
        ("bitte antworte auf Englisch", "en"),
        ("English please", "en"),
        ("Kannst du auf Englisch antworten?", "en"),
        ("Können Sie mir auf Englisch antworten?", "en"),
        ("Stell bitte auf Englisch um", "en"),
        ("switch to English", "en"),
        ("auf Deutsch bitte", "de"),
        ("reply in German please", "de"),
        ("sprich wieder deutsch mit mir", "de"),
        ("Kannst du eigentlich auch Englisch?", "en"),
        ("Können Sie Deutsch?", "de"),
        ("do you speak English?", "en"),
        # what was just said, again in the other language
        ("could you put this in English?", "en"),
        ("pls say it again in english", "en"),
        ("sag mir das nochmal auf Englisch", "en"),
        ("english plz", "en"),
        # with a verb that stands for the others
        ("kannst du das mal auf englisch machen?", "en"),
        ("Könnten Sie das bitte auf Deutsch machen", "de"),
        ("can you do this in English", "en"),
    ],
)
def test_a_reply_language_asked_for_in_words(text: str, language: str) -> None:
    assert requested_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Die Klientin spricht nur Englisch",  # about a client, not about Lotse's replies
        "She can only speak English",
        "Wir sprechen Deutsch mit ihm",
        "Kann der Klient Deutsch?",
        "Schreib eine Mail auf Englisch an Tim",  # an English draft, a skill's business
        "Mail auf Englisch bitte",
        "Übersetz das auf Englisch",
        "Deutschkurs für Tim",
        "beruf Englischlehrer",
        "Englisch oder Deutsch?",
        "Kann die Klientin auch Englisch?",
        "Do you speak to clients in English?",
        "Say hello to her in English",  # words for someone else
        "She can explain it in German",
        "Kann man die Umschulung auch auf Englisch machen?",  # a question about training
        "kann sie das Praktikum auf Englisch machen",
        "can you do the apprenticeship in English?",
    ],
)
def test_other_messages_naming_a_language_are_left_alone(text: str) -> None:
    assert requested_language(text) is None


async def test_asking_for_english_switches_the_replies(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Kannst du bitte auf Englisch antworten?")
    assert reply.language == "en"
    assert "English" in text
    card, _ = await acked_chat.say("beruf Tischler")
    assert card.language == "en"
    back, _ = await acked_chat.say("auf Deutsch bitte")
    assert back.language == "de"
