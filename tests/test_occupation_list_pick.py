"""A follow-up that picks an entry of the list shown last ("und das zweite?")."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Heading, Outcome
from skills.occupation.list_pick import LAST, read_pick


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("und der erste?", 0),
        ("was kriegt man beim dritten?", 2),
        ("the second one", 1),
        ("und die letzte?", LAST),
        ("Nr. 5 bitte", 4),
        ("#3?", 2),
    ],
)
def test_an_ordinal_after_an_article_or_a_number_picks_an_entry(text: str, index: int) -> None:
    assert read_pick(text).index == index


@pytest.mark.parametrize(
    "text",
    [
        "was verdient man im dritten Lehrjahr?",  # a training year
        "und im zweiten Jahr?",
        "erstmal danke",
        "das erste oder das dritte?",  # two entries: no pick
        "Ersteinrichtung",
    ],
)
def test_a_year_two_places_or_other_words_pick_nothing(text: str) -> None:
    assert read_pick(text).index is None


async def test_an_entry_of_a_list_is_picked_by_its_place(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("welche Ausbildungen gibt es mit Tieren?")
    titles = [entry["title"] for entry in listing.data["exploration"]["results"]]
    reply, _ = await acked_chat.say("und der erste?")
    assert Heading(titles[0]) in reply.blocks
    # the list stays remembered beside the card: another entry, with a fact asked
    _, text = await acked_chat.say("wie lange dauert das beim zweiten?")
    assert text.startswith(f"Zu {titles[1]}: Die Ausbildung dauert")
    _, text = await acked_chat.say("und was verdient man da?")
    assert text.startswith(f"Zu {titles[1]}:")


async def test_a_place_without_a_list_before_is_no_follow_up(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    reply, _ = await acked_chat.say("und das zweite?")
    assert reply.outcome is not Outcome.OK
