"""Answers to "Soll ich alle Daten löschen?" as people type them, not only the bare word."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Heading, Outcome
from bot.routing.confirm import confirms, declines

NO = ["nein", "Nö, lieber nicht.", "nee", "nein danke", "bitte nicht löschen",
      "ne lass mal", "No thanks", "never mind", "keep it", "doch nicht"]  # fmt: skip
YES = ["ja", "Ja bitte!", "ja, löschen", "yes please", "jap", "löschen"]
NEITHER = [
    "ja, aber nicht die Sprachwahl",
    "ja doch nicht",
    "beruf Tischler",
    "was wird denn alles gelöscht?",
    "ja wenn es sein muss, aber eigentlich möchte ich lieber wissen was gespeichert ist",
]


@pytest.mark.parametrize("answer", NO)
def test_a_no_in_everyday_words_declines(answer: str) -> None:
    assert declines(answer)
    assert not confirms(answer)


@pytest.mark.parametrize("answer", YES)
def test_a_plain_yes_confirms(answer: str) -> None:
    assert confirms(answer)
    assert not declines(answer)


@pytest.mark.parametrize("answer", NEITHER)
def test_a_yes_taken_back_or_another_request_is_neither(answer: str) -> None:
    assert not confirms(answer)


@pytest.mark.parametrize("answer", ["Nö, lieber nicht.", "nein danke", "ne lass mal"])
async def test_an_everyday_no_keeps_the_data(acked_chat: Chat, answer: str) -> None:
    await acked_chat.say("daten löschen")
    _reply, text = await acked_chat.say(answer)
    assert "lösche nichts" in text
    await acked_chat.say("ja")  # the question is closed
    still, _ = await acked_chat.say("beruf Tischler")
    assert still.outcome is Outcome.OK


async def test_a_yes_with_please_erases(acked_chat: Chat) -> None:
    await acked_chat.say("daten löschen")
    _reply, text = await acked_chat.say("Ja bitte!")
    assert "gelöscht" in text
    after, _ = await acked_chat.say("beruf Tischler")
    assert after.outcome is Outcome.GATE  # the acknowledgement went with the rest


@pytest.mark.parametrize("answer", ["nein", "Nö, erst später", "nein danke"])
async def test_a_no_to_the_guideline_gets_a_short_answer_and_the_request_waits(
    chat: Chat, answer: str
) -> None:
    await chat.say("beruf Tischler")
    reply, text = await chat.say(answer)
    assert reply.outcome is Outcome.GATE
    assert "Ohne Ihre Bestätigung" in text
    assert "Bevor Sie Lotse nutzen" not in text  # not the whole guideline once more
    answered, _ = await chat.say("ja")
    assert any(isinstance(b, Heading) and b.text == "Tischler/in" for b in answered.blocks)
