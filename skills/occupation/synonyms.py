"""The reviewed synonym table: everyday and English words → official catalogue entries.

Clients say "Kellner", "Putzfrau" or "forklift driver"; the catalogue knows
"Fachmann/-frau für Restaurants und Veranstaltungsgastronomie", "Gebäudereiniger/in" and
"Fachkraft für Lagerlogistik". The table (``data/synonyms.yaml``) is data a person reviews, not
a spelling guess: a word may name several entries (Pfleger, Elektriker), most likely first,
and the skill then lets the counsellor choose. Words are compared after the same
normalisation as the catalogue's names, so gendered forms and hyphens need no extra rows.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from skills.occupation.normalise import title_key
from skills.occupation.schema import CatalogueError, read_yaml

SYNONYMS_PATH = Path(__file__).with_name("data") / "synonyms.yaml"

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]


@dataclass(frozen=True, slots=True)
class Synonym:
    """One everyday word and the entries it stands for, most likely first."""

    word: str
    ids: tuple[str, ...]
    note: str | None = None
    # The word names work that is no training occupation of its own; the ids are related
    # training occupations, offered as such and never answered as if they were the word.
    related: bool = False


class _SynonymModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    word: Annotated[str, Field(min_length=1)]
    ids: Annotated[tuple[Slug, ...], Field(min_length=1)]
    note: str | None = None
    related: bool = False


def parse_synonyms(raw: object, origin: str) -> tuple[Synonym, ...]:
    """Validate the loaded YAML tree; raise CatalogueError naming the faulty row."""
    rows = raw.get("synonyms") if isinstance(raw, Mapping) else None
    if not isinstance(rows, Sequence) or isinstance(rows, str):
        raise CatalogueError(f"{origin}: expected a mapping with a 'synonyms' list")
    found: list[Synonym] = []
    keys: dict[str, str] = {}
    for index, row in enumerate(rows):
        try:
            model = _SynonymModel.model_validate(row)
        except ValidationError as error:
            detail = error.errors()[0]
            where = ".".join(str(part) for part in detail["loc"]) or "row"
            raise CatalogueError(
                f"{origin}: synonym #{index + 1}: {where}: {detail['msg']}"
            ) from None
        key = title_key(model.word)
        if not key:
            raise CatalogueError(f"{origin}: synonym {model.word!r} has no letters left")
        if key in keys:
            raise CatalogueError(
                f"{origin}: synonym {model.word!r} repeats {keys[key]!r} (same word once)"
            )
        if len(set(model.ids)) != len(model.ids):
            raise CatalogueError(f"{origin}: synonym {model.word!r} names an id twice")
        keys[key] = model.word
        found.append(Synonym(model.word, model.ids, model.note, model.related))
    return tuple(found)


def read_synonyms(path: Path = SYNONYMS_PATH) -> tuple[Synonym, ...]:
    """Read and validate a synonym table."""
    return parse_synonyms(read_yaml(path, "synonym table"), path.name)


def check_ids(synonyms: Sequence[Synonym], known: Collection[str]) -> None:
    """Refuse a table that names an entry the catalogue does not have."""
    for synonym in synonyms:
        unknown = [entry for entry in synonym.ids if entry not in known]
        if unknown:
            raise CatalogueError(
                f"synonym {synonym.word!r} names unknown occupation ids: {unknown}"
            )


def restrict(synonyms: Sequence[Synonym], known: Collection[str]) -> tuple[Synonym, ...]:
    """The rows' ids that ``known`` still holds (a merged catalogue may drop entries)."""
    kept: list[Synonym] = []
    for synonym in synonyms:
        ids = tuple(entry for entry in synonym.ids if entry in known)
        if ids:
            kept.append(Synonym(synonym.word, ids, synonym.note, synonym.related))
    return tuple(kept)
