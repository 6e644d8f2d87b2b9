"""Recommending something to a person is advice; recommending the person is a verdict on them
(GDPR Art. 22)."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_advice import recommends_someone, set_aside_advice

# Things asked for, to recommend to someone: no verdict on that person.
ADVICE = [
    "Welche Betriebe kannst du Tim für ein Praktikum im Metallbereich empfehlen?",
    "Kannst du Tim ein paar Betriebe empfehlen?",
    "Was kannst du Lea für ein Praktikum empfehlen?",
    "kannst du Lea einen Deutschkurs in Hamm empfehlen, sie will B2 machen",
    "Soll ich Frau Kaya die Umschulung vorschlagen?",
    "Sollen wir dem Klienten die Teilzeitausbildung empfehlen?",
    "Can you recommend a course for him?",
    "What would you recommend for Jamal?",
    "Kannst du mir eine Schule für Lisa empfehlen?",
]


@pytest.mark.parametrize("text", ADVICE)
def test_things_to_recommend_to_someone_are_no_judgement(text: str) -> None:
    assert not is_decision_request(text)


# The person recommended, or which person to recommend.
RECOMMENDING_SOMEONE = [
    "Kannst du Tim für die Stelle empfehlen?",
    "Würdest du Tim dem Betrieb empfehlen?",
    "Welchen Bewerber kannst du empfehlen?",
    "Which candidate would you recommend?",
    "Soll ich lieber Frau Kaya oder Herrn Brandt für die Umschulung vorschlagen?",
    "Soll ich Tim beim Jobcenter für die Maßnahme vorschlagen?",
    # a choice of courses handed over is a decision, even with "was … empfehlen"
    "Was würdest du bei Jonas empfehlen: Umschulung oder direkt einen Job suchen?",
]


@pytest.mark.parametrize("text", RECOMMENDING_SOMEONE)
def test_recommending_a_person_is_a_judgement(text: str) -> None:
    assert is_decision_request(text)


def test_the_advice_is_set_aside_and_the_rest_of_the_sentence_still_read() -> None:
    assert "empfehlen" not in set_aside_advice(
        "Kannst du Tim ein paar Betriebe empfehlen?", person_pattern()
    )
    assert is_decision_request("Welche Kurse kannst du Tim empfehlen? Schafft er das überhaupt?")


def test_a_person_to_whom_something_is_recommended_is_not_the_one_recommended() -> None:
    person = person_pattern()
    assert not recommends_someone("Soll ich ihm empfehlen, sich zu bewerben?", person)
    assert recommends_someone("Soll ich ihn dem Betrieb vorschlagen?", person)
    # the counsellor's own letter of recommendation is a task
    assert not recommends_someone(
        "Schreib eine Mail an Firma Roth, in der ich Tim für die Stelle empfehle", person
    )
