"""A grade asked for a person or their work with no scale typed is a verdict on the person
(Art. 22): "Welche Note hat Tim verdient?", "gib dem Lebenslauf von Tim eine Note". The grade a
rule or an exam asks for, and a grade that is a fact, are not."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request


@pytest.mark.parametrize(
    "text",
    [
        "Welche Note hat Tim verdient?",
        "gib dem Lebenslauf von Tim eine Note",
        "Welche Schulnote würdest du dem Anschreiben von Frau Öztürk geben?",
        "what grade would you give Jonas for his presentation?",
    ],
)
def test_a_grade_for_a_person_or_their_work_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welche Note braucht Tim für die FOS?",
        "Was für eine Note braucht man für die Polizei?",
        "Gib dem Flyer eine Note",  # a thing, nobody named
        "Lena hat in Mathe die Note 2 bekommen",
        "mail an Lena: Glückwunsch zur guten Note!",
    ],
)
def test_a_grade_as_a_rule_or_a_fact_is_not(text: str) -> None:
    assert not is_decision_request(text)
