"""Validation of the catalogue YAML (see docs: ``skills/occupation/data/catalogue.yaml``).

Each entry is validated on its own so an error names the entry it is in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.reply import Source
from bot.yaml_data import load_yaml
from skills.occupation.model import Occupation, Regulation, TrainingType

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Name = Annotated[str, Field(min_length=1)]
_OPTIONAL_TEXT = ("male", "female", "regulation", "duration_note", "kldb", "isco", "school")


class CatalogueError(ValueError):
    """The catalogue file is missing or holds invalid data; the message names the entry."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class SourceModel(_Strict):
    title: Name
    as_of: dt.date
    basis: str | None = None
    note: str | None = None
    note_en: str | None = None  # the note in English (the entries' texts stay German)


class OccupationModel(_Strict):
    id: Slug
    title: Name
    male: str | None = None
    female: str | None = None
    aliases: tuple[Name, ...] = ()
    former_titles: tuple[Name, ...] = ()  # former official titles ("Arzthelfer/in")
    training_type: TrainingType
    regulation: Regulation | None = None
    duration_months: int | None = Field(default=None, ge=12, le=72)
    duration_note: str | None = None
    field: Name
    description: Name
    specialisations: tuple[Name, ...] = ()
    related: tuple[Slug, ...] = ()
    kldb: Annotated[str, Field(pattern=r"^\d{5}$")] | None = None
    isco: Annotated[str, Field(pattern=r"^\d{4}$")] | None = None
    school: str | None = None  # the school certificate trainees typically hold

    @field_validator("training_type")
    @classmethod
    def _type_is_stated(cls, value: TrainingType) -> TrainingType:
        if value is TrainingType.UNSPECIFIED:
            raise ValueError("the built-in catalogue states the training type of every entry")
        return value

    @field_validator(*_OPTIONAL_TEXT, mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    def to_occupation(
        self, source: Source, note: str | None, note_en: str | None = None
    ) -> Occupation:
        return Occupation(
            id=self.id,
            title=self.title,
            training_type=self.training_type,
            field=self.field,
            description=self.description,
            source=source,
            male=self.male,
            female=self.female,
            aliases=self.aliases,
            former_titles=self.former_titles,
            regulation=self.regulation,
            duration_months=self.duration_months,
            duration_note=self.duration_note,
            specialisations=self.specialisations,
            related=self.related,
            kldb=self.kldb,
            source_note=note,
            source_note_en=note_en,
            isco=self.isco,
            school=self.school,
        )


def _first_error(error: ValidationError) -> str:
    detail = error.errors()[0]
    where = ".".join(str(part) for part in detail["loc"]) or "entry"
    more = f" (+{error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {detail['msg']}{more}"


def _entry_label(index: int, raw: object) -> str:
    entry_id = raw.get("id") if isinstance(raw, Mapping) else None
    return f"occupation #{index + 1}" + (f" (id {entry_id!r})" if entry_id else "")


def parse_catalogue(raw: object, origin: str) -> tuple[Source, tuple[Occupation, ...]]:
    """Validate the loaded YAML tree; raise CatalogueError naming the faulty entry."""
    if not isinstance(raw, Mapping):
        raise CatalogueError(f"{origin}: expected a mapping with 'source' and 'occupations'")
    unknown = set(raw) - {"source", "occupations"}
    if unknown:
        raise CatalogueError(f"{origin}: unknown top-level keys {sorted(unknown)}")
    try:
        source_model = SourceModel.model_validate(raw.get("source"))
    except ValidationError as error:
        raise CatalogueError(f"{origin}: source: {_first_error(error)}") from None
    entries = raw.get("occupations")
    if not isinstance(entries, Sequence) or isinstance(entries, str) or not entries:
        raise CatalogueError(f"{origin}: 'occupations' must be a non-empty list")
    models: list[OccupationModel] = []
    for index, entry in enumerate(entries):
        try:
            models.append(OccupationModel.model_validate(entry))
        except ValidationError as error:
            label = _entry_label(index, entry)
            raise CatalogueError(f"{origin}: {label}: {_first_error(error)}") from None
    _check_consistency(models, origin)
    source = Source(title=source_model.title, as_of=source_model.as_of.isoformat())
    return source, tuple(
        model.to_occupation(source, source_model.note, source_model.note_en) for model in models
    )


def _check_consistency(models: Sequence[OccupationModel], origin: str) -> None:
    ids: set[str] = set()
    titles: set[str] = set()
    for model in models:
        if model.id in ids:
            raise CatalogueError(f"{origin}: duplicate id {model.id!r}")
        if model.title.casefold() in titles:
            raise CatalogueError(f"{origin}: {model.id!r}: duplicate title {model.title!r}")
        ids.add(model.id)
        titles.add(model.title.casefold())
    for model in models:
        missing = [ref for ref in model.related if ref not in ids or ref == model.id]
        if missing:
            raise CatalogueError(
                f"{origin}: {model.id!r}: related ids must name other entries: {missing}"
            )


def read_yaml(path: Path, what: str) -> Any:
    """The parsed YAML file of the occupation data; CatalogueError naming ``what`` and the
    file when it is missing or not YAML."""
    try:
        with path.open(encoding="utf-8") as handle:
            return load_yaml(handle)
    except FileNotFoundError:
        raise CatalogueError(f"{what} not found: {path}") from None
    except yaml.YAMLError as error:
        raise CatalogueError(f"{path.name}: not valid YAML: {error}") from None


def read_catalogue(path: Path) -> tuple[Source, tuple[Occupation, ...]]:
    """Read and validate one catalogue YAML file."""
    return parse_catalogue(read_yaml(path, "occupation catalogue"), path.name)
