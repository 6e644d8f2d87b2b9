"""Follow-ups on the list shown last and on the occupation of the last card.

"weitere?", "zeig mir mehr", "gibt es noch andere?": the next entries of the list. "nur die
mit Hauptschulabschluss", "welche davon gehen ohne Abi?": the list's entries, shown or not yet
shown, narrowed to a school certificate. "ähnliche Berufe?", "Alternativen?" after a card: its
related occupations, as a list one can pick from ("und das zweite?").

Only catalogue ids are remembered (``list``: the entries shown, ``rest``: the ranked entries
not yet shown, ``total``, ``first``: the place of the first one shown), never words of the
conversation. The words are data (``list_more`` in ``data/words.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.reply import Outcome, Text
from bot.skill import SkillResult
from skills.occupation.catalogue import Catalogue
from skills.occupation.explore import school_asked
from skills.occupation.facts import Say
from skills.occupation.listing import SHOWN, listing_blocks
from skills.occupation.model import Occupation, TrainingType
from skills.occupation.normalise import fold, word_section
from skills.occupation.revisit import again_word
from skills.occupation.school_names import school_name
from skills.occupation.school_names import schools as certificates

REST_KEPT = 40  # entries remembered beyond those shown: five more pages
_MAX_CHARS = 120  # a follow-up on a list is short; longer messages are requests of their own


@dataclass(frozen=True, slots=True)
class _Patterns:
    more: re.Pattern[str]
    narrow: re.Pattern[str]
    related: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    raw = word_section("list_more")
    return _Patterns(*(re.compile(str(raw[key])) for key in ("more", "narrow", "related")))


def _folded(text: str) -> str | None:
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_CHARS or "\n" in stripped:
        return None
    return " ".join(fold(stripped).split())


def asks_for_more(text: str) -> bool:
    folded = _folded(text)
    return folded is not None and _patterns().more.search(folded) is not None


def narrowing(text: str) -> tuple[int | None, str] | None:
    """The certificate a follow-up narrows the list to ("welche davon gehen ohne Abi?"):
    (highest certificate allowed, None for the Abitur; the words that named it), or None."""
    folded = _folded(text)
    if folded is None or _patterns().narrow.search(folded) is None:
        return None
    limit, words = school_asked(text)
    return None if words is None else (limit, words)


def asks_related(text: str) -> bool:
    folded = _folded(text)
    return folded is not None and _patterns().related.search(folded) is not None


def remembering(
    shown: Sequence[Occupation], rest: Sequence[Occupation], first: int = 1
) -> dict[str, Any]:
    """What a list leaves for follow-ups: the entries shown, those not yet shown, the total."""
    return {
        "list": [occupation.id for occupation in shown],
        "rest": [occupation.id for occupation in rest[:REST_KEPT]],
        "total": first - 1 + len(shown) + len(rest),
        "first": first,
        "again": again_word(),  # "und auf Englisch?": the list once more, in that language
    }


def asked_of_list(text: str, recent: Mapping[str, Any] | None) -> bool:
    """Whether ``text`` is one of these follow-ups on what ``recent`` holds (for routing)."""
    if recent is None:
        return False
    if isinstance(recent.get("list"), list) and (asks_for_more(text) or narrowing(text)):
        return True
    return bool(recent.get("id")) and asks_related(text)


def answer_list_follow_up(
    text: str, recent: Mapping[str, Any] | None, catalogue: Catalogue, say: Say
) -> SkillResult | None:
    """The reply to one of these follow-ups, or None when ``text`` is none."""
    if recent is None:
        return None
    shown = _entries(recent.get("list"), catalogue)
    rest = _entries(recent.get("rest"), catalogue)
    if isinstance(recent.get("list"), list):
        if asks_for_more(text):
            return _more(recent, rest, say)
        narrowed = narrowing(text)
        if narrowed is not None:
            return _narrowed([*shown, *rest], narrowed, say)
    card = catalogue.get(str(recent.get("id", "")))
    if card is not None and asks_related(text):
        return _related(card, catalogue, say)
    return None


def _entries(ids: Any, catalogue: Catalogue) -> list[Occupation]:
    if not isinstance(ids, list):
        return []
    return [found for found in (catalogue.get(str(i)) for i in ids) if found is not None]


def _number(value: Any) -> int:
    """A remembered count; 0 for anything else (a memory written by an older version)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _more(recent: Mapping[str, Any], rest: list[Occupation], say: Say) -> SkillResult:
    total = _number(recent.get("total"))
    if not rest:
        # Nothing was cut off: saying so is the answer; the list stays for picking.
        text = say("list_more.none_left", total=total) if total else say("list_more.none_more")
        return SkillResult((Text(text),), outcome=Outcome.OK)
    shown = recent.get("list")
    first = (_number(recent.get("first")) or 1) + (len(shown) if isinstance(shown, list) else 0)
    page, later = rest[:SHOWN], rest[SHOWN:]
    total = max(total, first - 1 + len(rest))
    last = first + len(page) - 1
    count = say("list_more.count", first=first, last=last, total=total)
    blocks = listing_blocks(say("list_more.heading"), page, count, say)
    remember = remembering(page, later, first)
    remember["total"] = total
    return SkillResult(blocks, outcome=Outcome.OK, remember=remember)


def _within(occupation: Occupation, limit: int | None, schools: Sequence[str]) -> bool:
    """Whether the certificate employers usually expect is at most ``limit`` (as the
    exploration reads it: none at all means dual training that expects at most the ESA)."""
    if limit is None:
        return True
    school = schools.index(occupation.school) if occupation.school in schools else None
    if school is None:
        return False
    if limit == 0:
        return school <= 1 and occupation.training_type is TrainingType.DUAL
    return school <= limit


def _narrowed(pool: list[Occupation], narrowed: tuple[int | None, str], say: Say) -> SkillResult:
    limit, words = narrowed
    schools = certificates()
    if limit == 0:
        school = say("explore.filter_no_school")
    elif limit is None:
        school = say("explore.filter_school_open", school=words)
    else:
        school = say("explore.filter_school", school=school_name(schools[limit], say))
    fitting = [occupation for occupation in pool if _within(occupation, limit, schools)]
    if not fitting:
        text = say("list_more.narrowed_none", school=school, total=len(pool))
        return SkillResult((Text(text),), outcome=Outcome.OK)
    page, later = fitting[:SHOWN], fitting[SHOWN:]
    count = say("list_more.narrowed_count", shown=len(page), fitting=len(fitting), total=len(pool))
    blocks = listing_blocks(say("list_more.narrowed_heading", school=school), page, count, say)
    return SkillResult(blocks, outcome=Outcome.OK, remember=remembering(page, later))


def _related(card: Occupation, catalogue: Catalogue, say: Say) -> SkillResult:
    related = _entries(list(card.related), catalogue)
    if not related:
        text = say("list_more.related_none", title=card.title)
        return SkillResult((Text(text),), outcome=Outcome.OK)
    page, later = related[:SHOWN], related[SHOWN:]
    count = say("list_more.related_count", shown=len(page), total=len(related))
    blocks = listing_blocks(say("list_more.related_heading", title=card.title), page, count, say)
    return SkillResult(blocks, outcome=Outcome.OK, remember=remembering(page, later))
