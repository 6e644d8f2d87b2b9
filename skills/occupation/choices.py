"""Replies for a lookup that is not sure: "Meinten Sie …?" with choices, or "not found".

Each choice is an action whose command leads straight to that entry (``beruf <title>``),
so a click or typing it back answers the question that was meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.reply import Action, Actions, Block, Outcome, Source, Text
from bot.skill import SkillResult
from skills.occupation.confidence import Resolution
from skills.occupation.facts import Say
from skills.occupation.notices import source_notes


def choice_result(
    query: str,
    resolution: Resolution,
    say: Say,
    sources: Sequence[Source],
    failed: tuple[str, ...] = (),
) -> SkillResult:
    """The candidates as actions; the text says why the answer is a question."""
    if resolution.related:
        key = "choose.related"
    elif resolution.ambiguous:
        key = "choose.ambiguous"
    else:
        key = "choose.uncertain" if len(resolution.matches) > 1 else "choose.uncertain_one"
    titles = [match.occupation.title for match in resolution.matches]
    blocks: list[Block] = [Text(say(key, query=query)), _actions(titles, say)]
    shown = [match.occupation for match in resolution.matches]
    blocks.extend(source_notes(shown, (), failed, say, page=False))
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.PROMPT,
        data={
            "suggestions": titles,
            "choices": [
                {"id": match.occupation.id, "title": match.occupation.title}
                for match in resolution.matches
            ],
            "ambiguous": resolution.ambiguous,
        },
        sources=tuple(sources),
    )


def not_found_result(
    query: str, say: Say, sources: Sequence[Source], failed: tuple[str, ...] = ()
) -> SkillResult:
    """Nothing close enough to offer: say so and how to search instead."""
    blocks: list[Block] = [Text(say("not_found.text", query=query)), Text(say("not_found.hint"))]
    blocks.extend(source_notes((), (), failed, say, page=False))
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.UNKNOWN,
        data={"suggestions": []},
        sources=tuple(sources),
    )


def _actions(titles: Sequence[str], say: Say) -> Actions:
    return Actions(
        tuple(Action(title, say("not_found.action_command", title=title)) for title in titles)
    )
