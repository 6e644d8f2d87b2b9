"""A fact asked of a field, not of an occupation, is asked back with the field's list on
offer, never answered with an occupation whose title holds the field's word."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Actions, Heading, Outcome
from skills.occupation.field_question import field_asked

_NAMES = {"tischler", "kauffrau im einzelhandel", "pflege"}


def names(words: str) -> bool:
    return words.casefold() in _NAMES


@pytest.mark.parametrize(
    ("left", "field"),
    [
        ("welchen braucht man im Handwerk", "Handwerk"),
        ("da im Bereich Holz", "Holz"),
        ("man so im Bereich Metall", "Metall"),
    ],
)
def test_a_field_alone_is_found(left: str, field: str) -> None:
    assert field_asked(left, names) == field


@pytest.mark.parametrize(
    "left",
    [
        "Tischler",  # an occupation
        "im Bereich Pflege",  # a field word that also names occupations: the lookup decides
        "Kauffrau im Einzelhandel",
        "Handwerk und Holz",  # two fields: no single one asked about
        "da",
        "Frau Yilmaz",
        "man als Azubi im Einzelhandel",  # a trainee's workplace names the occupation
    ],
)
def test_anything_else_is_no_field_question(left: str) -> None:
    assert field_asked(left, names) is None


async def test_a_fact_asked_of_a_field_is_asked_back_with_the_field_on_offer(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say("welchen Abschluss braucht man im Handwerk?")
    assert reply.outcome is Outcome.PROMPT
    assert not any(isinstance(block, Heading) for block in reply.blocks)  # no occupation
    assert "„Handwerk“ ist ein Bereich" in text
    offered = [a.command for b in reply.blocks if isinstance(b, Actions) for a in b.items]
    assert offered == ["Ausbildungen im Bereich Handwerk"]
    reply, text = await acked_chat.say("Tischler")  # the answer keeps the fact asked about
    assert Heading("Tischler/in") in reply.blocks
    assert "Üblich ist:" in text.split("Männlich")[0]


async def test_a_field_named_in_a_follow_up_wins_over_the_card_before(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    reply, text = await acked_chat.say("Und was verdient man da im Bereich Holz?")
    assert reply.outcome is Outcome.PROMPT
    assert "„Holz“ ist ein Bereich" in text
    assert "Koch" not in text


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("wie lange geht so ne Ausbildung in der Logistik?", "Logistik"),
        ("wie lang dauert eigentlich eine Ausbildung im Bereich Medien", "Medien"),
    ],
)
async def test_a_fact_of_a_field_is_asked_back_before_its_words_are_explored(
    acked_chat: Chat, question: str, field: str
) -> None:
    await acked_chat.say("zusammenfassen\nTN war pünktlich.")  # no card to follow up on
    reply, text = await acked_chat.say(question)
    assert reply.outcome is Outcome.PROMPT
    assert f"{field}“" in text
    assert reply.data.get("exploration") is None


async def test_a_list_asked_of_a_field_is_still_explored(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Welche Ausbildungen in der Logistik dauern nur zwei Jahre?")
    assert reply.data.get("exploration") is not None
