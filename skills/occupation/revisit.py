"""What was shown last, asked for once more or in another form: "nochmal bitte", "zurück",
"zeig die Liste nochmal", "kürzer", "mehr dazu", "again please", "go back to the list"; right
after a list, "mehr dazu" gives what each entry's work is.

Such a message holds nothing but these words and words that only carry a request ("bitte",
"zeig", "die"); it refers to the card or list of the conversation's last reply. The words are
data (``revisit`` in ``data/words.yaml``); only remembered catalogue ids and titles are read.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from typing import Any

from bot.reply import Action, Actions, Text
from bot.skill import SkillResult
from skills.occupation.card import remembering
from skills.occupation.catalogue import Catalogue
from skills.occupation.difference import PREVIOUS
from skills.occupation.facts import Say
from skills.occupation.focus import Focus
from skills.occupation.follow_up import FollowUpQuestion
from skills.occupation.list_facts import answer_of_list
from skills.occupation.listing import ACTIONS, SHOWN, kind, listing_blocks, lookup_actions
from skills.occupation.model import Occupation
from skills.occupation.normalise import fold, stopwords, word_section
from skills.occupation.school_names import school_name

_TOKEN = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 8  # asking again is short; longer messages are requests of their own
_MAX_CHARS = 80
# A card shown again with the fact asked last, or the whole card (None)
ShowCard = Callable[[Occupation, Focus | None], Awaitable[SkillResult]]


class Revisit(Enum):
    """How the last card or list is asked for: the order is the precedence."""

    SHORTER = "shorter"
    MORE = "more"
    BACK = "back"
    AGAIN = "again"


@dataclass(frozen=True, slots=True)
class Asked:
    how: Revisit
    list_named: bool  # "zeig nochmal die Liste": the list, not the card picked from it


@dataclass(frozen=True, slots=True)
class _Words:
    kinds: tuple[tuple[Revisit | None, tuple[tuple[str, ...], ...]], ...]  # None: the list
    around: frozenset[str]
    firsts: frozenset[str]  # the first word of every phrase: a message without one asks none


@cache
def _words() -> _Words:
    raw = word_section("revisit")

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(fold(str(p)).split()) for p in raw[key]), key=len))[::-1]

    kinds: list[tuple[Revisit | None, tuple[tuple[str, ...], ...]]] = [
        (how, phrases(how.value)) for how in Revisit
    ]
    kinds.append((None, phrases("list")))
    around = frozenset(fold(str(word)) for word in raw["around"])
    firsts = frozenset(phrase[0] for _, found in kinds for phrase in found if phrase)
    return _Words(tuple(kinds), around, firsts)


@cache
def again_word() -> str:
    """The word a list remembers for being shown again ("und auf Englisch?" after a list)."""
    return fold(str(word_section("revisit")["again"][0]))


def read_revisit(text: str) -> Asked | None:
    """``text`` read as asking for the last card or list again, or None."""
    if len(text) > _MAX_CHARS or "\n" in text.strip():  # read for every message: cheap first
        return None
    folded = [fold(word) for word in _TOKEN.findall(text)]
    if not folded or len(folded) > _MAX_WORDS:
        return None
    words = _words()
    if words.firsts.isdisjoint(folded):
        return None
    used = [False] * len(folded)
    found: set[Revisit | None] = set()
    for how, phrases in words.kinds:
        for phrase in phrases:
            for start in range(len(folded) - len(phrase) + 1):
                span = range(start, start + len(phrase))
                if not any(used[i] for i in span) and tuple(folded[start : span.stop]) == phrase:
                    used[start : span.stop] = [True] * len(phrase)
                    found.add(how)
    asked = [how for how in Revisit if how in found] or [Revisit.AGAIN for _ in found]
    if not asked:
        return None
    carries = words.around | stopwords()
    if not all(done or word in carries for word, done in zip(folded, used, strict=True)):
        return None
    return Asked(asked[0], None in found)


def revisits(text: str, recent: Mapping[str, Any] | None) -> bool:
    """Whether ``text`` asks again for what ``recent`` remembers (for routing)."""
    asked = read_revisit(text)
    return asked is not None and _target(asked, recent) is not None


def _target(asked: Asked, recent: Mapping[str, Any] | None) -> str | None:
    """What is shown: "list", "short list", "list more" (each entry's work), "card" or
    "previous" (the card before the last one)."""
    if recent is None:
        return None
    listed = isinstance(recent.get("list"), list) and bool(recent["list"])
    card = bool(recent.get("id"))
    if listed and (asked.list_named or asked.how is Revisit.BACK or not card):
        if asked.how is Revisit.SHORTER:
            return "short list"
        if asked.how is Revisit.MORE:
            return "list more"
        return "list" if asked.how in (Revisit.AGAIN, Revisit.BACK) else None
    if not card or asked.list_named:
        return None
    if asked.how is Revisit.BACK:
        return "previous" if recent.get(PREVIOUS) else None
    return "card"


async def answer_revisit(
    text: str,
    recent: Mapping[str, Any] | None,
    catalogue: Catalogue,
    say: Say,
    show_card: ShowCard,
    language: str = "de",
) -> SkillResult | None:
    """The last card or list once more, shorter or whole; None when ``text`` asks none."""
    asked = read_revisit(text)
    target = _target(asked, recent) if asked is not None else None
    if asked is None or target is None or recent is None:
        return None
    if target == "list more":  # what the list's titles leave out: the work of each
        shown = [found for i in recent["list"] if (found := catalogue.get(str(i))) is not None]
        tasks = FollowUpQuestion(Focus.TASKS)
        return answer_of_list(shown[:SHOWN], tasks, recent, say, language) if shown else None
    if target in ("list", "short list"):
        return _list_again(recent, catalogue, say, short=target == "short list")
    if target == "previous":
        named = catalogue.exact(str(recent[PREVIOUS]))
        return await show_card(named[0].occupation, None) if named else None
    occupation = catalogue.get(str(recent["id"]))
    if occupation is None:
        return None
    before = recent.get("focus")
    focus = Focus(before) if before in {item.value for item in Focus} else None
    if asked.how is Revisit.SHORTER:
        return _kept(_short_card(occupation, say), recent)
    if asked.how is Revisit.MORE:
        result = await show_card(occupation, None)
        if focus is not None:  # the whole card after a fact is the more asked for
            return _kept(result, recent)
        note = Text(say("revisit.no_more", title=occupation.title))
        more = SkillResult(
            (*result.blocks, note),
            title=result.title,
            data=result.data,
            sources=result.sources,
            remember=result.remember,
        )
        return _kept(more, recent)
    return _kept(await show_card(occupation, focus), recent)


def _kept(result: SkillResult, recent: Mapping[str, Any]) -> SkillResult:
    """The same card again keeps what the conversation remembered beside it: the list it was
    picked from and the card before it."""
    mine = result.remember
    if mine is None or mine.get("id") != recent.get("id"):
        return result
    kept = {key: recent[key] for key in ("list", PREVIOUS) if key in recent}
    return replace(result, remember={**mine, **kept})


def _list_again(
    recent: Mapping[str, Any], catalogue: Catalogue, say: Say, *, short: bool
) -> SkillResult | None:
    """The list once more, or shorter: its titles in one line."""
    shown = [found for i in recent["list"] if (found := catalogue.get(str(i))) is not None]
    if not shown:
        return None
    remember = {key: recent[key] for key in ("list", "rest", "total", "first") if key in recent}
    remember["again"] = again_word()
    if short:
        titles = [occupation.title for occupation in shown[:SHOWN]]
        text = say("revisit.list_short", titles=", ".join(titles))
        return SkillResult((Text(text), lookup_actions(titles[:ACTIONS], say)), remember=remember)
    total, first = recent.get("total"), recent.get("first")
    if isinstance(total, int) and isinstance(first, int) and total >= len(shown):
        count = say("list_more.count", first=first, last=first + len(shown) - 1, total=total)
    else:
        count = say("revisit.list_count", shown=len(shown))
    blocks = listing_blocks(say("revisit.list_heading"), shown[:SHOWN], count, say)
    return SkillResult(blocks, remember=remember)


def _short_card(occupation: Occupation, say: Say) -> SkillResult:
    """The card in one line: type, duration and the usual certificate."""
    details = [kind(occupation, say)]
    if occupation.school:
        details.append(say("explore.school", school=school_name(occupation.school, say)))
    text = say("follow_up.about", title=occupation.title, text=", ".join(details) + ".")
    command = say("not_found.action_command", title=occupation.title)
    action = Actions((Action(say("follow_up.card", title=occupation.title), command),))
    remember = remembering(occupation, None, say)
    return SkillResult((Text(text), action), title=occupation.title, remember=remember)
