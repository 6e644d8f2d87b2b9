""" "Not understood": the two or three closest commands, not the whole menu, and `hilfe`."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.builtins.suggest import MAX_SUGGESTIONS, suggest
from bot.reply import Actions, Outcome
from lotse.app import App


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("berf Tischler", "beruf Tischler"),  # a mistyped command keeps what follows
        ("Berufsinfo Koch", "beruf Koch"),
        ("zusammenfasen bitte", "zusammenfassen bitte"),
        ("Emial an Klientin", "email an Klientin"),
        ("englische Antworten bitte", "sprache en"),
        ("Leitlinie nochmal zeigen", "leitlinie"),
        ("ich will meine Daten weg haben", "daten löschen"),
        ("stop it", "abbrechen"),
    ],
)
def test_the_closest_command_is_suggested(app: App, typed: str, expected: str) -> None:
    found = suggest(typed, list(app.engine.services.registry), "de")
    assert expected in [s.command for s in found]
    assert len(found) <= MAX_SUGGESTIONS


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Protokoll vom Gespräch", "zusammenfassen"),  # by meaning, no word in common
        ("Gesprächsnotizen bitte ordnen", "zusammenfassen"),  # a compound of a keyword
        ("die Zusamenfassung", "zusammenfassen"),  # a long keyword mistyped by a letter
        ("Termin morgen", "mail"),
        ("Gehalt?", "beruf"),  # the bare command: it asks which, it guesses no occupation
        ("salary?", "occupation"),
        ("Leitlinei", "leitlinie"),
    ],
)
def test_commands_are_close_by_meaning(app: App, typed: str, expected: str) -> None:
    found = suggest(
        typed, list(app.engine.services.registry), "en" if typed == "salary?" else "de"
    )
    assert [s.command for s in found][:1] == [expected]


@pytest.mark.parametrize(
    "typed",
    [
        "xqzv blorp",
        "spreche",  # spelt like "sprache", means something else
        "ich spreche heute mit dem Träger",
        "mal schauen",  # "mal" is no mistyped "mail"
        "Lebenslauf prüfen",
        "Bewerber",  # shares a beginning with "Bewertung", nothing more
        "Kaffee?",
        "was ist mit dem Wetter",
    ],
)
def test_nothing_close_suggests_nothing(app: App, typed: str) -> None:
    assert suggest(typed, list(app.engine.services.registry), "de") == []


async def test_not_understood_is_brief_and_names_the_closest_commands(
    acked_chat: Chat, app: App
) -> None:
    reply, text = await acked_chat.say("englische Antworten bitte")
    assert reply.outcome is Outcome.UNKNOWN
    actions = [b for b in reply.blocks if isinstance(b, Actions)]
    assert actions[0].items[0].command == "sprache en"
    assert "`hilfe`" in text
    # Not the whole menu: no skill descriptions.
    for skill in app.engine.services.registry:
        assert skill.meta.description_de not in text


async def test_gibberish_gets_a_few_examples_and_help(acked_chat: Chat) -> None:
    for typed in ("xqzv blorp", "spreche"):
        reply, text = await acked_chat.say(typed)
        assert reply.outcome is Outcome.UNKNOWN
        actions = [b for b in reply.blocks if isinstance(b, Actions)]
        assert 1 <= len(actions[0].items) <= 3
        assert "sprache en" not in [item.command for item in actions[0].items]
        assert "Probieren Sie zum Beispiel" in text  # examples, not "Meinten Sie"
        assert "`hilfe`" in text


@pytest.mark.parametrize("word", ["Soldat", "Tätowierer", "influencer", "Youtuber"])
async def test_a_bare_word_for_a_person_at_work_asks_for_the_occupation(
    acked_chat: Chat, word: str
) -> None:
    reply, text = await acked_chat.say(word)
    assert reply.outcome is Outcome.PROMPT
    assert f"Meinten Sie den Beruf „{word}“?" in text
    actions = [b for b in reply.blocks if isinstance(b, Actions)]
    assert actions[0].items[0].command == f"beruf {word}"


@pytest.mark.parametrize("text", ["Lebenslauf prüfen", "ist das so", "weiter", "Kaffee?"])
async def test_words_of_a_sentence_or_the_chat_are_no_occupation_guess(
    acked_chat: Chat, text: str
) -> None:
    reply, answer = await acked_chat.say(text)
    assert reply.skill_id != "occupation"
    assert "Meinten Sie den Beruf" not in answer


@pytest.mark.parametrize("text", ["weiter", "sicher?", "später"])
async def test_chat_words_are_not_matched_to_occupations_by_spelling(
    acked_chat: Chat, text: str
) -> None:
    # "weiter" is one letter from "waiter", "sicher" the start of "Sicherheit"
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id != "occupation"
