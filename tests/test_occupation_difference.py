"""The difference between the last two cards, asked with no occupation named ("Unterschied?"
after "beruf Tischler" and "und Zimmerer?"), and pay asked of one person at work named by an
everyday word ("What does an electrician earn during the apprenticeship?")."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome
from skills.occupation.difference import asks_difference, difference_to


@pytest.mark.parametrize(
    "text",
    ["Unterschied?", "und der Unterschied?", "Was ist der Unterschied?",
     "wo liegt denn der Unterschied zwischen den beiden?", "Vergleich bitte",
     "was unterscheidet die beiden?", "difference?", "what's the difference?",
     "compare them please"],
)  # fmt: skip
def test_a_question_for_the_difference_alone_is_read(text: str) -> None:
    assert asks_difference(text)


@pytest.mark.parametrize(
    "text",
    ["Unterschied zwischen Tischler und Zimmerer", "Vergleich Koch und Bäcker",
     "Was ist der Unterschied zwischen dual und schulisch?", "difference between a and b"],
)  # fmt: skip
def test_a_comparison_naming_its_sides_is_no_such_question(text: str) -> None:
    assert not asks_difference(text)


async def test_the_difference_after_two_cards_compares_them(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Tischler")
    await acked_chat.say("und Zimmerer?")
    reply, shown = await acked_chat.say("Unterschied?")
    assert reply.skill_id == "occupation"
    assert "Tischler/in und Zimmerer/Zimmerin im Vergleich" in shown


async def test_the_difference_after_one_card_asks_with_what(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Tischler")
    reply, shown = await acked_chat.say("Unterschied?")
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.PROMPT
    assert "Womit soll ich Tischler/in vergleichen?" in shown


async def test_pay_asked_of_one_everyday_name_is_a_lookup_not_a_list(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say("What does an electrician earn during the apprenticeship?")
    assert reply.skill_id == "occupation"
    assert "may fit" not in shown  # no list of occupations
    assert "training pay" in shown


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("was ist der unterschied zu mechatroniker", "mechatroniker"),
        ("Unterschied zum Zimmerer?", "Zimmerer"),
        ("und im Vergleich zur Erzieherin?", "Erzieherin"),
        ("wie unterscheidet sich das vom Holzmechaniker?", "Holzmechaniker"),
        ("what is the difference to a joiner?", "joiner"),
        ("how is it different from a roofer?", "roofer"),
    ],
)
def test_the_difference_to_one_occupation_is_read(text: str, name: str) -> None:
    assert difference_to(text) == name


@pytest.mark.parametrize(
    "text", ["Unterschied?", "Unterschied zwischen Tischler und Zimmerer", "beruf Koch"]
)
def test_no_difference_to_one_occupation_where_none_is_asked(text: str) -> None:
    assert difference_to(text) is None


async def test_the_difference_to_one_more_after_a_card_compares_them(acked_chat: Chat) -> None:
    # was the card of the one named, "die übrigen Angaben Ihrer Frage ändern daran nichts"
    await acked_chat.say("beruf Elektriker")
    reply, text = await acked_chat.say("was ist der unterschied zu mechatroniker")
    assert reply.outcome is Outcome.OK
    assert "im Vergleich" in text
    assert "Mechatroniker/in" in text
    assert "Elektroniker/in – Energie- und Gebäudetechnik" in text


async def test_a_difference_to_no_occupation_is_no_comparison(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Tischler")
    _, text = await acked_chat.say("was ist der Unterschied zu früher?")
    assert "im Vergleich" not in text


async def test_two_names_of_one_occupation_are_said_to_be_one(acked_chat: Chat) -> None:
    # was "Pflegefachmann/-frau und Pflegefachmann/-frau im Vergleich"
    reply, text = await acked_chat.say("Unterschied zwischen Altenpfleger und Krankenpfleger")
    assert reply.outcome is Outcome.OK
    assert "im Vergleich" not in text
    assert "stehen im Katalog für denselben Ausbildungsberuf: Pflegefachmann/-frau" in text
