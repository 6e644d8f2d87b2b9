"""A role word before occupation or field words names no one ("Azubi Mechatroniker"), and the
generated list of those words matches the occupation catalogue it is built from."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is no installed package
    sys.path.insert(0, str(ROOT))

from bench.pii.build_domain_words import TARGET, render  # noqa: E402
from bot.llm.pseudonymise import Pseudonyms  # noqa: E402
from bot.policy import PiiKind, find_personal_data  # noqa: E402

TODAY = date(2026, 12, 6)


def _names(text: str) -> list[str]:
    found = find_personal_data(text, today=TODAY)
    return [f.value for f in found if f.kind is PiiKind.PERSON_NAME]


def test_the_generated_list_matches_the_catalogue() -> None:
    # Regenerate with `PYTHONPATH=. python bench/pii/build_domain_words.py` after changing the
    # occupation data or the name lists.
    assert TARGET.read_text(encoding="utf-8") == render()


@pytest.mark.parametrize(
    "text",
    [
        "Azubi Handwerk Dauer",
        "Teilnehmer Umschulung Lager",
        "Azubi Mechatroniker",
        "Praktikant Einzelhandel",
        "Bewerberin Verwaltung Einstellungstest wie läuft das ab",
        "Klientin Verkauf Teilzeit",
        # another number of a listed word: the data says "Versicherungen"
        "Kunde Versicherung Ausbildung Gehalt",
    ],
)
def test_a_role_word_before_occupation_words_names_no_one(text: str) -> None:
    assert _names(text) == []


def test_the_words_stay_unmasked_for_the_model() -> None:
    text = "Azubi Mechatroniker Gehalt 1. Lehrjahr"
    pseudonyms = Pseudonyms()
    assert pseudonyms.mask(text, find_personal_data(text, today=TODAY)) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Azubi Jonas Becker kommt heute nicht", "Jonas Becker"),
        # a listed name that is also an occupation word stays a name after a role word
        ("Teilnehmerin Weber hat angerufen", "Weber"),
        ("Azubi Koch fehlt seit Montag", "Koch"),
        ("Praktikantin Aylin will in die Gastronomie", "Aylin"),
    ],
)
def test_names_after_a_role_word_are_still_found(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_after_a_salutation_an_occupation_word_is_still_a_name() -> None:
    # only a role word is weak enough to be followed by what someone trains in
    assert _names("Frau Lager hat angerufen") == ["Lager"]


def test_an_occupation_word_after_a_kind_of_business_is_no_employer() -> None:
    found = find_personal_data("Azubi Pflege Klinik Gehalt", today=TODAY)
    assert [f.kind for f in found] == []


def test_an_employer_after_a_kind_of_business_is_still_found() -> None:
    found = find_personal_data("Praktikum bei Elektro Schulz", today=TODAY)
    assert [(f.kind, f.value) for f in found] == [(PiiKind.ORGANISATION, "Schulz")]
