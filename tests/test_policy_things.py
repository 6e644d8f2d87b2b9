"""A course, a licence, a school or a company as the subject of a judging word is judged, not
the person it is for; measured against the person's ability, doubt or age, or said of the
person, the same words stay verdicts (GDPR Art. 22)."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_things import set_aside_things

# A thing weighed for someone: no verdict on them.
THINGS = [
    "Ist der Hygienekurs bei der IHK für Frau Sommer eher Zeitverschwendung?",
    "Ist die Realschule in Werne für Mats besser als die in Bönen, wegen der Busverbindung?",
    "Welcher Lehrgang ist für Herrn Gashi günstiger, der bei der Dekra oder beim TÜV?",
    "Ist der Ausbildungsbetrieb in Ahlen für Frau Lind besser zu erreichen als der in Beckum?",
    "Wäre so ein Bewerbungs-Workshop für Noah sinnvoller als ein Einzeltermin?",
    "Is the weekend course better for Ms Okafor than the evening one?",
]


@pytest.mark.parametrize("text", THINGS)
def test_a_thing_judged_for_someone_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


# The thing measured against the person (ability, doubt, age), the person as the subject, a
# path into an occupation, a judgement said of the person in another clause: verdicts.
VERDICTS = [
    "Ist der Kurs für Frau Sommer zu hoch, intellektuell?",
    "Ist die Meisterschule für Herrn Gashi schaffbar?",
    "Ist der Lehrgang für Herrn Gashi überhaupt noch sinnvoll, mit 59?",
    "Ist Frau Sommer für den Hygienekurs besser geeignet als Herr Gashi?",
    "Ist der Kurs für Noah sinnvoll, oder ist er zu unkonzentriert dafür?",
    "Ist eine Umschulung zum Elektroniker für Herrn Gashi sinnvoll?",
    "Is Ms Okafor better suited to the weekend course than Mr Bello?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_the_thing_measured_against_the_person_stays_a_verdict(text: str) -> None:
    assert is_decision_request(text)


def test_only_the_person_the_thing_is_for_is_taken_out() -> None:
    text = "Ist der Kurs bei der VHS für Frau Anna Sommer besser als der andere?"
    read = set_aside_things(text, person_pattern())
    assert "Sommer" not in read
    assert "besser als der andere?" in read
    assert len(read) == len(text)
