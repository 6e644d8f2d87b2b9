"""Replies to exploration and comparison questions, from the catalogue's facts only.

``answer_question`` is the occupation skill's hook: it returns a reply when the text is a
comparison or an exploration question and None when it is an ordinary lookup.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache, lru_cache, partial

from bot.reply import Action, Actions, Block, Heading, Outcome, Text
from bot.skill import SkillResult
from bot.texts import Texts
from skills.occupation import compare, explore, similar
from skills.occupation.catalogue import Catalogue
from skills.occupation.facts import Say, duration_text, occupation_data
from skills.occupation.model import Occupation, TrainingType
from skills.occupation.profiles import read_profiles
from skills.occupation.ranking import Fit, rank

log = logging.getLogger(__name__)

_SHOWN = 8
_ACTIONS = 5
_SUBJECT_CLEAR = 90.0  # "Ausbildung zum Kfz-Mechatroniker": a lookup, not an exploration
# "berufe Handwerk", "beruf mit Tieren", "job ohne Abitur": a command that asks for a list.
_LISTING_COMMANDS = frozenset(("berufe",))
_LISTING_ARGS = re.compile(r"^\s*(?:mit|im|in|für|fuer|ohne|rund|with|without|for)\b", re.I)


@lru_cache(maxsize=64)
def _parse(text: str, listing: bool) -> explore.ExploreQuery | None:
    # The router's match_score and the skill's handle parse the same text in one turn.
    return explore.parse(text, listing=listing)


def is_question(text: str, catalogue: Catalogue, listing: bool = False) -> bool:
    """True when ``text`` is a comparison or exploration question (for intent scoring)."""
    generic = explore.vocabulary().generic_names
    if compare.parse(text) is not None or similar.parse(text, generic) is not None:
        return True
    query = _parse(text, listing)
    return query is not None and not _names_one(query, catalogue)


def answer_question(
    text: str, catalogue: Catalogue, texts: Texts, language: str, command: str | None = None
) -> SkillResult | None:
    """A comparison or a list of fitting occupations; None for an ordinary lookup.

    ``command``: the skill command the user typed, if any ("berufe mit Tieren" needs no
    question phrase).
    """
    say: Say = partial(texts.get, language)
    listing = command is not None and (
        command in _LISTING_COMMANDS or _LISTING_ARGS.match(text) is not None
    )
    comparison = compare.parse(text)
    if comparison is not None:
        return _compare(comparison, catalogue, say)
    alternative_to = similar.parse(text, explore.vocabulary().generic_names)
    if alternative_to is not None:
        return _similar(alternative_to, catalogue, say)
    query = _parse(text, listing)
    if query is None or _names_one(query, catalogue):
        return None
    return _explore(query, catalogue, say)


def _names_one(query: explore.ExploreQuery, catalogue: Catalogue) -> bool:
    if not query.subject:
        return False
    found = catalogue.search(query.subject, limit=1)
    return bool(found) and found[0].score >= _SUBJECT_CLEAR


def _kind(occupation: Occupation, say: Say) -> str:
    kind = say(f"training_type.{occupation.training_type.value}")
    if occupation.duration_months is None:
        return f"{kind}, {say('explore.duration_open')}"
    return f"{kind}, {duration_text(occupation.duration_months, say)}"


def _line(fit: Fit, say: Say, why: str = "explore.why") -> str:
    occupation = fit.occupation
    details = [_kind(occupation, say)]
    if fit.reasons:
        details.append(say(why, reasons=", ".join(fit.reasons)))
    if occupation.school:
        key = "explore.above_school" if fit.above_school else "explore.school"
        details.append(say(key, school=occupation.school))
    return say("explore.line", title=occupation.title, details=" – ".join(details))


def _filters(query: explore.ExploreQuery, schools: Sequence[str], say: Say) -> str:
    parts: list[str] = []
    if query.topics:
        parts.append(say("explore.filter_topics", topics=", ".join(t.label for t in query.topics)))
    if query.excluded:
        labels = ", ".join(t.label for t in query.excluded)
        parts.append(say("explore.filter_excluded", topics=labels))
    if query.max_school == 0 and query.school_word:
        parts.append(say("explore.filter_school", school=query.school_word))
    elif query.max_school is not None:
        parts.append(say("explore.filter_school", school=schools[query.max_school]))
    elif query.school_word:
        parts.append(say("explore.filter_school_open", school=query.school_word))
    if query.training_type:
        kind = say(f"training_type.{query.training_type.value}")
        parts.append(say("explore.filter_type", type=kind))
    elif query.no_study:
        parts.append(say("explore.filter_no_study"))
    if query.max_months:
        parts.append(say("explore.filter_max", duration=duration_text(query.max_months, say)))
    if query.min_months:
        parts.append(say("explore.filter_min", duration=duration_text(query.min_months, say)))
    return "; ".join(parts)


@cache
def _schools() -> tuple[str, ...]:
    return read_profiles().schools


def _explore(query: explore.ExploreQuery, catalogue: Catalogue, say: Say) -> SkillResult:
    schools = _schools()
    fits = rank(query, catalogue.occupations, schools)
    filters = _filters(query, schools, say)
    log.debug("occupation exploration", extra={"results": len(fits)})
    unknown = Text(say("explore.unknown_area", area=query.unknown_area))
    if query.unknown_area and not query.topics:
        # Listing everything else would answer a different question.
        blocks_unknown: tuple[Block, ...] = (unknown, Text(say("explore.none_hint")))
        data_unknown = {"exploration": {"results": [], "unknown_area": query.unknown_area}}
        return SkillResult(blocks_unknown, outcome=Outcome.UNKNOWN, data=data_unknown)
    if not fits:
        blocks: tuple[Block, ...] = (
            Text(say("explore.none", filters=filters)),
            Text(say("explore.none_hint")),
        )
        return SkillResult(blocks, outcome=Outcome.OK, data={"exploration": {"results": []}})
    shown = fits[:_SHOWN]
    lines = "\n".join(_line(fit, say) for fit in shown)
    result: list[Block] = [
        Heading(say("explore.heading")),
        Text(say("explore.filters", filters=filters)),
        *((unknown,) if query.unknown_area else ()),
        Text(lines),
        Text(say("explore.count", shown=len(shown), total=len(fits))),
    ]
    if query.max_school == 0:
        result.append(Text(say("explore.no_certificate")))
    result.append(Text(say("explore.note")))
    titles = [fit.occupation.title for fit in shown[:_ACTIONS]]
    result.append(
        Actions(tuple(Action(t, say("not_found.action_command", title=t)) for t in titles))
    )
    data = {
        "exploration": {
            "filters": filters,
            "results": [
                {"id": fit.occupation.id, "title": fit.occupation.title, "why": list(fit.reasons)}
                for fit in shown
            ],
            "total": len(fits),
        }
    }
    sources = tuple(dict.fromkeys(fit.occupation.source for fit in shown))
    return SkillResult(tuple(result), outcome=Outcome.OK, data=data, sources=sources)


def _actions(titles: Sequence[str], say: Say) -> Actions:
    return Actions(tuple(Action(t, say("not_found.action_command", title=t)) for t in titles))


def _similar(name: str, catalogue: Catalogue, say: Say) -> SkillResult:
    resolved = compare.resolve(catalogue, name)
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
    fits = similar.similar(occupation, catalogue.occupations)[:_SHOWN]
    log.debug("similar occupations", extra={"occupation_id": occupation.id, "results": len(fits)})
    lines = "\n".join(_line(fit, say, why="similar.why") for fit in fits)
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
        _actions([occupation.title, *(fit.occupation.title for fit in fits[: _ACTIONS - 1])], say),
    ]
    data = {
        "similar": {
            "to": {"id": occupation.id, "title": occupation.title},
            "results": [{"id": f.occupation.id, "title": f.occupation.title} for f in fits],
        }
    }
    return SkillResult(tuple(result), outcome=Outcome.OK, data=data, sources=(occupation.source,))


def _value(occupation: Occupation, row: str, say: Say) -> str:
    unknown = say("compare.unknown")
    if row == "training_type":
        if occupation.training_type is TrainingType.UNSPECIFIED:
            return unknown
        return say(f"training_type.{occupation.training_type.value}")
    if row == "duration":
        months = occupation.duration_months
        return duration_text(months, say) if months else unknown
    if row == "field":
        return occupation.field or unknown
    if row == "regulation":
        regulation = occupation.regulation
        # The text keys are the enum names in lower case (regulation.bbig_hwo, ...).
        return say(f"regulation.{regulation.name.lower()}") if regulation else unknown
    return occupation.school or unknown


_ROWS = (
    ("training_type", "facts.training_type"),
    ("duration", "facts.duration"),
    ("field", "facts.field"),
    ("regulation", "facts.regulation"),
    ("school", "compare.school_label"),
)


def _compare(query: compare.CompareQuery, catalogue: Catalogue, say: Say) -> SkillResult:
    left, right = compare.resolve(catalogue, query.left), compare.resolve(catalogue, query.right)
    if left.occupation is None or right.occupation is None:
        return _unclear(left, right, say)
    a, b = left.occupation, right.occupation
    rows: list[str] = []
    for row, label_key in _ROWS:
        label, first, second = say(label_key), _value(a, row, say), _value(b, row, say)
        if first == second:
            rows.append(say("compare.same", label=label, value=first))
        else:
            rows.append(
                say("compare.row", label=label, left=a.title, a=first, right=b.title, b=second)
            )
    described = [f"**{item.title}:** {item.description}" for item in (a, b) if item.description]
    blocks: list[Block] = [Heading(say("compare.heading", left=a.title, right=b.title))]
    blocks.extend(
        Text(say("compare.understood", name=item.name, title=item.occupation.title))
        for item in (left, right)
        if item.occupation is not None and not item.exact
    )
    blocks += [
        Text("\n".join(f"- {row}" for row in rows)),
        Text(f"**{say('compare.description_label')}**\n" + "\n".join(described)),
        Actions(
            tuple(Action(t, say("not_found.action_command", title=t)) for t in (a.title, b.title))
        ),
    ]
    log.debug("occupation comparison", extra={"ids": [a.id, b.id]})
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.OK,
        data={"comparison": [occupation_data(a), occupation_data(b)]},
        sources=tuple(dict.fromkeys((a.source, b.source))),
    )


def _unclear(left: compare.Resolved, right: compare.Resolved, say: Say) -> SkillResult:
    blocks: list[Block] = []
    actions: list[Action] = []
    for this, other in ((left, right), (right, left)):
        if this.occupation is not None:
            continue
        key = "compare.unclear" if this.candidates else "compare.not_found"
        blocks.append(Text(say(key, name=this.name)))
        other_name = other.occupation.title if other.occupation else other.name
        for candidate in this.candidates:
            pair = (candidate.title, other_name) if this is left else (other_name, candidate.title)
            command = say("compare.action", left=pair[0], right=pair[1])
            actions.append(Action(candidate.title, command))
    if actions:
        blocks.append(Actions(tuple(actions)))
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.UNKNOWN,
        data={"suggestions": [action.label for action in actions]},
    )
