"""The reviewed synonym table: validated at load, shipped broad, kept through the merge."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from skills.occupation.catalogue import (
    BUILTIN_PATH,
    CatalogueError,
    InMemoryCatalogue,
    NameKind,
    load_builtin_catalogue,
)
from skills.occupation.normalise import normalise, stopwords, title_key
from skills.occupation.providers.registry import build_sources
from skills.occupation.providers.settings import OccupationSettings
from skills.occupation.synonyms import SYNONYMS_PATH, Synonym, parse_synonyms, read_synonyms

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"


def write(tmp_path: Path, rows: object) -> Path:
    path = tmp_path / "synonyms.yaml"
    path.write_text(yaml.safe_dump({"synonyms": rows}, allow_unicode=True), encoding="utf-8")
    return path


def test_an_unknown_id_stops_the_catalogue_with_the_word_named(tmp_path: Path) -> None:
    path = write(tmp_path, [{"word": "Schreinerei", "ids": ["tischler", "moebelschreiner"]}])
    with pytest.raises(CatalogueError, match=r"'Schreinerei'.*unknown occupation ids.*moebel"):
        load_builtin_catalogue(FIXTURE, synonyms=path)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [{"word": "Kellner/in", "ids": ["koch"]}, {"word": "Kellnerin", "ids": ["koch"]}],
            "repeats",
        ),
        ([{"word": "Kellner", "ids": []}], "ids"),
        ([{"word": "Kellner", "ids": ["Koch Köchin"]}], "ids"),
        ([{"word": "Kellner", "ids": ["koch", "koch"]}], "twice"),
        ([{"word": "Kellner", "ids": ["koch"], "reason": "x"}], "reason"),
        ([{"word": " / ", "ids": ["koch"]}], "no letters"),
        ("Kellner: koch", "list"),
    ],
)
def test_malformed_rows_are_refused(rows: object, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        parse_synonyms({"synonyms": rows}, "synonyms.yaml")


def test_a_missing_table_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="synonym table not found"):
        read_synonyms(tmp_path / "nowhere.yaml")


def test_a_valid_table_maps_everyday_words_to_the_fixture_entries(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            {
                "word": "Schrauber/in",
                "ids": ["kraftfahrzeugmechatroniker", "zweiradmechatroniker"],
            },
            {"word": "Bürokraft", "ids": ["kaufmann-bueromanagement"]},
        ],
    )
    catalogue = load_builtin_catalogue(FIXTURE, synonyms=path)
    found = catalogue.search("Bürokraft")[0]
    assert (found.occupation.id, found.score, found.kind) == (
        "kaufmann-bueromanagement",
        100.0,
        NameKind.SYNONYM,
    )
    # Several entries: all found exactly, in the order the table gives.
    ids = [m.occupation.id for m in catalogue.search("Schrauberin") if m.score == 100.0]
    assert ids == ["kraftfahrzeugmechatroniker", "zweiradmechatroniker"]


def test_an_official_name_ranks_before_a_synonym_with_the_same_words() -> None:
    catalogue = load_builtin_catalogue(FIXTURE)
    moved = InMemoryCatalogue(
        catalogue.occupations, catalogue.sources, (Synonym("Verkäufer/in", ("koch",)),)
    )
    found = moved.search("Verkäuferin")
    assert [m.occupation.id for m in found[:2]] == ["verkaeufer", "koch"]
    assert found[0].kind is NameKind.TITLE


@pytest.fixture(scope="module")
def shipped() -> InMemoryCatalogue:
    return load_builtin_catalogue()


def test_the_shipped_table_is_broad_and_names_real_entries(shipped: InMemoryCatalogue) -> None:
    table = read_synonyms(SYNONYMS_PATH)
    assert len(table) >= 400
    assert shipped.synonyms == table
    assert {i for row in table for i in row.ids} <= {o.id for o in shipped.occupations}
    english = [row for row in table if row.word[:1].islower()]
    assert len(english) >= 150


def test_no_row_repeats_an_entrys_own_name(shipped: InMemoryCatalogue) -> None:
    own = {
        (occupation.id, title_key(name))
        for occupation in shipped.occupations
        for name, _ in occupation.names()
    }
    redundant = [
        (row.word, entry)
        for row in shipped.synonyms
        for entry in row.ids
        if (entry, title_key(row.word)) in own
    ]
    assert redundant == []


def test_request_words_never_fold_away_a_word_of_a_title(shipped: InMemoryCatalogue) -> None:
    # Only words of the request and question lists; articles and "für" are in titles by design.
    raw = yaml.safe_load((BUILTIN_PATH.parent / "words.yaml").read_text(encoding="utf-8"))
    request = set(raw["filler"]["de_request"].split()) | set(raw["filler"]["en"].split())
    assert request <= stopwords()
    titles = {
        token
        for occupation in shipped.occupations
        for token in title_key(occupation.title).split()
    }
    words_in_titles = {
        word
        for occupation in shipped.occupations
        for word in occupation.title.casefold().replace("ü", "ue").split()
    }
    assert not (request & words_in_titles) - {"ausbildung"}
    assert titles


def test_the_skills_sources_keep_the_table_after_merging() -> None:
    builtin = load_builtin_catalogue()
    sources = build_sources(builtin, OccupationSettings())
    assert sources.catalogue.synonyms == builtin.synonyms
    assert sources.catalogue.search("Kellnerin")[0].occupation.id == (
        "fachmann-restaurants-veranstaltungsgastronomie"
    )


def test_gendered_rows_fold_to_one_word(shipped: InMemoryCatalogue) -> None:
    # "Pflasterer/Pflasterin" folds to "pflasterer pflaster": no query would match that row.
    split = [
        (row.word, normalise(row.word).tokens)
        for row in shipped.synonyms
        if "/" in row.word and " " not in row.word and "-" not in row.word.split("/")[0]
        if len(normalise(row.word).tokens) > 1
    ]
    assert split == []
