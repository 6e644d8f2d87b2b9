"""A chance of a benefit (BAB, a Bildungsgutschein, Kindergeld …) is an entitlement asked
about, a question about rules; a chance of a training place, a job or passing an exam is a
prognosis about the person and stays refused (GDPR Art. 22)."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

ENTITLEMENTS = [
    "Hat Jonas eine Chance auf BAB, wenn er noch zuhause wohnt?",
    "hat sie chancen auf einen bildungsgutschein für die umschulung?",
    "Hat Frau Kaya eine realistische Chance auf Aufstiegs-BAföG?",
    "Wie sind Tims Aussichten auf Fahrtkostenzuschuss, er pendelt 40 km?",
]

PROGNOSES = [
    "Hat Jonas eine Chance auf einen Ausbildungsplatz bei VW?",
    "Hat sie realistische Chancen auf die Übernahme nach der Ausbildung?",
    "Wie schätzt du Tims Chancen ein, die Prüfung zu bestehen?",
]


@pytest.mark.parametrize("text", ENTITLEMENTS)
def test_a_chance_of_a_benefit_is_a_question_about_rules(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize("text", PROGNOSES)
def test_a_chance_of_a_place_or_of_passing_stays_a_prognosis(text: str) -> None:
    assert is_decision_request(text)
