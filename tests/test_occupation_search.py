"""Normalisation, search and ranking of the occupation catalogue (small fixture catalogue)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from skills.occupation.catalogue import InMemoryCatalogue, NameKind, load_builtin_catalogue
from skills.occupation.normalise import normalise, title_key

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return load_builtin_catalogue(FIXTURE)


def best_id(catalogue: InMemoryCatalogue, query: str) -> str | None:
    found = catalogue.search(query)
    return found[0].occupation.id if found else None


@pytest.mark.parametrize(
    "variants",
    [
        (
            "Kfz Mechatroniker",
            "KFZ-Mechatronikerin",
            "Kfz-Mechatroniker/in",
            "Kraftfahrzeugmechatroniker",
        ),
        (
            "Mechatroniker",
            "Mechatronikerin",
            "Mechatroniker*in",
            "Mechatroniker:in",
            "Mechatroniker_in",
            "MechatronikerIn",
            "Mechatroniker/-in",
            "Mechatroniker (m/w/d)",
        ),
        (
            "Kaufmann/-frau für Büromanagement",
            "Kauffrau für Büromanagement",
            "Kaufmann für Büromanagement",
            "kaufmann fuer bueromanagement",
        ),
        (
            "Medizinische/r Fachangestellte/r",
            "Medizinischer Fachangestellter",
            "Medizinische Fachangestellte",
            "Medizinischen Fachangestellten",
        ),
        ("Pflegefachmann/-frau", "Pflegefachfrau", "Pflegefachmann"),
        ("Koch/Köchin", "Köchin", "Koechin", "KOCH"),
        ("Straße", "Strasse"),
        ("Ärztin", "Arzt", "Aerztin"),
        ("Biologin", "Biologe"),
        ("Kaufleute", "Kaufmann", "Kauffrau"),
    ],
)
def test_spelling_variants_share_one_key(variants: tuple[str, ...]) -> None:
    assert len({title_key(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [("Fischer", "Fisch"), ("Erzieher", "Erziehung"), ("Medizin", "Mediz"), ("Tischler", "Tisch")],
)
def test_different_words_keep_different_keys(left: str, right: str) -> None:
    assert title_key(left) != title_key(right)


def test_filler_words_are_dropped_but_a_bare_filler_word_survives() -> None:
    assert normalise("Ich suche bitte Infos über die Erzieherin").tokens == ("erzieher",)
    assert normalise("die").tokens == ("die",)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Mechatronikerin", "mechatroniker"),
        ("Mechatroniker*in", "mechatroniker"),
        ("Mechatroniker:in", "mechatroniker"),
        ("Mechatroniker_in", "mechatroniker"),
        ("MechatronikerIn", "mechatroniker"),
        ("Erzieherin", "erzieher"),
        ("Kauffrau für Büromanagement", "kaufmann-bueromanagement"),
        ("Köchin", "koch"),
        ("Psychologin", "psychologe"),
        ("Pflegefachfrau", "pflegefachmann"),
        ("Medizinischen Fachangestellten", "medizinische-fachangestellte"),
    ],
)
def test_gendered_and_declined_forms_find_the_entry_exactly(
    catalogue: InMemoryCatalogue, query: str, expected: str
) -> None:
    found = catalogue.search(query)
    assert found[0].occupation.id == expected
    assert found[0].score == 100.0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Psychologen", "psychologe"),  # weak masculine: "zum Psychologen"
        ("des Tischlers", "tischler"),  # genitive
        ("bei Erziehern", "erzieher"),  # dative plural
        ("Kochs", "koch"),
        ("Fachinformatikers", "fachinformatiker"),
    ],
)
def test_case_endings_on_a_known_name_find_the_entry_exactly(
    catalogue: InMemoryCatalogue, query: str, expected: str
) -> None:
    found = catalogue.search(query)
    assert found[0].occupation.id == expected
    assert found[0].score == 100.0
    assert catalogue.exact(query)[0].occupation.id == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Tichler", "tischler"),
        ("Mechatronicker", "mechatroniker"),
        ("Erziher", "erzieher"),
        ("Fachinformatikr", "fachinformatiker"),
        ("Verkaeuferin", "verkaeufer"),
        ("Buerokauffrau", "kaufmann-bueromanagement"),
        ("Burokaufmann", "kaufmann-bueromanagement"),
        ("KFZ-Mechatronikerin", "kraftfahrzeugmechatroniker"),
        ("Kfz Mechatroniker", "kraftfahrzeugmechatroniker"),
    ],
)
def test_typos_umlaut_spellings_hyphens_and_spaces(
    catalogue: InMemoryCatalogue, query: str, expected: str
) -> None:
    assert best_id(catalogue, query) == expected


def test_alias_finds_the_official_entry(catalogue: InMemoryCatalogue) -> None:
    found = catalogue.search("Schreiner")[0]
    assert found.occupation.title == "Tischler/in"
    assert (found.matched_name, found.kind) == ("Schreiner/in", NameKind.ALIAS)


@pytest.mark.parametrize(
    ("query", "expected", "former"),
    [
        ("Arzthelferin", "medizinische-fachangestellte", "Arzthelfer/in"),
        ("Altenpfleger", "pflegefachmann", "Altenpfleger/in"),
        ("Bürokauffrau", "kaufmann-bueromanagement", "Bürokaufmann/-frau"),
    ],
)
def test_former_titles_are_found_and_marked(
    catalogue: InMemoryCatalogue, query: str, expected: str, former: str
) -> None:
    found = catalogue.search(query)[0]
    assert found.occupation.id == expected
    assert (found.matched_name, found.kind) == (former, NameKind.FORMER)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("carpenter", "tischler"),
        ("Nurse", "pflegefachmann"),
        ("car mechatronic", "kraftfahrzeugmechatroniker"),
    ],
)
def test_english_names(catalogue: InMemoryCatalogue, query: str, expected: str) -> None:
    assert best_id(catalogue, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kfz", "kraftfahrzeugmechatroniker"),
        ("Büro", "kaufmann-bueromanagement"),
        ("Einzelhandel", "kaufmann-einzelhandel"),
        ("Informatiker", "fachinformatiker"),
    ],
)
def test_partial_words(catalogue: InMemoryCatalogue, query: str, expected: str) -> None:
    assert best_id(catalogue, query) == expected


@pytest.mark.parametrize(
    "query",
    ["Ich suche Infos über Tischler bitte", "Tischler Hamburg", "der Tischler", "Tischler?"],
)
def test_filler_words_around_the_name(catalogue: InMemoryCatalogue, query: str) -> None:
    assert best_id(catalogue, query) == "tischler"


def test_exact_match_ranks_before_compounds_and_alternatives_follow(
    catalogue: InMemoryCatalogue,
) -> None:
    found = catalogue.search("Mechatronikerin")
    ids = [m.occupation.id for m in found]
    assert ids[0] == "mechatroniker"
    assert {"kraftfahrzeugmechatroniker", "zweiradmechatroniker"} <= set(ids[1:])
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


def test_limit_is_respected(catalogue: InMemoryCatalogue) -> None:
    assert len(catalogue.search("Mechatroniker", limit=1)) == 1
    assert catalogue.search("Mechatroniker", limit=0) == []


def test_ranking_does_not_depend_on_catalogue_order(catalogue: InMemoryCatalogue) -> None:
    reversed_catalogue = InMemoryCatalogue(catalogue.occupations[::-1], catalogue.sources)
    for query in ("Kauffrau", "Mechatroniker", "Kfz", "Elektriker", "mechanik", "Holz"):
        first = [(m.occupation.id, m.score) for m in catalogue.suggest(query)]
        again = [(m.occupation.id, m.score) for m in catalogue.suggest(query)]
        other = [(m.occupation.id, m.score) for m in reversed_catalogue.suggest(query)]
        assert first == again == other, query


@pytest.mark.parametrize("query", ["Astronaut", "xyz", "", "   ", "?!"])
def test_no_match_gives_an_empty_result(catalogue: InMemoryCatalogue, query: str) -> None:
    assert catalogue.search(query) == []


def test_suggest_offers_close_titles_below_the_search_cutoff(
    catalogue: InMemoryCatalogue,
) -> None:
    assert catalogue.search("Elektriker") == []
    suggested = catalogue.suggest("Elektriker")
    assert suggested
    assert "mechatroniker" in [m.occupation.id for m in suggested]
    assert all(m.score < 70 for m in suggested)


def test_exact_lookup_is_not_fuzzy(catalogue: InMemoryCatalogue) -> None:
    assert [m.occupation.id for m in catalogue.exact("Schreinerin")] == ["tischler"]
    assert catalogue.exact("Tichler") == []
    assert catalogue.exact("Kfz") == []


def _bench_module() -> ModuleType:
    path = Path(__file__).parents[1] / "bench" / "occupation_search.py"
    spec = importlib.util.spec_from_file_location("occupation_bench", path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_search_finds_entries_in_a_large_synthetic_catalogue() -> None:
    # Speed is measured in bench/occupation_search.py, never asserted here.
    bench = _bench_module()
    large = bench.synthetic_catalogue(5000)
    assert large.search(large.occupations[1234].female or "")[0].occupation.id == "syn-1234"
