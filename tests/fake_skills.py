"""Skills for tests: declared like real ones, doing one predictable thing."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bot.reply import Text
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
