"""Follow-ups that choose among the entries of the list shown last, rather than pick one by
its place: "die ersten beiden vergleichen", "vergleich mal 1 und 3", "compare the first two"
(the two side by side), and "welcher davon ist am kürzesten?", "which one is the shortest?"
(the entry with the shortest or longest training, with its duration); after a comparison,
"welcher dauert länger?" chooses between the two compared.

Only the list's remembered catalogue ids are read. The words are data (``list_choose`` in
``data/words.yaml``); ordinals are read as ``list_pick`` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from bot.reply import Text
from bot.skill import SkillResult
from skills.occupation.card import about_card
from skills.occupation.catalogue import Catalogue
from skills.occupation.compare import CompareQuery
from skills.occupation.compare_answer import answer_comparison
from skills.occupation.difference import COMPARED, compared_only
from skills.occupation.facts import Say, duration_text
from skills.occupation.focus import Focus
from skills.occupation.list_pick import place_of
from skills.occupation.listing import lookup_actions
from skills.occupation.model import Occupation
from skills.occupation.normalise import fold, word_section

_MAX_WORDS = 14  # a choice among the list is asked briefly; longer messages are requests
_TOKEN = re.compile(r"[^\W_]+")
SHORTEST, LONGEST = "shortest", "longest"


@dataclass(frozen=True, slots=True)
class _Patterns:
    compare: re.Pattern[str]
    first_two: re.Pattern[str]
    which: re.Pattern[str]
    shortest: re.Pattern[str]
    longest: re.Pattern[str]
    not_places: frozenset[str]


@cache
def _patterns() -> _Patterns:
    raw = word_section("list_choose")

    def pattern(key: str) -> re.Pattern[str]:
        return re.compile(str(raw[key]))

    return _Patterns(
        pattern("compare"),
        pattern("first_two"),
        pattern("which"),
        pattern("shortest"),
        pattern("longest"),
        frozenset(fold(str(word)) for word in raw["not_places"]),
    )


def _folded(text: str) -> str | None:
    if "\n" in text.strip() or len(_TOKEN.findall(text)) > _MAX_WORDS:
        return None
    return " ".join(fold(text).split())


def compared_places(text: str) -> tuple[int, int] | None:
    """The two places of the list a comparison asks about ("den ersten mit dem dritten"), from
    0 (-1 for the last), or None when ``text`` compares no two entries of a list."""
    folded = _folded(text)
    words = _patterns()
    if folded is None or words.compare.search(folded) is None:
        return None
    if words.first_two.search(folded):
        return 0, 1
    tokens = _TOKEN.findall(folded)
    places: list[int] = []
    for index, token in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if after in words.not_places:  # "im ersten Jahr", "2 Jahre"
            continue
        place = int(token) - 1 if token.isdigit() and 0 < int(token) <= 20 else place_of(token)
        if place is not None and place not in places:
            places.append(place)
    return (places[0], places[1]) if len(places) == 2 else None


def extreme_asked(text: str) -> str | None:
    """SHORTEST or LONGEST when ``text`` asks which entry's training is the shortest or the
    longest ("welche davon geht am schnellsten?"), else None."""
    folded = _folded(text)
    words = _patterns()
    if folded is None or words.which.search(folded) is None:
        return None
    if words.shortest.search(folded):
        return SHORTEST
    return LONGEST if words.longest.search(folded) else None


def _listed(recent: Mapping[str, Any] | None, catalogue: Catalogue) -> list[Occupation]:
    ids = (recent or {}).get("list")
    if not isinstance(ids, list):
        return []
    return [found for found in (catalogue.get(str(i)) for i in ids) if found is not None]


def chosen_of_list(text: str, recent: Mapping[str, Any] | None) -> bool:
    """Whether ``text`` chooses among the list ``recent`` holds (for routing); after a single
    card, "welcher ist am kürzesten?" chooses among that one."""
    if isinstance((recent or {}).get(COMPARED), list) and extreme_asked(text) is not None:
        return True  # "welcher dauert länger?" after a comparison
    if not isinstance((recent or {}).get("list"), list):
        return bool((recent or {}).get("id")) and extreme_asked(text) is not None
    return compared_places(text) is not None or extreme_asked(text) is not None


def answer_choice(
    text: str, recent: Mapping[str, Any] | None, catalogue: Catalogue, say: Say, language: str
) -> SkillResult | None:
    """The reply to a choice among the list shown last, or None when ``text`` is none."""
    pair = compared_only(recent, catalogue)
    if pair and (extreme := extreme_asked(text)) is not None:
        return _of_pair(pair, extreme, say, language)
    listed = _listed(recent, catalogue)
    if not listed:
        return _of_one_card(text, recent, catalogue, say, language)
    places = compared_places(text)
    if places is not None:
        if not all(-len(listed) <= place < len(listed) for place in places):
            return None
        left, right = (listed[place] for place in places)
        if left.id == right.id:
            return None
        query = CompareQuery(left.title, right.title)
        return answer_comparison(query, catalogue, say, language)
    extreme = extreme_asked(text)
    return None if extreme is None else _extreme(listed, extreme, recent, say, language)


def _extreme(
    listed: list[Occupation],
    extreme: str,
    recent: Mapping[str, Any] | None,
    say: Say,
    language: str,
) -> SkillResult:
    """The entry with the shortest (longest) training among those shown; entries without a
    fixed duration are left out, and a tie names every entry that shares it."""
    timed = [entry for entry in listed if entry.duration_months]
    if not timed:
        return SkillResult((Text(say("list_choose.no_durations")),))
    months = [entry.duration_months or 0 for entry in timed]
    best = min(months) if extreme == SHORTEST else max(months)
    chosen = [entry for entry, value in zip(timed, months, strict=True) if value == best]
    duration = duration_text(best, say)
    if len(chosen) == len(timed) and len(timed) > 1:
        return SkillResult((Text(say("list_choose.all_same", duration=duration)),))
    if len(chosen) > 1:
        titles = ", ".join(entry.title for entry in chosen)
        line = say(f"list_choose.{extreme}_several", duration=duration, titles=titles)
        actions = lookup_actions([entry.title for entry in chosen], say)
        return SkillResult((Text(line), actions))
    result = about_card(chosen[0], Focus.DURATION, say, language)
    note = Text(say(f"list_choose.{extreme}_one", shown=len(listed)))
    blocks = (*result.blocks[:1], note, *result.blocks[1:])
    remember = {**(result.remember or {}), "list": (recent or {}).get("list")}
    return SkillResult(
        blocks,
        title=result.title,
        data=result.data,
        sources=result.sources,
        remember=remember,
    )


def _of_one_card(
    text: str, recent: Mapping[str, Any] | None, catalogue: Catalogue, say: Say, language: str
) -> SkillResult | None:
    """ "welcher ist am kürzesten?" after one card and no list: only that one was shown, so its
    duration is the answer, said as such."""
    card = catalogue.get(str((recent or {}).get("id", "")))
    if card is None or extreme_asked(text) is None:
        return None
    result = about_card(card, Focus.DURATION, say, language)
    note = Text(say("list_choose.only_one", title=card.title))
    return replace(result, blocks=(*result.blocks[:1], note, *result.blocks[1:]))


def _of_pair(pair: list[Occupation], extreme: str, say: Say, language: str) -> SkillResult:
    """ "welcher dauert länger?" after a comparison: the one of the two, with the other's
    duration beside it, or that both take equally long."""
    left, right = pair
    if not left.duration_months or not right.duration_months:
        text = say("list_choose.pair_open", left=left.title, right=right.title)
        return SkillResult((Text(text), lookup_actions([left.title, right.title], say)))
    if left.duration_months == right.duration_months:
        duration = duration_text(left.duration_months, say)
        text = say("list_choose.pair_same", left=left.title, right=right.title, duration=duration)
        return SkillResult((Text(text), lookup_actions([left.title, right.title], say)))
    shorter = left.duration_months < right.duration_months
    chosen, other = (left, right) if shorter == (extreme == SHORTEST) else (right, left)
    result = about_card(chosen, Focus.DURATION, say, language)
    note = say(
        f"list_choose.pair_{extreme}",
        other=other.title,
        duration=duration_text(other.duration_months or 0, say),
    )
    return replace(result, blocks=(*result.blocks[:1], Text(note), *result.blocks[1:]))
