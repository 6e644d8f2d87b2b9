"""Follow-ups that choose among a list ("vergleich den zweiten mit dem vierten", "welche hat die
kürzeste Ausbildung?"), take an entry with a verb or a slip ("nehm den zweiten", "viertn"),
carry a fact on to the next pick, ask where, start with "naja" after a refusal, or switch the
language after a fact."""

from __future__ import annotations

import re
from functools import partial

import pytest
from conftest import Chat

from bot.render import to_markdown
from bot.texts import Texts
from skills.occupation.answer import focus_lines
from skills.occupation.difference import difference_to
from skills.occupation.focus import Focus
from skills.occupation.follow_up import asking_again, read_follow_up
from skills.occupation.list_choose import (
    LONGEST,
    SHORTEST,
    answer_choice,
    compared_places,
    extreme_asked,
)
from skills.occupation.list_pick import LAST, place_of
from skills.occupation.skill import shared_catalogue, skill_texts

_ENTRY = re.compile(r"^- \*\*(?P<title>[^*]+)\*\*", re.MULTILINE)


def no_names(words: str) -> bool:
    return False


def say_de() -> partial[str]:
    texts: Texts = skill_texts()
    return partial(texts.get, "de")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("vergleich den zweiten mit dem vierten", (1, 3)),
        ("zeig mir die ersten zwei im Vergleich", (0, 1)),
        ("Unterschied Nr 2 und Nr 5?", (1, 4)),
        ("difference between the third and the last one", (2, LAST)),
    ],
)
def test_a_comparison_of_two_places_of_the_list(text: str, places: tuple[int, int]) -> None:
    assert compared_places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "vergleich das 1. und 2. Lehrjahr",  # training years, no places of a list
        "wie vergleicht man Zeugnisse?",  # no places at all
        "der zweite und der dritte",  # two places, no comparison asked
    ],
)
def test_no_comparison_of_the_list(text: str) -> None:
    assert compared_places(text) is None


@pytest.mark.parametrize(
    ("text", "extreme"),
    [
        ("welcher ist der kürzeste?", SHORTEST),
        ("welche hat die längste Ausbildung", LONGEST),
        ("which of them is quickest", SHORTEST),
        ("wie komme ich am schnellsten zur Arbeitsagentur?", None),  # no choice among entries
        ("was ist der kürzeste Weg zum Jobcenter?", None),  # a way, not a training
    ],
)
def test_the_shortest_or_longest_is_asked(text: str, extreme: str | None) -> None:
    assert extreme_asked(text) == extreme


def test_the_longest_of_the_list_is_answered_with_its_duration() -> None:
    recent = {"list": ["tischler", "fachkraft-metalltechnik", "industriemechaniker"]}
    result = answer_choice(
        "welcher dauert am längsten?", recent, shared_catalogue(), say_de(), "de"
    )
    assert result is not None
    text = to_markdown_of(result)
    assert text.startswith("Zu Industriemechaniker/in:")
    assert "am längsten" in text
    assert result.remember is not None
    assert result.remember["list"] == recent["list"]


def test_a_tie_for_the_shortest_names_every_entry_sharing_it() -> None:
    recent = {"list": ["tischler", "fachkraft-metalltechnik", "kinderpfleger"]}
    result = answer_choice("welche geht am kürzesten?", recent, shared_catalogue(), say_de(), "de")
    assert result is not None
    text = to_markdown_of(result)
    assert "Fachkraft für Metalltechnik" in text
    assert "Kinderpfleger/in" in text
    assert "Tischler/in" not in text


def test_entries_of_one_length_are_said_to_be_equal() -> None:
    recent = {"list": ["tischler", "zimmerer"]}
    result = answer_choice(
        "which one is the shortest?", recent, shared_catalogue(), say_de(), "de"
    )
    assert result is not None
    assert "gleich lang" in to_markdown_of(result)


def to_markdown_of(result: object) -> str:
    blocks = getattr(result, "blocks", ())
    return "\n\n".join(str(getattr(block, "markdown", "")) for block in blocks)


@pytest.mark.parametrize(("word", "place"), [("viertn", 3), ("zweitn", 1), ("letzen", LAST)])
def test_an_ordinal_a_letter_off_is_still_a_place(word: str, place: int) -> None:
    assert place_of(word) == place


@pytest.mark.parametrize("word", ["erst", "zweig", "ersatz"])
def test_short_or_other_words_are_no_place(word: str) -> None:
    assert place_of(word) is None


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("nehm den zweiten", 1),
        ("nimm bitte den vierten", 3),
        ("zeig mir den letzten", LAST),
        ("take the third", 2),
        ("nim den drittn", 2),
    ],
)
def test_a_pick_with_a_verb_or_a_slip(text: str, pick: int) -> None:
    question = read_follow_up(text, no_names)
    assert question is not None
    assert question.pick == pick


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("naja gut, was verdient man da denn", Focus.PAY_ANY),
        ("fine then, how long does it take", Focus.DURATION),
        ("wo kann man das in Münster lernen", Focus.LOCAL),
        ("wo kann man das in Bielefeld machen?", Focus.LOCAL),
        ("was lernt man da", Focus.TASKS),  # no "wo": the tasks
        ("reicht abbi?", Focus.REQUIREMENTS),
        ("is it at a school or in a company?", Focus.TRAINING_TYPE),
    ],
)
def test_follow_ups_read_as_their_fact(text: str, focus: Focus) -> None:
    question = read_follow_up(text, no_names)
    assert question is not None
    assert question.focus in ({focus, Focus.PAY} if focus is Focus.PAY_ANY else {focus})


def test_a_school_based_training_says_where_it_takes_place() -> None:
    catalogue = shared_catalogue()
    school, dual = catalogue.get("ergotherapeut"), catalogue.get("tischler")
    assert school is not None
    assert dual is not None
    lines = focus_lines(school, Focus.TRAINING_TYPE, say_de(), "de")
    assert any("Berufsfachschule" in line for line in lines)
    assert len(focus_lines(dual, Focus.TRAINING_TYPE, say_de(), "de")) == 1


def test_asking_again_reads_back_as_the_same_fact() -> None:
    for focus in (Focus.DURATION, Focus.PART_TIME, Focus.REQUIREMENTS):
        again = asking_again(focus)
        assert again is not None
        question = read_follow_up(again, no_names)
        assert question is not None
        assert question.focus is focus
    assert asking_again(Focus.LOCAL) is None  # no single word asks it: the card instead


async def test_comparing_two_entries_of_a_list_shows_them_side_by_side(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("Ausbildungen im Bereich Holz")
    titles = _ENTRY.findall(to_markdown(listing))
    reply, _ = await acked_chat.say("kannst du den zweiten mit dem vierten vergleichen")
    text = to_markdown(reply)
    assert text.startswith(f"**{titles[1]} und {titles[3]} im Vergleich**")
    picked, _ = await acked_chat.say("und der erste?")  # the list stays to pick from
    assert to_markdown(picked).startswith(f"**{titles[0]}**")


async def test_a_fact_asked_of_one_pick_carries_on_to_the_next(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("welche Berufe gibt es mit Tieren?")
    titles = _ENTRY.findall(to_markdown(listing))
    await acked_chat.say("wie lange dauert der erste?")
    reply, _ = await acked_chat.say("und beim dritten?")
    text = to_markdown(reply)
    assert text.startswith(f"Zu {titles[2]}:")
    assert "dauert" in text


async def test_english_after_a_fact_repeats_that_fact(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Florist")
    await acked_chat.say("ab wie viel jahren geht das")
    reply, _ = await acked_chat.say("and in English please")
    text = to_markdown(reply)
    assert "About Florist/in:" in text
    assert "minimum age" in text.casefold()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vergleich das mal mit dem Dachdecker", "Dachdecker"),
        ("kannst du das bitte mit Maurer vergleichen", "Maurer"),  # the verb last
        ("compare it with a roofer", "roofer"),
    ],
)
def test_compare_with_one_more_after_a_card(text: str, name: str | None) -> None:
    assert difference_to(text) == name
