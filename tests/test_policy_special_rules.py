"""A rule about an occupation and health stated without a question names nobody's data, and a
colleague's name after the word for them is no client; said of a client, both stay Art. 9."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories

RULES = [
    "Für Busfahrer ist Epilepsie ein Ausschlusskriterium.",
    "Bei der Feuerwehr ist Asthma in der Regel ein Ausschlussgrund, hab ich gelesen.",
    "Diabetes can rule you out as a train driver in some countries.",
    "Mit Farbenblindheit ist man bei der Polizei raus. Welche Alternativen gibt es im Zoll?",
    "Wer Epilepsie hat, kann nicht Busfahrer werden.",
]


@pytest.mark.parametrize("text", RULES)
def test_a_rule_stated_about_an_occupation_is_no_data(text: str) -> None:
    assert find_special_categories(text) == frozenset()


CLIENTS = [
    "Frau Weber hat Diabetes, für Piloten ist das ein Ausschlussgrund.",
    "hat Epilepsie, Busfahrer ist damit ausgeschlossen.",
    "Mein Klient hat Asthma. Für die Feuerwehr ist das ein Ausschlussgrund.",
    "Tim hat Epilepsie und kann nicht Busfahrer werden.",
]


@pytest.mark.parametrize("text", CLIENTS)
def test_the_same_rule_said_of_a_client_is_data(text: str) -> None:
    assert find_special_categories(text) == frozenset({"health"})


def test_a_colleague_named_after_the_word_for_them_is_no_client() -> None:
    assert not find_special_categories(
        "Meine Kollegin Frau Ritter ist in Reha, bitte Termine absagen"
    )
    assert find_special_categories("Meine Kollegin sagt, Frau Ritter ist in Reha") == frozenset(
        {"health"}
    )
