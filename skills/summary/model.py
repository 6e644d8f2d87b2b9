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


@dataclass(frozen=True, slots=True)
class Item:
    """One bullet of the record, in the counsellor's own wording."""

    text: str
    # True for an interpretation ("wirkt unsicher") rather than an observed fact.
    assessment: bool = False


@dataclass(frozen=True, slots=True)
class Summary:
    """The notes sorted into sections; every sentence of the notes lands in exactly one."""

    concern: tuple[Item, ...] = ()
    situation: tuple[Item, ...] = ()
    strengths: tuple[Item, ...] = ()
    discussed: tuple[Item, ...] = ()
    agreements: tuple[Item, ...] = ()
    next_steps: tuple[Item, ...] = ()
    open: tuple[Item, ...] = ()

    @classmethod
    def from_sections(cls, sections: dict[Section, list[Item]]) -> Summary:
        return cls(**{section.value: tuple(sections.get(section, ())) for section in Section})

    def items(self, section: Section) -> tuple[Item, ...]:
        items: tuple[Item, ...] = getattr(self, section.value)
        return items

    def sections(self) -> Iterator[tuple[Section, tuple[Item, ...]]]:
        """Every section in record order, empty ones included."""
        for section in Section:
            yield section, self.items(section)

    @property
    def unfilled(self) -> tuple[Section, ...]:
        """The sections the notes gave nothing for, in record order."""
        return tuple(section for section, items in self.sections() if not items)


class Summariser(Protocol):
    """Turns raw session notes into a :class:`Summary` (offline rules now, a model later)."""

    async def summarise(self, notes: str, language: str) -> Summary: ...
