"""Skills for tests: declared like real ones, doing one predictable thing."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bot.reply import Copyable, Text
from bot.skill import Skill, SkillContext, SkillMeta, SkillResult


def skill_meta(skill_id: str, command: str) -> SkillMeta:
    return SkillMeta(
        id=skill_id,
        name_de=skill_id,
        name_en=skill_id,
        description_de="Test.",
        description_en="Test.",
        commands=(command,),
        examples_de=(command,),
        examples_en=(command,),
    )


class StreamingSkill(Skill):
    """Reports ``pieces`` one by one through ``ctx.progress`` (cumulative text), pausing
    ``pause`` seconds after each, and answers with all of them plus ``ending``."""

    meta = skill_meta("streaming", "strom")

    def __init__(self, pieces: Sequence[str], pause: float = 0.0, ending: str = "") -> None:
        self._pieces = tuple(pieces)
        self._pause = pause
        self._ending = ending

    async def handle(self, ctx: SkillContext) -> SkillResult:
        text = ""
        for piece in self._pieces:
            text += piece + " "
            if ctx.progress is not None:
                await ctx.progress(text)
            if self._pause:
                await asyncio.sleep(self._pause)
        return SkillResult(blocks=(Text((text + self._ending).strip()),))


class DraftSkill(Skill):
    """Drafts a fixed text the way a skill declares it: by a model (``ai``), from a template
    (``template``), both flags set (a model reworded a template), or as plain facts
    (``plain``). Build one with :func:`draft_skill`."""

    meta = skill_meta("draft", "entwurf_test")
    kind = "plain"
    copyable = False

    async def handle(self, ctx: SkillContext) -> SkillResult:
        text = f"Guten Tag, hier ist der Entwurf ({self.kind})."
        block = Copyable("Entwurf", text) if self.copyable else Text(text)
        return SkillResult(
            blocks=(block,),
            ai_generated=self.kind in ("ai", "both"),
            template_draft=self.kind in ("template", "both"),
            title="Entwurf" if self.copyable else None,  # a titled result is a card
        )


def draft_skill(kind: str, *, copyable: bool = False) -> DraftSkill:
    """A DraftSkill answering to the command ``draft<kind>`` (``…card`` when copyable)."""
    suffix = "card" if copyable else ""
    attributes = {
        "meta": skill_meta(f"draft_{kind}{suffix}", f"draft{kind}{suffix}"),
        "kind": kind,
        "copyable": copyable,
    }
    made: DraftSkill = type(f"Draft{kind.title()}{suffix}", (DraftSkill,), attributes)()
    return made
