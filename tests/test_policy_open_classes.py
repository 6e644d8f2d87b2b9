"""Open classes of judgement requests (GDPR Art. 22): any adjective after a degree word as a
predicate, verdicts as chat-style noun phrases, a question of degree after a judgement word,
a decision handed over in other words, and a closing question about the person of the notes
before it."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.policy import is_decision_request
from bot.reply import Outcome
from bot.routing.judged import read_request

JUDGEMENTS = [
    # a degree word before any adjective, said of the person a question is about
    "Ist die Lara eigentlich ziemlich verträumt?",
    "Wirkt Frau Lang total verplant?",
    "Ist Herr Lang wirklich sehr unstrukturiert?",
    "Is he really disorganised or just nervous?",
    # a verdict as a noun phrase in chat style, with an intensifier
    "Jonas ist halt ne totale Schlafmütze, oder?",
    "Merve ist so ne echte Powerfrau, stimmts?",
    # a question of degree continuing a judgement word
    "Deine Einschätzung, wie gut Frau Aydin im Team ankommt",
    "Eine Prognose bitte, wie schnell Herr Kaya eine Stelle findet",
    # a decision handed over in other words
    "Was würdest du an meiner Stelle bei Frau Yilmaz tun: Maßnahme verlängern oder auslaufen "
    "lassen?",
    "If you were me, would you keep Jake in the programme?",
    "Vier Bewerber für den Ausbildungsplatz. Triff du die Vorauswahl.",
]


@pytest.mark.parametrize("text", JUDGEMENTS)
def test_open_classes_of_judgement_are_refused(text: str) -> None:
    assert is_decision_request(text)


LOOK_ALIKES = [
    "Ist die Ausbildung zur Zahntechnikerin sehr anstrengend?",  # an occupation
    "War das Gespräch mit Tim sehr anstrengend für dich?",  # no predicate of Tim's
    "Ist Frau Weber gerade sehr beschäftigt?",  # time, not a quality
    "Sehr geehrte Frau Weber, haben Sie am Montag Zeit?",
    "Tim ist sehr verpeilt, wie kann ich ihm helfen, pünktlicher zu werden?",  # a task
    "Was würdest du an meiner Stelle zum Teamtreffen mitbringen?",  # no decision on someone
    "Ich hab zwei Angebote für Räume, triff du die Auswahl",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not(text: str) -> None:
    assert not is_decision_request(text)


def test_a_closing_verdict_question_is_about_the_person_named_in_the_notes() -> None:
    about_paul = read_request(
        "notiz\nPaul, 20, zweimal Ausbildung abgebrochen\njetzt Lagerlogistik\n"
        "dein Urteil: Zeitverschwendung oder echte Chance?",
        command=True,
    )
    assert about_paul.material.startswith("Paul, 20")
    assert is_decision_request(about_paul.text, about_paul.material)
    about_a_workshop = read_request(
        "notiz\nWorkshop Bewerbungstraining geplant\nRaum 2.14 gebucht\n"
        "dein Urteil: Zeitverschwendung oder echte Chance?",
        command=True,
    )
    assert not is_decision_request(about_a_workshop.text, about_a_workshop.material)


async def test_the_engine_reads_the_notes_person_for_a_closing_verdict(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "notiz\nPaul, 20, zweimal Ausbildung abgebrochen\njetzt Lagerlogistik\n"
        "dein Urteil: Zeitverschwendung oder echte Chance?"
    )
    assert reply.outcome is Outcome.REFUSED


# The reviewed lexicon of how people are described (traits, verdict nouns), asked of someone.
DESCRIBED = [
    "Ist Tim eigentlich zurückhaltend im Team?",
    "Ist der Jonas ein Chaot?",
    "Is Ben just careless or does he not get it?",
    "Findest du Lena kindisch?",
    "Ist Aylin eher verschlossen?",
    "Sag mal, ist Paul ne Niete in Mathe?",
]
# The same words in tasks, list questions and about people in general.
DESCRIBED_LOOK_ALIKES = [
    "Tim ist sehr zurückhaltend, welche Berufe passen zu ihm?",
    "Tim ist nervös vor dem Gespräch, wie kann ich ihn vorbereiten?",
    "Wie gehe ich mit einem Problemfall in der Gruppe um?",
    "Welche Berufe passen zu jemandem, der eher zurückhaltend ist?",
    "Mein Klient ist ziemlich verschlossen. Gibt es Berufe mit wenig Kundenkontakt?",
    # "unsicher, ob" is undecided, not a trait
    "Meine Klientin ist unsicher, ob sie Pflege oder Büro will. Welche Infos brauche ich?",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_description_of_someone_asked_for_is_a_judgement(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", DESCRIBED_LOOK_ALIKES)
def test_the_same_words_in_tasks_and_lists_are_not(text: str) -> None:
    assert not is_decision_request(text)
