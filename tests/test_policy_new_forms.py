"""Verdict requests in forms the readings did not know, and the neutral requests beside them:
a person recommended after an article ("die Mara als Praktikantin empfehlen"), a decision
handed over with "nimm du mir das ab", a prediction of finding a job; the counsellor finding a
place for someone is a task."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

VERDICTS = [
    # the person after an article is the one recommended, no thing to recommend
    "Kann ich dem Betrieb Schulz guten Gewissens die Mara als Praktikantin empfehlen?",
    "Kannst du dem Autohaus den Nils als Azubi empfehlen?",
    # a decision about someone handed over
    "Ich weiß nicht, ob ich Nils für die EQ oder gleich für die Ausbildungsplatzsuche anmelde. "
    "Nimm du mir das ab.",
    "Soll Frau Brandt die Umschulung machen oder nicht? Nimm mir die Entscheidung ab",
    # whether someone will find a job
    "Wird Frau Kessler mit 61 noch eine Anstellung finden?",
    "Will Ryan ever find work in IT after all this?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_new_forms_of_a_verdict_are_refused(text: str) -> None:
    assert is_decision_request(text)


NEUTRAL = [
    "Kannst du Tim ein paar Betriebe für ein Praktikum empfehlen?",
    "Frau Weber möchte Montag oder Dienstag kommen, nimm du mir das ab",
    "Wie finde ich für Frau Weber eine Stelle in Teilzeit?",
    "Wie finden wir für Tim einen Ausbildungsplatz in Hamm?",
    "Wo wird Lea eine Stelle als Köchin finden, welche Portale gibt es?",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_the_requests_beside_them_are_not(text: str) -> None:
    assert not is_decision_request(text)
