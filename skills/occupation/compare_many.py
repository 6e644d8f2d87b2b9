"""A comparison of three or more occupations ("Fachlagerist, Fachkraft für Lagerlogistik und
Berufskraftfahrer – Unterschied?"): their facts row by row, or which names are unclear."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.reply import Action, Block, Heading, Outcome, Text
from bot.skill import SkillResult
from skills.occupation import compare
from skills.occupation.catalogue import Catalogue
from skills.occupation.compare_answer import ROWS, entry_data, unclear_result, value
from skills.occupation.facts import Say, own_text
from skills.occupation.listing import lookup_actions

log = logging.getLogger(__name__)


def answer_many(
    names: Sequence[str], catalogue: Catalogue, say: Say, language: str = "de"
) -> SkillResult:
    """Every named entry side by side when each name resolves clearly; otherwise the unclear
    names with their candidates' cards (a guess is never compared as if it had been named)."""
    resolved = [compare.resolve(catalogue, name) for name in names]
    if any(item.occupation is None for item in resolved):
        return _unclear(resolved, say)
    named = {item.occupation.id: item.occupation for item in resolved if item.occupation}
    entries = list(named.values())
    titles = [entry.title for entry in entries]
    rows: list[str] = []
    for row, label_key in ROWS:
        label = say(label_key)
        values = [value(entry, row, say) for entry in entries]
        if len(set(values)) == 1:
            rows.append(say("compare.same_all", label=label, value=values[0]))
        else:
            pairs = " · ".join(f"{title}: {v}" for title, v in zip(titles, values, strict=True))
            rows.append(say("compare.row_many", label=label, values=pairs))
    described = [
        f"**{entry.title}:** {own_text(entry, entry.description, language, say)}"
        for entry in entries
        if entry.description
    ]
    blocks: list[Block] = [
        Heading(say("compare.heading_many", names=", ".join(titles))),
        *(
            Text(say("compare.understood", name=item.name, title=item.occupation.title))
            for item in resolved
            if item.occupation is not None and not item.exact
        ),
        Text("\n".join(f"- {row}" for row in rows)),
        Text(f"**{say('compare.description_label')}**\n" + "\n".join(described)),
        lookup_actions(titles, say),
    ]
    log.debug("occupation comparison", extra={"ids": [entry.id for entry in entries]})
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.OK,
        data={"comparison": [entry_data(entry) for entry in entries]},
        sources=tuple(dict.fromkeys(entry.source for entry in entries)),
    )


def _unclear(resolved: Sequence[compare.Resolved], say: Say) -> SkillResult:
    blocks: list[Block] = []
    actions: list[Action] = []
    for item in resolved:
        if item.occupation is not None:
            continue
        key = "compare.unclear" if item.candidates else "compare.not_found"
        blocks.append(Text(say(key, name=item.name)))
        actions.extend(
            Action(c.title, say("not_found.action_command", title=c.title))
            for c in item.candidates
        )
    return unclear_result(blocks, actions)
