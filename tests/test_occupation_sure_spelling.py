"""Lookups that name no entry exactly but leave no doubt: the entry that accounts for every
word answers even when a plainer name scores a little higher, one everyday word followed by a
place answers with its likeliest entry, filler typed without umlauts is still filler, and an
everyday word with where the work is done reaches the occupation skill."""

from __future__ import annotations

import pytest

from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.confidence import Verdict, decide
from skills.occupation.evidence import occupation_evidence
from skills.occupation.named_inside import NamedInside
from skills.occupation.normalise import normalise, stopwords
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return shared_catalogue()


def verdict(catalogue: InMemoryCatalogue, query: str) -> tuple[Verdict, list[str], bool]:
    resolution = decide(catalogue, query, catalogue.search(query, limit=5))
    ids = [match.occupation.id for match in resolution.matches]
    return resolution.verdict, ids, resolution.several_meanings


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Anlagenmechanikerin Sanitär", "anlagenmechaniker-shk"),
        ("Anlagenmechaniker Sanitaer", "anlagenmechaniker-shk"),
    ],
)
def test_the_entry_that_explains_every_word_answers(
    catalogue: InMemoryCatalogue, query: str, expected: str
) -> None:
    found, ids, _ = verdict(catalogue, query)
    assert found is Verdict.ANSWER
    assert ids[0] == expected


def test_a_far_lower_entry_does_not_overtake_the_top(catalogue: InMemoryCatalogue) -> None:
    # "Fleischerei" is the workplace; the sales job ten points below is no sure answer.
    found, _, _ = verdict(catalogue, "Lehrling in der Fleischerei")
    assert found is not Verdict.ANSWER


def test_one_everyday_word_with_a_place_answers_its_likeliest(
    catalogue: InMemoryCatalogue,
) -> None:
    found, ids, several = verdict(catalogue, "Servicekraft im Restaurant")
    assert found is Verdict.ANSWER
    assert ids[:2] == ["fachmann-restaurants-veranstaltungsgastronomie", "fachkraft-gastronomie"]
    assert several


@pytest.mark.parametrize("word", ["fur", "uber", "mochte"])
def test_filler_typed_without_umlauts_is_filler(word: str) -> None:
    assert word in stopwords()
    assert normalise(f"Kauffrau {word} Büromanagement") == normalise("Kauffrau Büromanagement")


def test_a_title_typed_without_umlauts_answers(catalogue: InMemoryCatalogue) -> None:
    found, ids, _ = verdict(catalogue, "kaufmann fur buromanagement")
    assert found is Verdict.ANSWER
    assert ids[0] == "kaufmann-bueromanagement"


def test_an_everyday_word_with_its_workplace_is_evidence(catalogue: InMemoryCatalogue) -> None:
    inside = NamedInside(catalogue)
    assert occupation_evidence("waiter in a hotel restaurant", catalogue, inside) > 0
    assert occupation_evidence("shop assistant at a bakery", catalogue, inside) > 0


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Rauchfangkehrerin", "schornsteinfeger"),
        ("Bürogehilfe", "kaufmann-bueromanagement"),
        ("ITSE", "it-system-elektroniker"),
        ("Hafner", "ofen-luftheizungsbauer"),
    ],
)
def test_regional_old_and_short_words_are_in_the_table(
    catalogue: InMemoryCatalogue, word: str, expected: str
) -> None:
    assert [match.occupation.id for match in catalogue.exact(word)] == [expected]


def test_a_place_named_first_is_no_job(catalogue: InMemoryCatalogue) -> None:
    inside = NamedInside(catalogue)
    assert occupation_evidence("Treffen bei der Polizei", catalogue, inside) == 0.0
