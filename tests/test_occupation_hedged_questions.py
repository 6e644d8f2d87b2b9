"""A hedge said around a question ("normalerweise", "in der Regel", "usually") is no part of the
occupation asked about: "Wie lange dauert eine Ausbildung normalerweise?" was answered with
"Zu „normalerweise“ … keinen Beruf gefunden", a different question. How long a training takes
in general has a reviewed answer of its own (the training system's "training_duration")."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "Wie lange dauert eine Ausbildung normalerweise?",
        "Wie lange dauert normalerweise eine Ausbildung?",
        "How long does an apprenticeship usually take?",
    ],
)
async def test_a_hedged_duration_question_without_an_occupation_is_answered_in_general(
    acked_chat: Chat, question: str
) -> None:
    await acked_chat.say("Welche Ausbildungen gibt es im Bereich Medien?")  # no card to refer to
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert reply.data["general"]["topic"] == "training_duration"
    assert "normalerweise" not in shown


@pytest.mark.parametrize("question", ["Was verdient man normalerweise in der Ausbildung?"])
async def test_a_hedged_fact_question_without_an_occupation_asks_which(
    acked_chat: Chat, question: str
) -> None:
    # Another skill's reply: no card or list to refer to (right after a list the fact is
    # answered for the list's entries, tests/test_occupation_revisit.py)
    await acked_chat.say("mail an Frau Weber: Termin am 14.1. um 10 Uhr ist bestätigt")
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.PROMPT
    assert "normalerweise" not in shown
    assert "usually" not in shown


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("wie lange dauert die ausbildung zum koch normalerweise", "Koch/Köchin"),
        ("Was verdient ein Tischler normalerweise in der Ausbildung?", "Tischler/in"),
    ],
)
async def test_a_hedged_fact_question_names_its_occupation(
    acked_chat: Chat, question: str, title: str
) -> None:
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert shown.startswith(f"{title}\n")  # the card's heading
