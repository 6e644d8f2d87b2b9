"""Shops, chains and large employers named after a family ("Verkäuferin bei Rossmann") are no
person's name on their own; the same family name of a client still is, after a cue or next to
a given name, and a given name that is also a chain's name ("Otto") stays a name."""

from __future__ import annotations

import pytest

from bot.policy import find_personal_data
from bot.policy.pii_types import PiiKind


def _names(text: str) -> list[str]:
    return [found.value for found in find_personal_data(text) if found.kind is PiiKind.PERSON_NAME]


@pytest.mark.parametrize(
    "text",
    [
        "Was verdient man als Verkäuferin bei Rossmann im ersten Ausbildungsjahr?",
        "Sie arbeitet als Verkäuferin bei Rossmann und will sich umorientieren",
        "Praktikum bei Deichmann in Hamm, ab 01.03.",
        "Bildet Fielmann auch Augenoptiker in Teilzeit aus?",
    ],
)
def test_an_employer_named_after_a_family_is_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Termin bei Herrn Rossmann am Montag", "Rossmann"),
        ("Frau Deichmann kommt morgen um 10", "Deichmann"),
        ("Lisa Rossmann hat angerufen", "Lisa Rossmann"),
        ("Otto kam heute zu spät", "Otto"),
    ],
)
def test_the_same_words_as_a_clients_name_still_count(text: str, name: str) -> None:
    assert name in _names(text)
