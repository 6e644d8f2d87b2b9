"""The ESCO import into the database (both backends), the merged catalogue and the credit."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage_fixtures import occupation_repository

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Text
from bot.skill import SkillContext
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import load_builtin_catalogue
from skills.occupation.esco_csv import read_download
from skills.occupation.esco_import import esco_occupation, import_esco, load_esco
from skills.occupation.model import TrainingType
from skills.occupation.providers.registry import build_sources, merged_catalogue
from skills.occupation.providers.settings import OccupationSettings
from storage.database import SqlStore

FIXTURES = Path(__file__).with_name("fixtures")
FOLDER = FIXTURES / "esco" / "download"
ZIP = FIXTURES / "esco" / "esco-v1.2.0-de-csv.zip"
SMALL = FIXTURES / "occupations_small.yaml"
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
CREDIT_DE = "Dieser Dienst nutzt die ESCO-Klassifikation der Europäischen Kommission."
CREDIT_EN = "This service uses the ESCO classification of the European Commission."


def context(args: str, language: str = "de") -> SkillContext:
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Test", args)
    return SkillContext(
        message=message,
        args=args,
        command="beruf",
        language=language,
        user_key="k",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=NOW,
        texts=lambda key, **values: key,
    )


def markdown(blocks: object) -> str:
    return "\n".join(b.markdown for b in blocks if isinstance(b, Text))  # type: ignore[attr-defined]


async def test_import_is_idempotent_and_updates_changed_rows(
    store: SqlStore, tmp_path: Path
) -> None:
    first = await import_esco(ZIP, occupation_repository(store), NOW)
    assert (first.total, first.inserted, first.updated, first.unchanged) == (5, 5, 0, 0)
    assert first.skipped == 2
    again = await import_esco(FOLDER, occupation_repository(store), NOW + timedelta(hours=1))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
    changed = tmp_path / "download"
    shutil.copytree(FOLDER, changed)
    csv_path = changed / "occupations_de.csv"
    csv_path.write_text(
        csv_path.read_text(encoding="utf-8").replace("Bienenwirt", "Bienenhalter"),
        encoding="utf-8",
    )
    updated = await import_esco(changed, occupation_repository(store), NOW + timedelta(hours=2))
    assert (updated.inserted, updated.updated, updated.unchanged) == (0, 1, 4)
    stats = await occupation_repository(store).stats(NOW)
    assert stats.esco_by_language == {"de": 5}  # nothing doubled
    assert stats.last_import is not None
    assert stats.last_import.at == NOW + timedelta(hours=2)
    assert (stats.last_import.updated, stats.last_import.skipped) == (1, 2)
    loaded = {entry.title: entry for entry in await load_esco(occupation_repository(store))}
    assert "Bienenhalter" in loaded["Imker/Imkerin"].aliases


async def test_progress_counts_every_occupation(store: SqlStore) -> None:
    steps: list[int] = []
    await import_esco(FOLDER, occupation_repository(store), NOW, progress=steps.append)
    assert sum(steps) == 5


def test_esco_records_become_catalogue_entries() -> None:
    records = {r.preferred_label: r for r in read_download(FOLDER).records}
    entry = esco_occupation(records["Softwareentwickler/Softwareentwicklerin"])
    assert entry.id == "esco-00000000-0000-4000-8000-000000000001"
    assert (entry.male, entry.female) == ("Softwareentwickler", "Softwareentwicklerin")
    assert entry.training_type is TrainingType.UNSPECIFIED
    assert entry.isco == "2512"
    assert entry.field == "Softwareentwickler"
    assert entry.provider == "esco"
    assert entry.source.url == "http://data.europa.eu/esco/occupation/" + entry.id[5:]
    assert entry.source.as_of == "2023-08-17"
    assert entry.duration_months is None  # ESCO states no durations: left unknown
    doctor = esco_occupation(records["Allgemeinmediziner/Allgemeinmedizinerin"])
    assert doctor.description.startswith("Allgemeinmediziner/Allgemeinmedizinerinnen fördern")
    assert doctor.aliases == ("Hausarzt/Hausärztin",)  # gendered repeats folded


def merged() -> OccupationSkill:
    esco = [esco_occupation(record) for record in read_download(FOLDER).records]
    sources = build_sources(load_builtin_catalogue(SMALL), OccupationSettings(), esco=esco)
    return OccupationSkill(sources.catalogue)


def test_duplicates_are_merged_by_title_keeping_the_builtin_entry() -> None:
    builtin = load_builtin_catalogue(SMALL)
    esco = [esco_occupation(record) for record in read_download(FOLDER).records]
    catalogue = merged_catalogue([(builtin.occupations, builtin.sources), (esco, ())])
    assert len(catalogue) == len(builtin) + len(esco) - 1  # Tischler/Tischlerin merged
    hits = catalogue.search("Tischlerin", 5)
    assert [hit.occupation.id for hit in hits if "ischler" in hit.occupation.title] == ["tischler"]


def test_the_builtin_catalogue_alone_is_served_as_it_is_not_merged_into_a_copy() -> None:
    """A merge of the built-in catalogue with nothing would copy it and build a second search
    index (at every start, twice); with ESCO rows it is a catalogue of its own."""
    builtin = load_builtin_catalogue(SMALL)
    assert build_sources(builtin, OccupationSettings()).catalogue is builtin
    esco = [esco_occupation(record) for record in read_download(FOLDER).records]
    with_esco = build_sources(builtin, OccupationSettings(), esco=esco).catalogue
    assert with_esco is not builtin
    assert len(with_esco) == len(builtin) + len(esco) - 1


async def test_an_esco_answer_carries_the_credit_line_in_both_languages() -> None:
    skill = merged()
    result = await skill.handle(context("Programmiererin"))
    assert result.data["occupation"]["title"] == "Softwareentwickler/Softwareentwicklerin"
    text = markdown(result.blocks)
    assert CREDIT_DE in text
    assert "http://data.europa.eu/esco/occupation/" in text  # the source page
    assert result.data["credits"] == [CREDIT_DE]
    english = await skill.handle(context("Programmiererin", language="en"))
    assert CREDIT_EN in markdown(english.blocks)


async def test_a_builtin_answer_without_esco_data_has_no_credit() -> None:
    result = await merged().handle(context("Tischler"))
    assert result.data["occupation"]["id"] == "tischler"
    assert CREDIT_DE not in markdown(result.blocks)
    assert result.data["credits"] == []


async def test_esco_suggestions_carry_the_credit_too() -> None:
    result = await merged().handle(context("Softwarearchitektin"))
    assert result.data["suggestions"] == ["Softwareentwickler/Softwareentwicklerin"]
    assert CREDIT_DE in markdown(result.blocks)
