"""Built-in commands asked for in words: one's stored data, erasing it, a suggestion, how to
rate, and a remark that ends in a thumb. Each was "nicht verstanden"."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome
from bot.routing.asked_builtin import asked_builtin


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Was hast du über mich gespeichert?", "privacy_show"),
        ("welche Daten hast du von mir", "privacy_show"),
        ("what do you store about me?", "privacy_show"),
        ("lösch bitte alles über mich", "privacy_delete"),
        ("Lösche meine Daten!", "privacy_delete"),
        ("vergiss mich", "privacy_delete"),
        ("please delete my data", "privacy_delete"),
        ("wie kann ich Feedback geben?", "feedback_usage"),
        ("how do I rate an answer?", "feedback_usage"),
        ("Ich hätte eine Idee: ein Knopf für Rückfragen", "suggest"),
        ("das war hilfreich 👍", "rating"),
        ("zu lang 👎", "rating"),
    ],
)
def test_a_builtin_asked_in_words_is_recognised(text: str, kind: str) -> None:
    asked = asked_builtin(text)
    assert asked is not None
    assert asked.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Was hast du über Tim gespeichert?",  # another person: no command of one's own data
        "lösch den Termin mit Frau Kaya",
        "Welche Daten speichern Sie?",  # how Lotse stores data: the "about" answer
        "Mail an Frau Kaya: bitte löschen Sie meine Daten aus dem Verteiler",
        "zusammenfassen: Kl. hat einen Vorschlag: Praktikum im Mai",
        # a thumb after what is no remark on an answer records no rating by accident
        "Tim hat die Prüfung bestanden 👍",
        "mail an Frau Kaya: Glückwunsch zur Prüfung 👍",
    ],
)
def test_a_request_that_mentions_data_or_a_suggestion_is_not_taken(text: str) -> None:
    assert asked_builtin(text) is None


async def test_asked_in_words_the_builtins_answer(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Was hast du über mich gespeichert?")
    assert reply.skill_id == "privacy.show"
    reply, text = await acked_chat.say("lösch bitte alles über mich")
    assert reply.outcome is Outcome.PROMPT  # asked before anything is deleted
    _, text = await acked_chat.say("nein")
    reply, text = await acked_chat.say(
        "Ich hab einen Vorschlag: Lotse sollte Praktikumsberichte können"
    )
    assert reply.skill_id == "evaluation.suggest"
    assert "Nr. 1" in text


async def test_a_thumb_after_a_remark_rates_the_last_answer(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    reply, text = await acked_chat.say("die Antwort war falsch 👎")
    assert reply.skill_id == "evaluation.feedback"
    assert "Grund: falsch" in text  # the reason said in a sentence


async def test_a_rating_of_a_builtin_answer_names_no_internal_id(acked_chat: Chat) -> None:
    await acked_chat.say("asdfghjkl")  # "nicht verstanden": no skill gave it
    _, text = await acked_chat.say("👎")
    assert "(unknown)" not in text
    assert "zur letzten Antwort, Grund: anderes" in text
