"""Follow-ups on the list shown last ("weitere?", "welche davon ohne Abi?") and on a card's
related occupations ("ähnliche Berufe?")."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from conftest import Chat, make_chat

from bot.render import to_markdown
from bot.reply import Heading, Outcome, Reply
from lotse.app import App
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.list_more import (
    answer_list_follow_up,
    asks_for_more,
    asks_related,
    narrowing,
)
from skills.occupation.model import Occupation
from skills.occupation.school_names import schools
from skills.occupation.skill import skill_texts

LIST_QUESTION = "Welche Ausbildungen gibt es im Bereich Tiere?"


def titles_listed(reply: Reply) -> list[str]:
    """The titles of a list reply's lines ("- **Tierwirt/in** – …")."""
    lines = to_markdown(reply).splitlines()
    return [line[4:].split("**", 1)[0] for line in lines if line.startswith("- **")]


def entry(catalogue: InMemoryCatalogue, title: str) -> Occupation:
    return catalogue.exact(title)[0].occupation


@pytest.mark.parametrize(
    "text",
    ["weitere?", "zeig mir mehr", "Gibt es noch andere?", "mehr davon bitte", "more please",
     "any others?", "noch mehr Ausbildungen"],
)  # fmt: skip
def test_asking_for_more_entries(text: str) -> None:
    assert asks_for_more(text)


@pytest.mark.parametrize(
    "text",
    ["weitere Termine am Freitag?", "mehr zum ersten", "Mehr Geld als Koch?",
     "mail: weitere Unterlagen mitbringen", "andere Frage: was macht ein Koch?"],
)  # fmt: skip
def test_other_requests_with_such_words_ask_for_no_more_entries(text: str) -> None:
    assert not asks_for_more(text)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("nur die mit Hauptschulabschluss", 1),
        ("welche davon gehen ohne Abi?", 2),
        ("welche davon mit mittlerer Reife?", 2),
        ("which of them need no Abitur?", 2),
        ("nur die ohne Schulabschluss", 0),
    ],
)
def test_a_certificate_asked_of_the_list_narrows_it(text: str, rank: int) -> None:
    narrowed = narrowing(text)
    assert narrowed is not None
    assert narrowed[0] == rank


@pytest.mark.parametrize(
    "text", ["Was kann man mit Hauptschulabschluss machen?", "davon habe ich gehört"]
)
def test_a_certificate_without_the_list_or_the_list_without_one_narrows_nothing(
    text: str,
) -> None:
    assert narrowing(text) is None


@pytest.mark.parametrize(
    "text", ["ähnliche Berufe?", "verwandte Berufe", "Alternativen?", "was ist ähnlich?",
             "gibt es vergleichbare Ausbildungen?", "similar jobs?"]
)  # fmt: skip
def test_asking_for_related_occupations(text: str) -> None:
    assert asks_related(text)


async def test_more_shows_the_next_entries_until_none_are_left(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say(LIST_QUESTION)
    exploration: dict[str, Any] = dict(listing.data["exploration"])
    first_page = [entry["title"] for entry in exploration["results"]]
    total = int(exploration["total"])
    assert total > len(first_page)  # the question has more fitting entries than one page
    reply, text = await acked_chat.say("weitere?")
    assert reply.outcome is Outcome.OK
    second_page = titles_listed(reply)
    assert second_page
    assert not set(second_page) & set(first_page)
    assert f"{len(first_page) + 1}–" in text
    assert f"von {total}" in text
    # the next page is the list now: a place picks from it
    picked, _ = await acked_chat.say("und das erste?")
    assert Heading(second_page[0]) in picked.blocks
    await acked_chat.say(LIST_QUESTION)
    for _ in range(total):
        reply, text = await acked_chat.say("zeig mir mehr")
        if "Das waren alle" in text:
            break
    assert f"Das waren alle {total} passenden Einträge" in text


async def test_the_list_is_narrowed_to_a_certificate(
    acked_chat: Chat, catalogue: InMemoryCatalogue
) -> None:
    listing, _ = await acked_chat.say(LIST_QUESTION)
    shown = [entry(catalogue, e["title"]) for e in listing.data["exploration"]["results"]]
    assert any(o.school == schools()[2] for o in shown)  # some usually expect the MSA
    reply, text = await acked_chat.say("nur die mit Hauptschulabschluss")
    assert reply.outcome is Outcome.OK
    narrowed = titles_listed(reply)
    assert narrowed
    assert all(entry(catalogue, title).school in schools()[:2] for title in narrowed)
    assert "Aus der Liste zuvor" in text


async def test_related_occupations_of_the_card_are_listed_and_can_be_picked(
    acked_chat: Chat, catalogue: InMemoryCatalogue
) -> None:
    await acked_chat.say("beruf Koch")
    related = [catalogue.get(i) for i in entry(catalogue, "Koch").related]
    reply, _ = await acked_chat.say("ähnliche Berufe?")
    assert reply.outcome is Outcome.OK
    listed = titles_listed(reply)
    assert len(listed) >= 2
    assert listed == [o.title for o in related if o is not None][:8]
    second, _ = await acked_chat.say("und das zweite?")
    assert Heading(listed[1]) in second.blocks


async def test_without_a_list_or_card_such_words_are_no_follow_up(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("weitere?")
    assert reply.skill_id != "occupation" or reply.outcome is not Outcome.OK


@pytest.mark.parametrize(
    "question",
    [
        "Was kann man mit mittlerer Reife machen?",
        "Welche Ausbildungen gehen mit mittlerem Schulabschluss im Büro?",
        "Berufe im Handwerk mit erstem Schulabschluss",
    ],
)
async def test_an_inflected_certificate_filters_an_exploration(app: App, question: str) -> None:
    chat = make_chat(app, "ben")  # a conversation without a card before
    await chat.say("hallo")
    await chat.say("ja")
    reply, _ = await chat.say(question)
    assert reply.outcome is Outcome.OK
    assert "Schulabschluss" in reply.data["exploration"]["filters"]


@pytest.mark.parametrize(
    ("follow_up", "place"),
    [
        ("erzähl mir mehr über den ersten", 0),
        ("mehr zum ersten", 0),
        ("infos zum zweiten bitte", 1),
        ("tell me more about the third one", 2),
    ],
)
async def test_asking_for_more_of_an_entry_picks_it(
    acked_chat: Chat, follow_up: str, place: int
) -> None:
    listing, _ = await acked_chat.say(LIST_QUESTION)
    titles = [e["title"] for e in listing.data["exploration"]["results"]]
    reply, _ = await acked_chat.say(follow_up)
    assert Heading(titles[place]) in reply.blocks


@pytest.mark.parametrize(
    ("follow_up", "starts"),
    [
        ("mehr über die Aufgaben", "Zu Tischler/in: Planen"),
        ("mehr Details zum Gehalt", "Zu Tischler/in: Zur Ausbildungsvergütung"),
        ("sag mir mehr zum Gehalt", "Zu Tischler/in: Zur Ausbildungsvergütung"),
    ],
)
async def test_asking_for_more_of_a_fact_answers_it(
    acked_chat: Chat, follow_up: str, starts: str
) -> None:
    await acked_chat.say("beruf Tischler")
    reply, _ = await acked_chat.say(follow_up)
    assert to_markdown(reply).startswith(starts)


async def test_more_that_compares_is_not_read_as_asking_for_more(acked_chat: Chat) -> None:
    # "wie viel mehr verdient ein Meister" asks about a master's pay, not the training pay
    await acked_chat.say("beruf Tischler")
    reply, _ = await acked_chat.say("und wie viel mehr verdient ein Meister?")
    assert "Ausbildungsvergütung" not in to_markdown(reply)


def test_a_memory_of_another_shape_gives_no_error(catalogue: InMemoryCatalogue) -> None:
    recent = {"list": ["x"], "rest": "nonsense", "total": "zwölf", "first": None}
    say = partial(skill_texts().get, "de")
    result = answer_list_follow_up("weitere?", recent, catalogue, say)
    assert result is not None
    assert result.outcome is Outcome.OK
