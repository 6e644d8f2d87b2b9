"""Follow-ups typed the way people chat: "un" for "und", "pls" after a pick, a pay compared
year by year, an abbreviation for another occupation ("und bei Kfz?"), a misspelt "ähnliche"."""

from __future__ import annotations

import pytest
from conftest import Chat
from occupation_skill_fixtures import catalogue

from bot.render import to_markdown
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.list_more import asks_for_more, asks_related
from skills.occupation.short_names import ShortNames

__all__ = ["catalogue"]


def no_names(words: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("un wie lange geht das", Focus.DURATION),
        ("u was kriegt man da im ersten lehrjahr", Focus.PAY),
        ("nd wie siehts mit teilzeit aus", Focus.PART_TIME),
    ],
)
def test_chat_spellings_of_und_start_a_follow_up(text: str, focus: Focus) -> None:
    question = read_follow_up(text, no_names)
    assert question is not None
    assert question.focus is focus


def test_a_pick_with_pls_is_still_a_pick() -> None:
    question = read_follow_up("the third one plz", no_names)
    assert question is not None
    assert question.pick == 2


@pytest.mark.parametrize(
    "text",
    [
        "wie viel mehr kriegt man im zweiten lehrjahr",
        "und wie viel weniger verdient man im ersten jahr",
    ],
)
def test_pay_compared_year_by_year_asks_the_pay(text: str) -> None:
    question = read_follow_up(text, no_names)
    assert question is not None
    assert question.focus in (Focus.PAY, Focus.PAY_ANY, Focus.EARNINGS)


@pytest.mark.parametrize(
    "text", ["verdient man als Meisterin mehr?", "und ist das mehr?", "mehr Urlaub?"]
)
def test_more_beside_anything_but_pay_is_no_pay_question(text: str) -> None:
    question = read_follow_up(text, no_names)
    assert question is None or question.focus not in (Focus.PAY, Focus.PAY_ANY, Focus.EARNINGS)


def test_an_abbreviation_of_one_entry_names_it(catalogue: InMemoryCatalogue) -> None:
    short = ShortNames(catalogue)
    assert short.names_one("Lkw")
    assert short.names_one("kfz")
    assert not short.names_one("Industrie")  # a word of its own, not an abbreviation
    assert not short.names_one("IT")  # begins names of two entries


async def test_und_bei_an_abbreviation_asks_about_that_occupation(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Fahrradmonteur")
    await acked_chat.say("wie lange dauert das?")
    reply, _ = await acked_chat.say("und bei lkw?")
    text = to_markdown(reply)
    assert text.startswith("**Berufskraftfahrer/in**")
    assert "Jahre" in text  # the duration asked before, for the new occupation


@pytest.mark.parametrize("text", ["änliche berufe?", "ahnliche jobs", "simmilar jobs?"])
def test_misspelt_related_asks_for_related(text: str) -> None:
    assert asks_related(text)


def test_weiter_asks_for_the_next_entries() -> None:
    assert asks_for_more("weiter?")
