"""Art. 9 cues typed with a slip, at the end of a compound, or in the counsellor's shorthand."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from bot.policy.special_typos import _one_edit


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # one slip in a long cue: a letter left out, added, changed or two swapped
        ("Klientin hat eine Epilepise, was heißt das für den Führerschein?", "health"),
        ("Hr. K. hat starke Depresionen seit dem Unfall", "health"),
        ("TN ist schwangerschft, 5. Monat", "health"),
        ("Jonas nimmt Medikamnete gegen Unruhe", "health"),
        ("Sie legt viel Wert auf ihre Relgion", "religion"),
        # the end of a compound
        ("Tim hat eine Nussallergie und kann nicht in die Konditorei", "health"),
        ("Klient mit Laktoseunverträglichkeit sucht Ausbildung als Koch", "health"),
        ("Frau P. hat eine Herzerkrankung, keine schwere Arbeit", "health"),
        # shorthand and everyday words
        ("Kl., 20, Diag. F32.1, sucht Teilzeitstelle", "health"),
        ("er ist grad voll depri und kommt nicht aus dem bett", "health"),
        ("Herr M. spritzt Insulin, geht Schichtarbeit?", "health"),
        ("Hüfte kaputt, kann Fr. D. nicht mehr als Friseurin arbeiten", "health"),
        ("Er ist 2022 aus Afghanistan geflohen", "origin"),
        ("Die Familie ist Romnja aus Rumänien", "origin"),
    ],
)
def test_slips_compounds_and_shorthand_are_found(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Baustelle wird den Verkehr behindern",  # a slip at the end is another word
        "Christina sucht eine Ausbildung als Floristin",  # a name is no slip
        "Was verdient eine Psychotherapeutin?",
        "Termin zur Religionspädagogik-Infoveranstaltung am Montag",
    ],
)
def test_near_words_names_and_occupations_are_not_cues(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    ("word", "cue", "expected"),
    [
        ("diabetis", "diabetes", True),
        ("diabetse", "diabetes", True),
        ("diabetess", "diabetes", False),  # added at the end
        ("diabete", "diabetes", False),  # missing at the end
        ("diabeter", "diabetes", False),  # changed at the end
        ("diabetes", "diabetes", False),  # no slip at all
        ("dibates", "diabetes", False),  # two slips
    ],
)
def test_one_edit(word: str, cue: str, expected: bool) -> None:
    assert _one_edit(word, cue) is expected


@pytest.mark.parametrize(
    "text",
    [
        # a slip in a weak cue, in a clause that names someone
        "Er hatte einen Klinikaufenhalt",
        "Sie ist in Therpie",
        "Kl. war in der Psychatrie",
        # a female form after a slip in a prefix cue
        "Kl. ist Diabetkerin",
    ],
)
def test_slips_in_weak_cues_and_female_forms_are_found(text: str) -> None:
    assert find_special_categories(text) == {"health"}


@pytest.mark.parametrize(
    "text",
    [
        # a slip in a weak cue stays weak: nobody named
        "Was kostet eine Therpie?",
        "Der Klinikaufenhalt ist teuer",
        # "Psychologie" is one letter from "psychologe", at the end
        "Kl. will Psychologie studieren",
    ],
)
def test_slips_in_weak_cues_need_someone(text: str) -> None:
    assert find_special_categories(text) == frozenset()
