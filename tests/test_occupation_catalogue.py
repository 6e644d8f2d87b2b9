"""Catalogue loading (validation errors name the entry) and the composite of several sources."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Heading, Source
from bot.skill import SkillContext
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import (
    CatalogueError,
    CompositeCatalogue,
    InMemoryCatalogue,
    Occupation,
    TrainingType,
    load_builtin_catalogue,
)
from skills.occupation.schema import parse_catalogue

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"
ESCO = Source("ESCO", "v1.2")

VALID: dict[str, Any] = {
    "source": {"title": "Katalog", "as_of": "2026-11-01", "note": "Hinweis"},
    "occupations": [
        {
            "id": "tischler",
            "title": "Tischler/in",
            "training_type": "dual",
            "regulation": "HwO",
            "duration_months": 36,
            "duration_note": "",
            "field": "Holz",
            "description": "Stellen Möbel her.",
            "related": ["holzmechaniker"],
            "kldb": "",
        },
        {
            "id": "holzmechaniker",
            "title": "Holzmechaniker/in",
            "training_type": "dual",
            "field": "Holz",
            "description": "Fertigen Bauteile.",
        },
    ],
}


def broken(change: dict[str, Any], entry: int = 0) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    data["occupations"][entry].update(change)
    return data


def test_valid_data_becomes_occupations_with_the_source() -> None:
    source, occupations = parse_catalogue(VALID, "test.yaml")
    assert source == Source("Katalog", "2026-11-01")
    tischler = occupations[0]
    assert tischler.training_type is TrainingType.DUAL
    assert tischler.related == ("holzmechaniker",)
    assert (tischler.duration_note, tischler.kldb) == (None, None)  # blank means unknown
    assert tischler.source is source
    assert tischler.source_note == "Hinweis"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"duration_months": 80}, "occupation #1 (id 'tischler'): duration_months"),
        ({"duration_months": 6}, "occupation #1 (id 'tischler'): duration_months"),
        ({"descripton": "Tippfehler"}, "occupation #1 (id 'tischler'): descripton"),
        ({"training_type": "betrieblich"}, "occupation #1 (id 'tischler'): training_type"),
        ({"regulation": "IHK"}, "occupation #1 (id 'tischler'): regulation"),
        ({"kldb": "1234"}, "occupation #1 (id 'tischler'): kldb"),
        ({"id": "Tischler"}, "occupation #1 (id 'Tischler'): id"),
        ({"related": ["gibt-es-nicht"]}, "'tischler': related ids must name other entries"),
        ({"related": ["tischler"]}, "'tischler': related ids must name other entries"),
        ({"title": ""}, "occupation #1 (id 'tischler'): title"),
    ],
)
def test_invalid_entries_are_named_in_the_error(change: dict[str, Any], expected: str) -> None:
    with pytest.raises(CatalogueError, match=r"^test\.yaml: ") as raised:
        parse_catalogue(broken(change), "test.yaml")
    assert expected in str(raised.value)


def test_duplicates_and_a_missing_source_are_rejected() -> None:
    with pytest.raises(CatalogueError, match="duplicate id 'tischler'"):
        parse_catalogue(broken({"id": "tischler"}, entry=1), "test.yaml")
    with pytest.raises(CatalogueError, match="duplicate title"):
        parse_catalogue(broken({"title": "Tischler/in"}, entry=1), "test.yaml")
    without_date = copy.deepcopy(VALID)
    del without_date["source"]["as_of"]
    with pytest.raises(CatalogueError, match="source: as_of"):
        parse_catalogue(without_date, "test.yaml")
    with pytest.raises(CatalogueError, match="non-empty list"):
        parse_catalogue({"source": VALID["source"], "occupations": []}, "test.yaml")


def test_file_errors_are_catalogue_errors(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="not found"):
        load_builtin_catalogue(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("occupations: [unclosed", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid YAML"):
        load_builtin_catalogue(bad)
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(VALID, allow_unicode=True), encoding="utf-8")
    assert len(load_builtin_catalogue(good)) == 2


def esco_like() -> InMemoryCatalogue:
    def entry(id_: str, title: str, aliases: tuple[str, ...] = ()) -> Occupation:
        return Occupation(
            id=id_,
            title=title,
            training_type=TrainingType.DUAL,
            field="Holz",
            description="ESCO-Beschreibung.",
            source=ESCO,
            aliases=aliases,
        )

    return InMemoryCatalogue(
        [
            entry("esco-7115-1", "Tischler/Tischlerin", ("Möbeltischler/in",)),
            entry("esco-7115-9", "Bootsbauer/Bootsbauerin"),
        ],
        (ESCO,),
    )


@pytest.fixture(scope="module")
def composite() -> CompositeCatalogue:
    return CompositeCatalogue([load_builtin_catalogue(FIXTURE), esco_like()])


def test_composite_merges_equal_titles_keeping_the_first_source(
    composite: CompositeCatalogue,
) -> None:
    found = composite.search("Möbeltischler")
    tischler = [m for m in found if "Tischler" in m.occupation.title]
    assert len(tischler) == 1
    assert tischler[0].occupation.id == "tischler"  # the built-in facts win
    assert (tischler[0].score, tischler[0].matched_name) == (100.0, "Möbeltischler/in")
    assert [m.occupation.id for m in composite.exact("Tischlerin")] == ["tischler"]


def test_composite_finds_entries_only_one_source_has(composite: CompositeCatalogue) -> None:
    assert composite.search("Bootsbauerin")[0].occupation.source == ESCO
    assert composite.get("esco-7115-9") is not None
    assert composite.get("mechatroniker") is not None
    assert composite.get("nothing") is None
    assert composite.sources == (Source("Testkatalog Ausbildungsberufe", "2026-01-15"), ESCO)
    assert composite.suggest("Bootsbaur")[0].occupation.id == "esco-7115-9"


async def test_skill_answers_from_a_composite(composite: CompositeCatalogue) -> None:
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Test", "beruf x")
    ctx = SkillContext(
        message=message,
        args="Bootsbauer",
        command="beruf",
        language="de",
        user_key="user-key",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=datetime(2026, 11, 20, tzinfo=UTC),
        texts=lambda key, **values: key,
    )
    result = await OccupationSkill(composite).handle(ctx)
    assert result.blocks[0] == Heading("Bootsbauer/Bootsbauerin")
    assert result.sources == (ESCO,)
    assert result.data["source"]["title"] == "ESCO"
