"""The card for one occupation: the whole card for an entry the lookup is sure of, or the fact
asked about in a follow-up ("Und was verdient man da?").

Both remember the occupation shown (catalogue values only, never words of the conversation),
so that the next question may refer back to it."""

from __future__ import annotations

import logging
from typing import Any

from bot.reply import Action, Actions, Block, Outcome, Text
from bot.skill import SkillContext, SkillResult
from skills.occupation.answer import AnswerRequest, OccupationAnswerer, focus_lines
from skills.occupation.catalogue import Catalogue
from skills.occupation.confidence import Resolution
from skills.occupation.facts import Say, card_data
from skills.occupation.focus import Focus
from skills.occupation.follow_up import asking_again
from skills.occupation.links import berufenet_url
from skills.occupation.model import Match, Occupation
from skills.occupation.notices import shows_esco, source_notes
from skills.occupation.providers.live import LiveResult
from skills.occupation.query import OccupationQuery

log = logging.getLogger(__name__)


async def answer_card(
    answerer: OccupationAnswerer,
    catalogue: Catalogue,
    ctx: SkillContext,
    say: Say,
    resolution: Resolution,
    found: LiveResult,
    query: OccupationQuery,
    note_text: str | None,
) -> SkillResult:
    """The card for the resolved entry, with its alternatives, related entries and notes."""
    matches = list(resolution.matches)
    best = matches[0]
    related = tuple(
        found for found in map(catalogue.get, best.occupation.related) if found is not None
    )
    alternatives = tuple(match.occupation for match in matches[1:])
    request = AnswerRequest(
        best,
        related,
        alternatives,
        ctx.language,
        query.focus,
        several_meanings=resolution.several_meanings,
        question=ctx.message.text,
    )
    answer = await answerer.answer(request, ctx.llm)
    blocks = answer.blocks
    if note_text is not None:  # say which words of the question the answer is about
        blocks = (*blocks[:1], Text(note_text), *blocks[1:])
    log.debug("occupation found", extra={"occupation_id": best.occupation.id})
    shown = (best.occupation, *alternatives, *related)
    notes = source_notes(shown, found.links, found.failed, say)
    data = card_data(best, alternatives, related)
    data["links"] = [{"title": s.title, "url": s.url} for s in found.links]
    data["unavailable"] = list(found.failed)
    data["credits"] = [say("answer.esco_credit")] if shows_esco(shown) else []
    return SkillResult(
        blocks + notes,
        outcome=Outcome.OK,
        ai_generated=answer.ai_generated,
        title=best.occupation.title,
        data=data,
        sources=(best.occupation.source, *found.links),
        tokens_in=answer.tokens_in,
        tokens_out=answer.tokens_out,
        remember=remembering(best.occupation, query.focus, say),
    )


def about_card(
    occupation: Occupation,
    focus: Focus,
    say: Say,
    language: str,
    also: tuple[Focus, ...] = (),
) -> SkillResult:
    """The fact asked about (and the others asked with it), for the occupation assumed from
    the last card, saying which one it is ("Zu Tischler/in: …"); the whole card is one click
    away."""
    lines = focus_lines(occupation, focus, say, language) or [say("answer.school_unknown")]
    for fact in also:
        lines += focus_lines(occupation, fact, say, language)
    blocks: list[Block] = [
        Text(say("follow_up.about", title=occupation.title, text=lines[0])),
        *(Text(line) for line in lines[1:]),
    ]
    if occupation.provider is None:  # live and imported entries link their own page
        blocks.append(Text(say("answer.berufenet", url=berufenet_url(occupation))))
    command = say("not_found.action_command", title=occupation.title)
    blocks.append(Actions((Action(say("follow_up.card", title=occupation.title), command),)))
    data = card_data(Match(occupation, 100.0, occupation.title), (), ())
    data["follow_up"] = {"focus": focus.value}
    remember = remembering(occupation, focus, say)
    again = asking_again(focus)
    if again is not None:  # "und auf Englisch?": this fact again, not the whole card
        remember["again"] = again
    return SkillResult(
        tuple(blocks),
        title=occupation.title,
        data=data,
        sources=(occupation.source,),
        remember=remember,
    )


def remembering(occupation: Occupation, focus: Focus | None, say: Say) -> dict[str, Any]:
    """What a card leaves for follow-up questions: the occupation, the fact asked about and
    the command that shows the card again (catalogue values only, never words of the
    conversation)."""
    return {
        "id": occupation.id,
        "title": occupation.title,
        "focus": focus.value if focus else None,
        "command": say("not_found.action_command", title=occupation.title),
    }
