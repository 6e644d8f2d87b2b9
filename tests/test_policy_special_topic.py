"""Art. 9: a condition spoken of as a topic in a message that names nobody ("Eine
Hörbehinderung ist kein Hindernis für Tischler, oder?") is no one's data; a note's clause
without a subject before a question ("hat Diabetes, welche Ausbildungen gehen?") is a
client's."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


@pytest.mark.parametrize(
    "text",
    [
        "Eine Hörbehinderung ist kein Hindernis für eine Ausbildung als Tischler, oder?",
        "Diabetes ist doch kein Ausschlussgrund bei der Polizei, oder?",
        "Depressionen sind heute kein Tabu mehr bei Arbeitgebern, oder?",
        "Legasthenie zählt als Grund für einen Nachteilsausgleich, richtig?",
        "Eine leichte Sehbehinderung spielt beim Bürokaufmann keine Rolle, oder?",
    ],
)
def test_a_condition_as_the_subject_of_a_question_is_a_topic(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # someone is named: the statement is about her or him
        "Seine Hörbehinderung ist kein Hindernis als Tischler, oder?",
        "Die Hörbehinderung ist beim Tischler kein Hindernis, oder? Er trägt eh Hörgeräte",
        # a statement, not asked
        "Eine Hörbehinderung ist bei Herrn K. bekannt.",
        # a note's shorthand: no verb after the condition
        "Diabetes Typ 1, welche Ausbildungen im Büro gibt es?",
        "Hörbehinderung, Tischler möglich?",
    ],
)
def test_a_condition_said_of_someone_still_counts(text: str) -> None:
    assert "health" in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "hat Diabetes, welche Ausbildungen gehen?",
        "hat ne Hörbehinderung, ist das ein Hindernis für Tischler?",
        "ist schwanger, kann sie im August trotzdem anfangen?",
    ],
)
def test_a_clause_without_a_subject_before_a_question_is_a_note(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ist Legasthenie eine Behinderung?",
        "Hat Diabetes Einfluss auf die Verbeamtung?",
        "Zählt ADHS als Behinderung, wenn man eine Ausbildung anfängt?",
    ],
)
def test_a_verb_opening_the_question_about_a_condition_still_asks_in_general(
    text: str,
) -> None:
    assert not find_special_categories(text)
