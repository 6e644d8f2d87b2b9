"""Consistency checks for the built-in occupation catalogue (plain data, PyYAML only)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

CATALOGUE = Path(__file__).resolve().parents[1] / "skills/occupation/data/catalogue.yaml"

TRAINING_TYPES = {"dual", "schulisch", "studium"}
REGULATIONS = {"BBiG", "HwO", "BBiG/HwO", "Bundesrecht", "Landesrecht (NRW)"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KLDB_PATTERN = re.compile(r"^\d{5}$")
ALLOWED_KEYS = {
    "id",
    "title",
    "male",
    "female",
    "aliases",
    "former_titles",
    "training_type",
    "regulation",
    "duration_months",
    "duration_note",
    "field",
    "description",
    "specialisations",
    "related",
    "kldb",
}
REQUIRED_KEYS = {"id", "title", "training_type", "field", "description", "related"}
# ASCII transliterations of words that occur in this catalogue with a real umlaut or ß.
TRANSLITERATED = (
    "buero",
    "koechin",
    "baecker",
    "gebaeude",
    "kaelte",
    "aussenhandel",
    "hoerakustik",
    "zahnaerzt",
    "tieraerzt",
    "fluggeraet",
    "verkaeufer",
    "geraete",
    "strassen",
    "gaertner",
    "fuehrer",
    "moebel",
    "kuechen",
    "kaufmaennisch",
    "paedagog",
    "baeder",
    "massschneider",
    "notfallsanitaeter",
    "logopaed",
    "veterinaer",
    "anaesthesie",
    "diaet",
    "orthopaedie",
    "geruest",
    "haendler",
)


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Any]:
    with CATALOGUE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def occupations(catalogue: dict[str, Any]) -> list[dict[str, Any]]:
    entries = catalogue["occupations"]
    assert isinstance(entries, list)
    return entries


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _names(entry: dict[str, Any]) -> Iterator[str]:
    """Every string a user might type to find this entry."""
    yield entry["title"]
    for key in ("male", "female"):
        if entry.get(key):
            yield entry[key]
    yield from entry.get("aliases", [])
    yield from entry.get("former_titles", [])


def test_source_block(catalogue: dict[str, Any]) -> None:
    source = catalogue["source"]
    for key in ("title", "basis", "as_of", "note"):
        assert isinstance(source[key], str), key
        assert source[key].strip(), key
    assert dt.date.fromisoformat(source["as_of"]).isoformat() == source["as_of"]


def test_enough_entries(occupations: list[dict[str, Any]]) -> None:
    assert len(occupations) >= 350


def test_covers_the_recognised_dual_occupations(occupations: list[dict[str, Any]]) -> None:
    # The BIBB register lists roughly 320 recognised dual occupations; keep close to all of them.
    dual = [entry for entry in occupations if entry["training_type"] == "dual"]
    assert len(dual) >= 300


def test_study_entries_leave_duration_to_the_note(occupations: list[dict[str, Any]]) -> None:
    # Study programmes vary by university and degree; the usual length goes into the note.
    for entry in occupations:
        if entry["training_type"] == "studium":
            assert "duration_months" not in entry, entry["id"]
            assert entry.get("duration_note", "").strip(), entry["id"]


def test_entry_shape(occupations: list[dict[str, Any]]) -> None:
    for entry in occupations:
        keys = set(entry)
        assert keys >= REQUIRED_KEYS, entry.get("id")
        assert keys <= ALLOWED_KEYS, (entry["id"], keys - ALLOWED_KEYS)
        assert ID_PATTERN.match(entry["id"]), entry["id"]
        assert entry["training_type"] in TRAINING_TYPES, entry["id"]
        if "regulation" in entry:
            assert entry["regulation"] in REGULATIONS, entry["id"]
        if "kldb" in entry:
            assert KLDB_PATTERN.match(str(entry["kldb"])), entry["id"]
        for key in ("title", "field", "description"):
            assert isinstance(entry[key], str), (entry["id"], key)
            assert entry[key].strip(), (entry["id"], key)


def test_ids_and_titles_unique(occupations: list[dict[str, Any]]) -> None:
    ids = [entry["id"] for entry in occupations]
    titles = [_norm(entry["title"]) for entry in occupations]
    assert len(ids) == len(set(ids))
    assert len(titles) == len(set(titles))


def test_names_point_to_one_entry(occupations: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for entry in occupations:
        for name in _names(entry):
            key = _norm(name)
            previous = owner.setdefault(key, entry["id"])
            if previous != entry["id"]:
                clashes.append((name, previous, entry["id"]))
    assert not clashes


def test_name_lists_are_clean(occupations: list[dict[str, Any]]) -> None:
    # A name is either a current alias or a former official title, never both.
    for entry in occupations:
        lists = {key: entry.get(key, []) for key in ("aliases", "former_titles")}
        for key, names in lists.items():
            assert isinstance(names, list), (entry["id"], key)
            assert all(isinstance(name, str) and name.strip() for name in names), entry["id"]
        aliases = {_norm(name) for name in lists["aliases"]}
        former = {_norm(name) for name in lists["former_titles"]}
        assert not aliases & former, (entry["id"], aliases & former)
        assert len(former) == len(lists["former_titles"]), entry["id"]


@pytest.mark.parametrize(
    ("entry_id", "title", "former"),
    [
        ("medizinischer-fachangestellter", "Medizinische/r Fachangestellte/r", "Arzthelfer/in"),
        ("pflegefachmann", "Pflegefachmann/-frau", "Altenpfleger/in"),
        ("kaufmann-bueromanagement", "Kaufmann/-frau für Büromanagement", "Bürokaufmann/-frau"),
    ],
)
def test_reformed_titles_keep_their_former_title(
    occupations: list[dict[str, Any]], entry_id: str, title: str, former: str
) -> None:
    entry = next(e for e in occupations if e["id"] == entry_id)
    assert entry["title"] == title
    assert former in entry.get("former_titles", [])
    assert former not in entry.get("aliases", [])


def test_related_ids_resolve(occupations: list[dict[str, Any]]) -> None:
    ids = {entry["id"] for entry in occupations}
    for entry in occupations:
        related = entry["related"]
        assert 2 <= len(related) <= 5, entry["id"]
        assert len(related) == len(set(related)), entry["id"]
        assert entry["id"] not in related, entry["id"]
        assert set(related) <= ids, (entry["id"], set(related) - ids)


def test_durations_plausible(occupations: list[dict[str, Any]]) -> None:
    for entry in occupations:
        if "duration_months" in entry:
            months = entry["duration_months"]
            assert isinstance(months, int), entry["id"]
            assert 12 <= months <= 72, entry["id"]


def test_dual_entries_state_duration(occupations: list[dict[str, Any]]) -> None:
    # Every dual occupation has a regular duration in its training regulation; where it could
    # not be verified, the months stay empty and a note points to the authoritative source.
    missing = [
        e["id"]
        for e in occupations
        if e["training_type"] == "dual"
        and "duration_months" not in e
        and not str(e.get("duration_note", "")).strip()
    ]
    assert not missing


def test_no_transliterated_umlauts(occupations: list[dict[str, Any]]) -> None:
    for entry in occupations:
        texts = [*_names(entry), entry["description"], *entry.get("specialisations", [])]
        for text in texts:
            lowered = text.lower()  # not casefold(): that maps ß to "ss"
            for word in TRANSLITERATED:
                assert word not in lowered, (entry["id"], text)
