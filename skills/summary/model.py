"""The structured session record and the seam where a summariser (offline or model) plugs in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Section(StrEnum):
    """The fixed sections of a counselling record, in the order counsellors keep them."""

    CONCERN = "concern"
    SITUATION = "situation"
    STRENGTHS = "strengths"
    DISCUSSED = "discussed"
    AGREEMENTS = "agreements"
    NEXT_STEPS = "next_steps"
    OPEN = "open"
    # "Weitere Notizen": what fits no other section, kept verbatim so that no line is lost.
    OTHER = "other"


# The sections every record has (reported when empty); OTHER appears only when filled.
RECORD_SECTIONS: tuple[Section, ...] = tuple(s for s in Section if s is not Section.OTHER)


@dataclass(frozen=True, slots=True)
class Item:
    """One bullet of the record, in the counsellor's own wording."""

    text: str
    # True for an interpretation ("wirkt unsicher") rather than an observed fact.
    assessment: bool = False
    # True for a negated interest or strength ("kein Interesse an Büro") filed under one.
    negated: bool = False
    # True when it mentions special-category data (GDPR Art. 9): to be reviewed before filing.
    special: bool = False


@dataclass(frozen=True, slots=True)
class Summary:
    """The notes sorted into sections; every sentence of the notes lands in exactly one
    (``other`` takes what fits nowhere else)."""

    concern: tuple[Item, ...] = ()
    situation: tuple[Item, ...] = ()
    strengths: tuple[Item, ...] = ()
    discussed: tuple[Item, ...] = ()
    agreements: tuple[Item, ...] = ()
    next_steps: tuple[Item, ...] = ()
    open: tuple[Item, ...] = ()
    other: tuple[Item, ...] = ()

    @classmethod
    def from_sections(cls, sections: dict[Section, list[Item]]) -> Summary:
        return cls(**{section.value: tuple(sections.get(section, ())) for section in Section})

    def items(self, section: Section) -> tuple[Item, ...]:
        items: tuple[Item, ...] = getattr(self, section.value)
        return items

    def sections(self) -> Iterator[tuple[Section, tuple[Item, ...]]]:
        """Every record section in order, empty ones included; then OTHER if it has items."""
        for section in Section:
            items = self.items(section)
            if section in RECORD_SECTIONS or items:
                yield section, items

    @property
    def unfilled(self) -> tuple[Section, ...]:
        """The sections the notes gave nothing for, in record order."""
        return tuple(section for section in RECORD_SECTIONS if not self.items(section))


class Summariser(Protocol):
    """Turns raw session notes into a :class:`Summary` (offline rules now, a model later)."""

    async def summarise(self, notes: str, language: str) -> Summary: ...
