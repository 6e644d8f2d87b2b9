"""Follow-ups typed the way people chat: "un" for "und", "pls" after a pick, a pay compared
year by year, an abbreviation for another occupation ("und bei Kfz?"), a misspelt "ähnliche"."""

from __future__ import annotations

import pytest
from conftest import Chat
from occupation_skill_fixtures import catalogue

from bot.render import to_markdown
from bot.reply import Heading
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.list_more import asks_for_more, asks_related, narrowing
from skills.occupation.list_pick import read_pick
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


@pytest.mark.parametrize(
    ("text", "index"), [("der 2.", 1), ("3.", 2), ("4", 3), ("die 2. bitte", 1)]
)
def test_an_ordinal_in_digits_picks_an_entry(text: str, index: int) -> None:
    assert read_pick(text).index == index


@pytest.mark.parametrize(
    "text", ["am 2.", "das 2. Lehrjahr", "der 2. Januar", "der 2.3.", "um 2 Uhr"]
)
def test_a_date_or_a_training_year_in_digits_picks_nothing(text: str) -> None:
    assert read_pick(text).index is None


@pytest.mark.parametrize("text", ["zeig mal weitere", "zeigen Sie mir weitere"])
def test_more_asked_with_mal_or_sie(text: str) -> None:
    assert asks_for_more(text)


@pytest.mark.parametrize(
    "text",
    ["gibts was ähnliches?", "was gibt es noch in die richtung", "gibt es etwas vergleichbares"],
)
def test_something_similar_asks_for_related(text: str) -> None:
    assert asks_related(text)


def test_which_go_with_a_certificate_narrows_the_list() -> None:
    assert narrowing("welche gehen mit hauptschule") == (1, "hauptschule")
    # a question of its own, with a field: no narrowing of the list shown
    assert narrowing("welche gehen mit hauptschule im bereich tiere drinnen") is None


async def test_a_digit_picks_from_the_list_shown(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("welche Ausbildungen gibt es mit Tieren?")
    titles = [entry["title"] for entry in listing.data["exploration"]["results"]]
    reply, _ = await acked_chat.say("der 2.")
    assert Heading(titles[1]) in reply.blocks
