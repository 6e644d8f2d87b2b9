"""Questions for alternatives are told apart from words that merely contain their cue."""

from __future__ import annotations

import pytest

from skills.occupation import similar


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("Was gibt es statt Tischler?", "Tischler"),
        ("Berufe ähnlich wie Koch", "Koch"),
        ("alternatives to a hairdresser", "hairdresser"),
    ],
)
def test_a_question_for_alternatives_names_its_occupation(typed: str, asked: str) -> None:
    assert similar.parse(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "was kriegt man als Azubi in der Werkstatt so?",  # "Werkstatt so": no "statt"
        "Wie lange dauert die Ausbildung in der Lehrwerkstatt?",
        "Ist die Ausstattung anders?",
    ],
)
def test_a_cue_inside_a_word_asks_for_no_alternative(typed: str) -> None:
    assert similar.parse(typed) is None
