"""A product, an app or a platform in a person's place is judged as a thing when the sentence
says what it is used for or what it costs, when it is a product everybody knows or when it
stands after a spoken article ("nem"); a verdict on a client with a rare name in the same
shape is still refused. The English verb "note" is no grade, and a visit to a therapist or a
young man on the autism spectrum is Art. 9 data."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from bot.policy.judgement import is_decision_request


@pytest.mark.parametrize(
    "text",
    [
        "Taugt Wortara zum Grammatiküben für die Sprachprüfung?",
        "Ist Lernquadra für die Prüfungsvorbereitung im Einzelhandel brauchbar?",
        "Eignet sich Tafelio für den Unterricht in der Ausbildungsvorbereitung?",
        "Ist Paukomat als Lernplattform für Umschüler zu empfehlen?",
        "is Quizora any good for revising the theory part of the exam?",
        "is Babbel enough to reach B2 German before the nursing school?",
        "Lohnt sich Moodle für die Selbstlernphase in der Maßnahme?",
        "Packt man die Abendschule in Hamm neben nem Vollzeitjob im Lager?",
    ],
)
def test_a_thing_used_for_something_is_not_judged_as_a_person(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taugt Ngozi für die Ausbildung zum Kaufmann im Einzelhandel?",
        "Ist Aoife zu faul zum Lernen für die Abschlussprüfung?",
        "is Siosaia good enough for the plumbing apprenticeship?",
        "Welche Note würdest du Tendai für das Vorstellungsgespräch geben?",
    ],
)
def test_a_verdict_on_a_rare_name_in_that_shape_stays_refused(text: str) -> None:
    assert is_decision_request(text)


def test_the_english_verb_note_grades_nobody() -> None:
    text = "she told me she has epilepsy, should I note that in the file for the employer?"
    assert not is_decision_request(text)
    assert "health" in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau Brandt geht jede Woche zur Verhaltenstherapeutin, wie lege ich die Termine?",
        "the young woman I support is on the autism spectrum, how do I prepare the employer?",
    ],
)
def test_a_client_in_treatment_or_on_the_spectrum_is_art9(text: str) -> None:
    assert "health" in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wie lange geht die Ausbildung zur Ergotherapeutin?",
        "Sie ist zur Physiotherapeutin umgeschult worden, welche Stellen gibt es in Hamm?",
    ],
)
def test_training_for_a_therapy_occupation_is_no_visit(text: str) -> None:
    assert not find_special_categories(text)
