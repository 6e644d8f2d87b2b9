"""A reply language named beside a request ("auf Englisch bitte: was macht ein Koch?") answers
that request in it; the request is neither dropped nor read with the marker's words."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.routing.language_request import language_marker


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        ("bitte auf englisch: was macht ein Koch?", "en", "was macht ein Koch?"),
        (
            "Antworte auf Englisch: Welche Ausbildungen gibt es?",
            "en",
            "Welche Ausbildungen gibt es?",
        ),
        ("English please: was verdient ein Tischler", "en", "was verdient ein Tischler"),
        (
            "(in English) wie lange dauert die Ausbildung?",
            "en",
            "wie lange dauert die Ausbildung?",
        ),
        ("was macht eine Floristin? Bitte auf Englisch", "en", "was macht eine Floristin?"),
        ("beruf maurer, auf englisch bitte", "en", "beruf maurer"),
        ("what does a baker do - auf Deutsch bitte", "de", "what does a baker do"),
        ("in German please:\nwhat does a roofer earn?", "de", "what does a roofer earn?"),
    ],
)
def test_a_language_beside_a_request_is_read_and_taken_off(
    text: str, language: str, asked: str
) -> None:
    assert language_marker(text) == (language, asked)


@pytest.mark.parametrize(
    "text",
    [
        "auf Englisch bitte",  # only a switch of the reply language
        "Schreib eine Mail auf Englisch an Frau Smith: Einladung am 20.01.",  # the draft's
        "mail an Herrn Brown, auf Englisch: Termin am 20.01. abgesagt",
        "Die Klientin spricht nur Englisch, welche Berufe passen?",
        "Englisch: B1, Mathe: 3",
        "Kann sie die Ausbildung auf Englisch machen?",
        "Was heißt Tischler auf Englisch?",
        "Ausbildung mit Deutsch, Mathe und Englisch?",
        "x" * 700 + ", auf Englisch bitte",
    ],
)
def test_other_mentions_of_a_language_are_no_marker(text: str) -> None:
    assert language_marker(text) is None


async def test_the_request_is_answered_in_the_language_named(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("bitte auf englisch: was macht ein Koch?")
    assert reply.language == "en"
    assert "Koch/Köchin" in text
    assert "Type of training" in text
    later, _ = await acked_chat.say("beruf Tischler")
    assert later.language == "de"  # for that request, not a switch of every reply


async def test_a_marker_after_the_question_keeps_the_question(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say(
        "Wie lange dauert die Ausbildung zum Maurer? in English pls"
    )
    assert reply.language == "en"
    assert "Maurer/in" in text
    assert "Duration" in text
