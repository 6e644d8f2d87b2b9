"""A short abbreviation's dot ("2 Wo. Praktikum", "3 Mon.") ends no clause: "Möchte was mit
Autos machen, hat schon 2 Wo. Praktikum bei ATU gemacht" is a wish and an experience."""

from __future__ import annotations

import pytest
from test_summary_weighed_and_reported import section_of

from skills.summary import Section


@pytest.mark.parametrize(
    ("notes", "wish", "done"),
    [
        (
            "Möchte was mit Autos machen, hat schon 2 Wo. Praktikum bei ATU gemacht.",
            "Möchte was mit Autos machen",
            "hat schon 2 Wo. Praktikum bei ATU gemacht",
        ),
        (
            "Will in die Pflege, hat 3 Mon. im Altenheim ausgeholfen.",
            "Will in die Pflege",
            "hat 3 Mon. im Altenheim ausgeholfen",
        ),
    ],
)
def test_an_abbreviated_duration_keeps_the_experience_a_clause(
    notes: str, wish: str, done: str
) -> None:
    assert section_of(notes, wish) is not section_of(notes, done)
    assert section_of(notes, done) is Section.SITUATION
