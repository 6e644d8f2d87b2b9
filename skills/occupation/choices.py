"""Replies for a lookup that is not sure: "Meinten Sie …?" with choices, or "not found".

Each choice is an action whose command leads straight to that entry (``beruf <title>``),
so a click or typing it back answers the question that was meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.reply import Action, Actions, Block, Outcome, Source, Text
from bot.skill import SkillResult
from skills.occupation.confidence import Resolution
from skills.occupation.employer import TRAINING_LEAD
from skills.occupation.facts import Say
from skills.occupation.links import berufenet_search
from skills.occupation.notices import source_notes

# A word or short title worth a search link ("Pilot", "Fachkraft für Kurierdienste"), not a
# sentence or anything with brackets or other marks that would break the link text.
_SEARCHABLE = re.compile(r"[^\W\d_][\w\- ./']{1,58}[^\W_]")


def searchable_term(text: str) -> bool:
    """Whether ``text`` is a word or short title that a search link can carry."""
    return _SEARCHABLE.fullmatch(text) is not None


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
    if resolution.related:  # work BERUFENET describes on its own
        blocks.extend(_berufenet_search(query, say))
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
    """Nothing close enough to offer: say so, where all occupations are described (a
    BERUFENET search for the word as typed) and how to search the catalogue instead."""
    query = TRAINING_LEAD.sub("", query).strip() or query  # "Ausbildung Zoll": "Zoll"
    blocks: list[Block] = [
        Text(say("not_found.text", query=shown_query(query))),
        *_berufenet_search(query, say),
        Text(say("not_found.hint")),
    ]
    blocks.extend(source_notes((), (), failed, say, page=False))
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.UNKNOWN,
        data={"suggestions": []},
        sources=tuple(sources),
    )


_SHOWN_CHARS = 60  # a query echoed back longer than this is cut ("beruf" + pasted text)


def shown_query(query: str) -> str:
    """``query`` as echoed in a reply: whole when short, else cut at a word with "…", so a
    pasted page after "beruf" is not repeated back in full."""
    if len(query) <= _SHOWN_CHARS:
        return query
    cut = query[: _SHOWN_CHARS - 1]
    head, space, _ = cut.rpartition(" ")
    return f"{head if space and head else cut}…"


def _berufenet_search(query: str, say: Say) -> list[Block]:
    """A BERUFENET search for the word as typed, when it can carry a link."""
    if not searchable_term(query):
        return []
    return [Text(say("not_found.berufenet", query=query, url=berufenet_search(query)))]


def _actions(titles: Sequence[str], say: Say) -> Actions:
    return Actions(
        tuple(Action(title, say("not_found.action_command", title=title)) for title in titles)
    )
