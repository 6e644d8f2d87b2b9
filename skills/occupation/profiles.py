"""Exploration profiles (``data/profiles.yaml``): typical school certificate and interest words.

The file names its allowed schools (lowest first) and interest words once; every profile must
use them and name an entry of the catalogue it is applied to, so a typo fails at load.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from skills.occupation.model import Occupation
from skills.occupation.schema import CatalogueError, read_yaml

PROFILES_PATH = Path(__file__).with_name("data") / "profiles.yaml"

Word = Annotated[str, Field(min_length=1)]


class _Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    school: Word
    interests: tuple[Word, ...] = Field(min_length=1)


class _ProfileFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schools: tuple[Word, ...] = Field(min_length=1)
    interests: tuple[Word, ...] = Field(min_length=1)
    profiles: dict[str, _Profile]


@dataclass(frozen=True, slots=True)
class Profiles:
    """The validated profiles and their vocabulary."""

    schools: tuple[str, ...]  # lowest first
    interests: tuple[str, ...]
    by_id: Mapping[str, tuple[str, tuple[str, ...]]]  # id -> (school, interests)

    def school_rank(self, school: str | None) -> int | None:
        """Position of ``school`` in the order of certificates (0 = lowest); None if unknown."""
        return self.schools.index(school) if school in self.schools else None

    def apply(self, occupations: Sequence[Occupation], origin: str) -> tuple[Occupation, ...]:
        """The entries with ``school`` and ``interests`` set; an unknown id is an error."""
        known = {occupation.id for occupation in occupations}
        unknown = sorted(set(self.by_id) - known)
        if unknown:
            raise CatalogueError(f"{origin}: profiles for unknown ids {unknown}")
        result: list[Occupation] = []
        for occupation in occupations:
            profile = self.by_id.get(occupation.id)
            if profile is not None:
                school, interests = profile
                occupation = replace(occupation, school=school, interests=interests)
            result.append(occupation)
        return tuple(result)


def parse_profiles(raw: object, origin: str) -> Profiles:
    """Validate the loaded YAML tree; raise CatalogueError naming the faulty profile."""
    try:
        parsed = _ProfileFile.model_validate(raw)
    except ValidationError as error:
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"]) or "file"
        raise CatalogueError(f"{origin}: {where}: {detail['msg']}") from None
    schools, interests = set(parsed.schools), set(parsed.interests)
    for entry_id, profile in parsed.profiles.items():
        if profile.school not in schools:
            raise CatalogueError(f"{origin}: {entry_id!r}: unknown school {profile.school!r}")
        strange = [word for word in profile.interests if word not in interests]
        if strange:
            raise CatalogueError(f"{origin}: {entry_id!r}: unknown interests {strange}")
    by_id = {key: (p.school, p.interests) for key, p in parsed.profiles.items()}
    return Profiles(parsed.schools, parsed.interests, by_id)


def read_profiles(path: Path = PROFILES_PATH) -> Profiles:
    """Read and validate a profiles YAML file."""
    return parse_profiles(read_yaml(path, "occupation profiles"), path.name)
