"""Chains named like people ("Obi", "Otto", "Penny") are the company where the sentence puts
one, and a person elsewhere."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_companies import as_companies

COMPANIES = [
    "Lohnt sich eine Bewerbung bei Obi überhaupt noch?",
    "Ist Penny ein fairer Ausbildungsbetrieb?",
    "Otto oder Hermes – wer hat die besseren Ausbildungsbedingungen?",
    "Is Douglas a good employer for trainees?",
]


@pytest.mark.parametrize("text", COMPANIES)
def test_a_chain_named_like_a_person_is_the_company(text: str) -> None:
    assert not is_decision_request(text)


PEOPLE = [
    "Hat Obi das Zeug zum Elektroniker?",
    "hat die Penny das Durchhaltevermögen für die Ausbildung?",
    "Passt Otto zu einem Handwerksbetrieb?",
]


@pytest.mark.parametrize("text", PEOPLE)
def test_the_same_name_elsewhere_is_a_person(text: str) -> None:
    assert is_decision_request(text)


def test_only_the_company_reading_is_replaced() -> None:
    assert as_companies("Praktikum bei Obi, Frau Otto kommt mit") == (
        "Praktikum bei Unternehmen, Frau Otto kommt mit"
    )
