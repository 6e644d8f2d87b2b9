"""Questions for alternatives: "Welche Berufe sind ähnlich wie Tischler?", "similar to a cook".

The answer comes from the catalogue: the entry's related occupations first, then entries of
the same field and the others sharing most of its interest words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence

from bot.reply import Action, Actions, Block, Heading, Outcome, Text
from bot.skill import SkillResult
from skills.occupation.catalogue import Catalogue
from skills.occupation.compare import resolve
from skills.occupation.facts import Say
from skills.occupation.listing import ACTIONS, SHOWN, line, lookup_actions
from skills.occupation.model import Occupation
from skills.occupation.normalise import fold
from skills.occupation.ranking import Fit

# Whole words only: "Autowerkstatt so im Monat" holds "statt " but asks for no alternative.
_SIMILAR = re.compile(
    r"\b(?:(?:ähnlich\w*|aehnlich\w*|vergleichbar\w*|verwandt\w*)\s+(?:wie|zu[mr]?|mit)\s+"
    r"|alternativen?\s+(?:zu[mr]?|für|fuer)\s+|statt\s+|similar\s+to\s+"
    r"|alternatives?\s+to\s+|instead\s+of\s+)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^(?:de[mnrs]|die|das|eine?[mnrs]?|a|an|the|beruf|ausbildung|job)\s+", re.IGNORECASE
)
_TAIL = re.compile(r"(?:\s+(?:gibt\s+es|haben|hat|sind|there|are)\b.*)?[\s?.!,]*$", re.IGNORECASE)
log = logging.getLogger(__name__)

_OVERLAP = 0.5  # share of the entry's interest words another entry must have


def parse(text: str, generic: Collection[str] = ()) -> str | None:
    """The occupation a question asks alternatives to, as typed; None if it asks none.

    ``generic``: folded words that name no occupation ("Studium" in "Alternativen zum
    Studium", also when more words follow); such a question is not about one occupation.
    """
    found = _SIMILAR.search(text)
    if found is None:
        return None
    name = _TAIL.sub("", text[found.end() :].strip())
    while True:
        stripped = _ARTICLE.sub("", name)
        if stripped == name:
            break
        name = stripped
    name = name.strip()
    folded = fold(name)
    # "Alternativen zum Studium nach dem Abi": a kind of training first, then more words
    return None if not folded or folded in generic or folded.split()[0] in generic else name


def similar(occupation: Occupation, occupations: Sequence[Occupation]) -> list[Fit]:
    """Related entries first, then those of the same field or with shared interests."""
    by_id = {entry.id: entry for entry in occupations}
    fits: list[Fit] = []
    for position, related_id in enumerate(occupation.related):
        entry = by_id.get(related_id)
        if entry is not None:
            shared = tuple(i for i in entry.interests if i in occupation.interests)
            fits.append(Fit(entry, shared, 100.0 - position, position=position))
    known = {occupation.id, *(fit.occupation.id for fit in fits)}
    own = set(occupation.interests)
    for position, entry in enumerate(occupations):
        if entry.id in known or not own:
            continue
        shared = tuple(i for i in entry.interests if i in own)
        share = len(shared) / len(own)
        if share >= _OVERLAP or (entry.field == occupation.field and shared):
            score = 10 * share + (5 if entry.field == occupation.field else 0)
            fits.append(Fit(entry, shared, score, position=position))
    fits.sort(key=lambda fit: (-fit.score, fit.position))
    return fits


def answer_similar(name: str, catalogue: Catalogue, say: Say) -> SkillResult:
    """Alternatives to the named occupation, or "Meinten Sie …?" when the name is unclear."""
    resolved = resolve(catalogue, name)
    occupation = resolved.occupation
    if occupation is None:
        key = "compare.unclear" if resolved.candidates else "compare.not_found"
        blocks: list[Block] = [Text(say(key, name=name))]
        if resolved.candidates:
            titles = [candidate.title for candidate in resolved.candidates]
            blocks.append(
                Actions(tuple(Action(t, say("similar.action", title=t)) for t in titles))
            )
        return SkillResult(tuple(blocks), outcome=Outcome.UNKNOWN, data={"similar": None})
    fits = similar(occupation, catalogue.occupations)[:SHOWN]
    log.debug("similar occupations", extra={"occupation_id": occupation.id, "results": len(fits)})
    lines = "\n".join(line(fit, say, why="similar.why") for fit in fits)
    understood = (
        ()
        if resolved.exact
        else (Text(say("compare.understood", name=name, title=occupation.title)),)
    )
    result: list[Block] = [
        Heading(say("similar.heading", title=occupation.title)),
        *understood,
        Text(say("similar.basis")),
        Text(lines),
        Text(say("explore.note")),
        lookup_actions(
            [occupation.title, *(fit.occupation.title for fit in fits[: ACTIONS - 1])], say
        ),
    ]
    data = {
        "similar": {
            "to": {"id": occupation.id, "title": occupation.title},
            "results": [{"id": f.occupation.id, "title": f.occupation.title} for f in fits],
        }
    }
    return SkillResult(tuple(result), outcome=Outcome.OK, data=data, sources=(occupation.source,))
