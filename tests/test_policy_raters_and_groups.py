"""Two neutral readings with words of the judged or the data-bearing kind.

A group grading a thing is no verdict on a person (Art. 22): in "a form the participants use
to grade the seminar" the people grade and the seminar is graded. A role word in the plural
before "mit" ("Bewerber mit Migrationshintergrund", "Umschüler mit Bandscheibenvorfall") is
people in general, no client's Art. 9 data, unless a determiner, a possessive or a copula makes
it one person, or the sentence names someone."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request
from bot.policy.special import find_special_categories


@pytest.mark.parametrize(
    "text",
    [
        "Ich suche einen Bogen, mit dem die TN zum Schluss das Seminar benoten können",
        "Feedbackbogen, auf dem Azubis ihren Ausbildungsbetrieb bewerten, hast du ein Muster?",
        "Die Teilnehmenden sollen am Ende die Schulung beurteilen – 4 Fragen bitte",
        "Eltern bewerten den Elternabend mit Schulnoten, wie frage ich das ab?",
    ],
)
def test_a_group_grading_a_thing_is_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die TN bewerten den Lebenslauf von Jonas – ist der gut genug?",
        "Die Azubis benoten das Seminar, aber ist Mia für die Pflege geeignet?",
        "Bewerte das Referat von Frau Yilmaz mit einer Schulnote",
    ],
)
def test_a_person_graded_beside_a_group_is_still_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bekommen Bewerberinnen mit Kopftuch seltener eine Einladung? Gibt es Studien dazu?",
        "Welche Hilfen gibt es für Schüler mit Autismus beim Start in die Ausbildung?",
        "Umschüler mit Bandscheibenvorfall – welche Berufe kommen allgemein in Frage?",
        "Arbeitnehmer mit Schwerbehinderung haben Anspruch auf Zusatzurlaub, oder?",
        "do applicants with epilepsy need a medical certificate for a driving job?",
    ],
)
def test_a_plural_role_word_with_a_condition_is_people_in_general(text: str) -> None:
    assert find_special_categories(text) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Der Bewerber mit Migrationshintergrund hat morgen sein Gespräch",
        "Tim ist Schüler mit Autismus, welche Ausbildung passt?",
        "Herr Yilmaz, Teilnehmer mit Fluchterfahrung, braucht einen Sprachkurs",
        "Er ist Umschüler mit Bandscheibenvorfall und sucht was im Büro",
        "Meine Klienten mit Diabetes fragen oft nach Schichtarbeit",
    ],
)
def test_one_person_in_the_role_keeps_the_reminder(text: str) -> None:
    assert find_special_categories(text) != frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Was sage ich am besten, wenn ein TN mir von Rassismus in der Berufsschule erzählt?",
        "Wie reagiere ich, falls eine Kl. im Gespräch erwähnt, dass sie ein Kind erwartet?",
    ],
)
def test_an_indefinite_participant_in_shorthand_is_anyones_case(text: str) -> None:
    assert find_special_categories(text) == frozenset()


def test_a_participant_who_told_the_counsellor_keeps_the_reminder() -> None:
    assert find_special_categories("Ein TN hat mir gesagt, dass er Diabetes hat, was nun?")


def test_a_role_word_in_notes_is_the_client_they_are_about() -> None:
    notes = "Schülerin mit Autismus, sucht ein Praktikum im Büro"
    assert find_special_categories(notes, notes=True)
