"""Occupation catalogues: one protocol, the built-in YAML catalogue and a composite.

Further sources (an ESCO import, live BERUFENET or ESCO providers) implement ``Catalogue`` in
their own modules and join the built-in one through ``CompositeCatalogue``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from bot.reply import Source
from skills.occupation.model import Match, NameKind, Occupation, Regulation, TrainingType
from skills.occupation.normalise import title_key
from skills.occupation.profiles import PROFILES_PATH, read_profiles
from skills.occupation.schema import CatalogueError, read_catalogue
from skills.occupation.search import CUTOFF, SUGGEST_CUTOFF, SearchIndex
from skills.occupation.synonyms import SYNONYMS_PATH, Synonym, check_ids, read_synonyms

__all__ = [
    "BUILTIN_PATH",
    "SYNONYMS_PATH",
    "Catalogue",
    "CatalogueError",
    "CompositeCatalogue",
    "InMemoryCatalogue",
    "Match",
    "NameKind",
    "Occupation",
    "Regulation",
    "Synonym",
    "TrainingType",
    "load_builtin_catalogue",
    "merge_matches",
]

BUILTIN_PATH = Path(__file__).with_name("data") / "catalogue.yaml"


class Catalogue(Protocol):
    """A searchable set of occupations from one or more sources."""

    @property
    def sources(self) -> tuple[Source, ...]: ...

    def search(self, query: str, limit: int = 5) -> list[Match]:
        """Best matches first; empty when nothing is close enough."""
        ...

    def suggest(self, query: str, limit: int = 5) -> list[Match]:
        """Looser matches for "did you mean" after ``search`` found nothing."""
        ...

    def exact(self, name: str) -> list[Match]:
        """Entries with a name equal to ``name`` after normalisation (cheap, no fuzziness)."""
        ...

    def get(self, occupation_id: str) -> Occupation | None: ...

    @property
    def occupations(self) -> tuple[Occupation, ...]:
        """Every entry, for questions answered from the whole catalogue (exploration)."""
        ...


class InMemoryCatalogue:
    """Occupations held in memory with a search index built once.

    ``synonyms`` (everyday words → entry ids) are searched like the entries' own names;
    an id the catalogue does not hold is refused.
    """

    def __init__(
        self,
        occupations: Sequence[Occupation],
        sources: Sequence[Source],
        synonyms: Sequence[Synonym] = (),
    ) -> None:
        self._occupations = tuple(occupations)
        self._by_id = {occupation.id: occupation for occupation in self._occupations}
        if len(self._by_id) != len(self._occupations):
            raise CatalogueError("occupation ids must be unique within a catalogue")
        check_ids(synonyms, self._by_id)
        self._sources = tuple(sources)
        self._synonyms = tuple(synonyms)
        self._index = SearchIndex(self._occupations, self._synonyms)

    @property
    def sources(self) -> tuple[Source, ...]:
        return self._sources

    @property
    def occupations(self) -> tuple[Occupation, ...]:
        return self._occupations

    @property
    def synonyms(self) -> tuple[Synonym, ...]:
        return self._synonyms

    def __len__(self) -> int:
        return len(self._occupations)

    def search(self, query: str, limit: int = 5) -> list[Match]:
        return self._index.search(query, limit, CUTOFF)

    def suggest(self, query: str, limit: int = 5) -> list[Match]:
        return self._index.search(query, limit, SUGGEST_CUTOFF)

    def exact(self, name: str) -> list[Match]:
        return self._index.exact(name)

    def get(self, occupation_id: str) -> Occupation | None:
        return self._by_id.get(occupation_id)


def load_builtin_catalogue(
    path: Path | None = None, *, profiles: Path | None = None, synonyms: Path | None = None
) -> InMemoryCatalogue:
    """Read and validate the YAML catalogue (default: the shipped one), its profiles and its
    synonym table.

    The shipped catalogue comes with the shipped profiles (school, interests) and synonym
    table; another catalogue file gets only the files named for it (the shipped ones name ids
    it may not have).
    """
    path = path or BUILTIN_PATH
    source, occupations = read_catalogue(path)
    if path == BUILTIN_PATH:
        profiles = profiles or PROFILES_PATH
        synonyms = synonyms or SYNONYMS_PATH
    if profiles is not None:
        occupations = read_profiles(profiles).apply(occupations, profiles.name)
    table = read_synonyms(synonyms) if synonyms else ()
    return InMemoryCatalogue(occupations, (source,), table)


def merge_matches(found: Iterable[Match], limit: int) -> list[Match]:
    """One match per normalised title: the best score, the data of the earliest catalogue."""
    merged: dict[str, Match] = {}
    for match in found:  # catalogues in priority order
        key = title_key(match.occupation.title)
        kept = merged.get(key)
        if kept is None:
            merged[key] = match
        elif (match.score, -match.kind) > (kept.score, -kept.kind):
            merged[key] = Match(kept.occupation, match.score, match.matched_name, match.kind)
    ranked = sorted(
        merged.values(),
        key=lambda m: (-m.score, m.kind, len(m.occupation.title), m.occupation.title.casefold()),
    )
    return ranked[:limit]


class CompositeCatalogue:
    """Several catalogues searched as one, earlier ones taking precedence on equal titles."""

    def __init__(self, catalogues: Sequence[Catalogue]) -> None:
        if not catalogues:
            raise ValueError("a composite catalogue needs at least one catalogue")
        self._catalogues = tuple(catalogues)

    @property
    def sources(self) -> tuple[Source, ...]:
        seen: dict[Source, None] = {}
        for catalogue in self._catalogues:
            seen.update(dict.fromkeys(catalogue.sources))
        return tuple(seen)

    def search(self, query: str, limit: int = 5) -> list[Match]:
        return merge_matches((m for c in self._catalogues for m in c.search(query, limit)), limit)

    def suggest(self, query: str, limit: int = 5) -> list[Match]:
        return merge_matches((m for c in self._catalogues for m in c.suggest(query, limit)), limit)

    def exact(self, name: str) -> list[Match]:
        found = [m for c in self._catalogues for m in c.exact(name)]
        return merge_matches(found, len(found))

    def get(self, occupation_id: str) -> Occupation | None:
        for catalogue in self._catalogues:
            found = catalogue.get(occupation_id)
            if found is not None:
                return found
        return None

    @property
    def occupations(self) -> tuple[Occupation, ...]:
        """Every entry once per normalised title, earlier catalogues first."""
        seen: dict[str, Occupation] = {}
        for catalogue in self._catalogues:
            for occupation in catalogue.occupations:
                seen.setdefault(title_key(occupation.title), occupation)
        return tuple(seen.values())
