"""A question that describes the work ("Als was arbeitet man, wenn man Haare schneidet?"):
the entry whose description carries it, or the candidates (skills.occupation.describe)."""

from __future__ import annotations

from bot.skill import SkillContext, SkillResult
from skills.occupation.answer import OccupationAnswerer
from skills.occupation.card import answer_card
from skills.occupation.catalogue import Catalogue
from skills.occupation.choices import choice_result
from skills.occupation.confidence import Resolution, Verdict
from skills.occupation.describe import decide_by_work, described_work, find_by_work, work_stems
from skills.occupation.facts import Say
from skills.occupation.model import Match
from skills.occupation.providers.live import LiveResult
from skills.occupation.query import OccupationQuery


async def answer_by_work(
    ctx: SkillContext, catalogue: Catalogue, answerer: OccupationAnswerer, say: Say, limit: int
) -> SkillResult | None:
    """The card of the entry the described work names, the candidates (at most ``limit``)
    when it is not sure, or None when the message describes no work."""
    work = described_work(ctx.args) or described_work(ctx.message.text)
    stems = work_stems(work) if work else ()
    if not work or not stems:
        return None
    ranked = find_by_work(stems, catalogue.occupations)
    sure, entries = decide_by_work(stems, ranked, limit)
    if not entries:
        return None
    matches = tuple(Match(entry, 100.0, entry.title) for entry in entries)
    if not sure:
        return choice_result(work, Resolution(Verdict.CHOOSE, matches), say, catalogue.sources)
    note = say("answer.described", work=work)
    resolution = Resolution(Verdict.ANSWER, matches)
    return await answer_card(
        answerer, catalogue, ctx, say, resolution, LiveResult([]), OccupationQuery(work), note
    )
