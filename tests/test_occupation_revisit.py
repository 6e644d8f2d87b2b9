"""What was shown last, asked for again or in another form ("noch einmal", "zurück zur
Übersicht", "kurz und knapp", "mehr Infos"), facts asked of a whole list ("und die
Vergütung?"), and the other follow-ups that refer to the last card or list: the shortest of a
single card, a comparison with the verb last, a digit ordinal with its ending and the tasks
asked with a town."""

from __future__ import annotations

import re

import pytest
from conftest import Chat

from bot.render import to_markdown
from skills.occupation.difference import difference_to
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.list_pick import read_pick
from skills.occupation.revisit import Revisit, read_revisit

_ENTRY = re.compile(r"^- \*\*(?P<title>[^*]+)\*\*", re.MULTILINE)


def no_names(words: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("text", "how", "list_named"),
    [
        ("noch einmal bitte", Revisit.AGAIN, False),
        ("zeig mir die Übersicht nochmal", Revisit.AGAIN, True),
        ("zurück zur Übersicht", Revisit.BACK, True),
        ("back pls", Revisit.BACK, False),
        ("kurz und knapp bitte", Revisit.SHORTER, False),
        ("mehr infos", Revisit.MORE, False),
        ("can you repeat that", Revisit.AGAIN, False),
    ],
)
def test_asking_again_is_read(text: str, how: Revisit, list_named: bool) -> None:
    asked = read_revisit(text)
    assert asked is not None
    assert (asked.how, asked.list_named) == (how, list_named)


@pytest.mark.parametrize(
    "text",
    [
        "danke schön",  # thanks alone ask for nothing
        "was verdient man da nochmal?",  # a fact, asked again: the follow-up reads it
        "zurück zum Jobcenter muss er am Montag",  # a sentence of its own
        "mehr Geld bekommt man als Meister",
    ],
)
def test_no_asking_again(text: str) -> None:
    assert read_revisit(text) is None


async def test_again_shows_the_last_card_and_the_last_fact(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Dachdecker")
    card, _ = await acked_chat.say("noch einmal bitte")
    assert to_markdown(card).startswith("**Dachdecker/in**")
    await acked_chat.say("was verdient man da?")
    fact, _ = await acked_chat.say("nochmal")
    text = to_markdown(fact)
    assert text.startswith("Zu Dachdecker/in:")
    assert "BIBB" in text


async def test_back_after_a_pick_shows_the_list_and_picks_go_on(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("Ausbildungen im Bereich Holz")
    titles = _ENTRY.findall(to_markdown(listing))
    await acked_chat.say("der dritte")
    again, _ = await acked_chat.say("zurück zur Übersicht")
    assert _ENTRY.findall(to_markdown(again)) == titles
    picked, _ = await acked_chat.say("und der fünfte?")
    assert to_markdown(picked).startswith(f"**{titles[4]}**")


async def test_back_after_two_cards_shows_the_first(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Glaser")
    await acked_chat.say("und als Maler?")
    reply, _ = await acked_chat.say("zurück")
    assert to_markdown(reply).startswith("**Glaser/in**")


async def test_shorter_gives_the_card_in_one_line(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Gärtner")
    reply, _ = await acked_chat.say("kurz und knapp bitte")
    text = to_markdown(reply)
    assert text.startswith("Zu Gärtner/in:")
    assert "3 Jahre" in text
    assert "Berufsfeld" not in text


async def test_more_after_a_fact_shows_the_whole_card(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Optiker")
    await acked_chat.say("wie lange dauert das")
    reply, _ = await acked_chat.say("mehr infos")
    assert to_markdown(reply).startswith("**Augenoptiker/in**")


async def test_english_after_a_list_shows_that_list_in_english(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("Ausbildungen im Bereich Holz")
    titles = _ENTRY.findall(to_markdown(listing))
    reply, _ = await acked_chat.say("kannst du das bitte auf Englisch schreiben")
    text = to_markdown(reply)
    assert _ENTRY.findall(text) == titles
    assert "years" in text


async def test_a_fact_of_a_list_is_said_once_when_the_same_for_all(acked_chat: Chat) -> None:
    await acked_chat.say("Ausbildungen im Bereich Holz")
    reply, _ = await acked_chat.say("und die Vergütung?")
    text = to_markdown(reply)
    assert text.startswith("Zu den 8 Berufen der Liste:")
    assert text.count("BIBB") == 2  # the link's label and address, once


async def test_a_fact_of_a_list_is_given_per_entry(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("Ausbildungen im Bereich Holz")
    titles = _ENTRY.findall(to_markdown(listing))
    reply, _ = await acked_chat.say("welchen Abschluss braucht man da?")
    text = to_markdown(reply)
    assert _ENTRY.findall(text) == titles
    assert "Üblich ist:" in text
    picked, _ = await acked_chat.say("der zweite")  # the list stays to pick from
    assert to_markdown(picked).startswith(f"**{titles[1]}**")


async def test_the_shortest_after_one_card_is_its_duration(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Fachkraft für Lagerlogistik")
    reply, _ = await acked_chat.say("welche geht am schnellsten?")
    text = to_markdown(reply)
    assert text.startswith("Zu Fachkraft für Lagerlogistik:")
    assert "nur diesen einen Beruf" in text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("könnten Sie es mit einem Glaser vergleichen?", "Glaser"),
        ("das mal mit der Floristin vergleichen", "Floristin"),
        ("could you compare it to a plumber", "plumber"),
        ("vergleich es ma mit Koch", "Koch"),
    ],
)
def test_a_comparison_with_the_verb_last_or_a_slip(text: str, name: str) -> None:
    assert difference_to(text) == name


@pytest.mark.parametrize(("text", "place"), [("den 4ten bitte", 3), ("the 2nd", 1)])
def test_a_digit_ordinal_with_its_ending_picks(text: str, place: int) -> None:
    assert read_pick(text).index == place


def test_a_digit_ordinal_before_a_year_is_none() -> None:
    assert read_pick("was verdient man im 3ten Jahr").index is None


def test_the_tasks_asked_with_a_town_also_ask_the_town() -> None:
    question = read_follow_up("und was macht man da so in Bielefeld?", no_names)
    assert question is not None
    assert question.focus is Focus.TASKS
    assert Focus.LOCAL in question.also


def test_a_school_asked_as_the_place_of_training_is_the_type() -> None:
    question = read_follow_up("kann man das in einer Schule machen?", no_names)
    assert question is not None
    assert question.focus is Focus.TRAINING_TYPE


async def test_shorter_after_a_list_names_its_titles_in_one_line(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("Ausbildungen im Bereich Holz")
    titles = _ENTRY.findall(to_markdown(listing))
    reply, _ = await acked_chat.say("in kurz bitte")
    text = to_markdown(reply)
    assert text.startswith(f"Kurz: {titles[0]}, {titles[1]}")
    assert "Jahre" not in text


@pytest.mark.parametrize(
    ("text", "place"),
    [("dritte", 2), ("zweite bitte", 1), ("zeig mir die 4", 3), ("den 2 pls", 1)],
)
def test_an_ordinal_alone_or_a_number_after_an_article_picks(text: str, place: int) -> None:
    assert read_pick(text).index == place


@pytest.mark.parametrize("text", ["erste Hilfe", "die 10 Uhr passt mir", "im zweiten Jahr"])
def test_no_pick_in_other_words(text: str) -> None:
    assert read_pick(text).index is None


def test_the_list_word_alone_asks_for_the_list_again() -> None:
    assert read_revisit("die Übersicht bitte") == read_revisit("nochmal die Übersicht")


def test_a_comparison_asked_as_how_it_compares() -> None:
    assert difference_to("und wie sieht es im Vergleich zum Glaser aus") == "Glaser"
    assert difference_to("wie ist das im Vergleich mit dem Glaser?") == "Glaser"


async def test_which_of_them_asks_the_fact_of_every_entry(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("welche Berufe gibt es mit Tieren?")
    titles = _ENTRY.findall(to_markdown(listing))
    reply, _ = await acked_chat.say("welche von denen dauern drei Jahre?")
    text = to_markdown(reply)
    assert _ENTRY.findall(text) == titles
    assert "dauert" in text


async def test_again_in_english_after_a_card(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Glaser")
    reply, _ = await acked_chat.say("nochmal auf Englisch bitte")
    assert "**Type of training:**" in to_markdown(reply)
