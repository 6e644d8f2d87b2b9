"""Reading the occupation skill's answer in tests: its heading and its notes."""

from __future__ import annotations

from skill_contexts import skill_context

from bot.reply import Heading, Outcome, Text
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue


async def heading_and_notes(catalogue: InMemoryCatalogue, typed: str) -> tuple[str | None, str]:
    """The heading the skill answers ``typed`` with (None when it asks) and its text."""
    result = await OccupationSkill(catalogue).handle(skill_context(typed, None, "de", text=typed))
    first = result.blocks[0] if result.outcome is Outcome.OK else None
    notes = " ".join(block.markdown for block in result.blocks if isinstance(block, Text))
    return (first.text if isinstance(first, Heading) else None), notes
