"""The occupation facts every catalogue (built-in, ESCO, BERUFENET) delivers in the same shape."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

from bot.reply import Source


class TrainingType(StrEnum):
    """How the qualification is gained."""

    DUAL = "dual"  # company plus vocational school
    SCHOOL = "schulisch"  # full-time school (Berufsfachschule, Fachschule, ...)
    STUDY = "studium"
    UNSPECIFIED = "unspecified"  # the source does not say (ESCO, live lookups)


class Regulation(StrEnum):
    """The legal basis of the training, as the catalogue states it."""

    BBIG = "BBiG"
    HWO = "HwO"
    BBIG_HWO = "BBiG/HwO"
    FEDERAL = "Bundesrecht"
    STATE_NRW = "Landesrecht (NRW)"


class NameKind(IntEnum):
    """Which of an entry's names a query matched; the value is the tie-break priority."""

    TITLE = 0
    MALE = 1
    FEMALE = 2
    ALIAS = 3
    FORMER = 4  # a former official title ("Arzthelfer/in")
    SYNONYM = 5  # an everyday word from the reviewed synonym table ("Kellner/in")
    RELATED = 6  # an everyday word for work that is no training occupation ("Flugbegleiter/in")


# Words from the synonym table, not names of the entry itself.
EVERYDAY = frozenset({NameKind.SYNONYM, NameKind.RELATED})


@dataclass(frozen=True, slots=True)
class Occupation:
    """One occupation with the facts a counsellor looks up; empty fields are unknown."""

    id: str
    title: str
    training_type: TrainingType
    field: str
    description: str
    source: Source
    male: str | None = None
    female: str | None = None
    aliases: tuple[str, ...] = ()
    former_titles: tuple[str, ...] = ()
    regulation: Regulation | None = None
    duration_months: int | None = None
    duration_note: str | None = None
    specialisations: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # ids in the same catalogue
    kldb: str | None = None
    source_note: str | None = None  # the catalogue's own remark on its use
    source_note_en: str | None = None  # the same remark in English, when the catalogue has it
    isco: str | None = None  # ISCO-08 unit group (four digits)
    provider: str | None = None  # None: the built-in catalogue; else "esco", "berufenet", ...
    # The school certificate trainees typically hold ("mittlerer Schulabschluss"); the law
    # rarely requires one for dual training, so this is what employers usually expect.
    school: str | None = None
    # Interest and activity words for exploration questions ("zeichnen", "Technik", "Medien").
    interests: tuple[str, ...] = ()
    # The language of the entry's own texts (description, notes, field): an answer in another
    # language says where they come from instead of translating them.
    language: str = "de"

    def names(self) -> tuple[tuple[str, NameKind], ...]:
        """Every name the entry is known by, most official first."""
        found: list[tuple[str, NameKind]] = [(self.title, NameKind.TITLE)]
        if self.male:
            found.append((self.male, NameKind.MALE))
        if self.female:
            found.append((self.female, NameKind.FEMALE))
        found.extend((alias, NameKind.ALIAS) for alias in self.aliases)
        found.extend((former, NameKind.FORMER) for former in self.former_titles)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class Match:
    """A search hit: ``score`` is 0–100 (100 = exact after normalisation)."""

    occupation: Occupation
    score: float
    matched_name: str
    kind: NameKind = NameKind.TITLE
