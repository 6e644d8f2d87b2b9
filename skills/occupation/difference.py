"""The difference between the last two occupations shown, asked after their cards:
"beruf Tischler", "und Zimmerer?", "Unterschied?"; and the difference to one more, asked after
one card: "Unterschied zu Mechatroniker?".

A card remembers the title of the card before it (catalogue values only, never words of the
conversation); a question that asks for the difference and names no occupation compares the
two side by side, as "Unterschied zwischen Tischler und Zimmerer?" would."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from bot.skill import SkillResult
from skills.occupation.catalogue import Catalogue
from skills.occupation.compare import CompareQuery, resolve
from skills.occupation.model import Occupation

PREVIOUS = "previous_title"  # beside the remembered card's "title"
COMPARED = "compared"  # the catalogue ids of the two occupations a comparison showed
# What a comparison does not carry on from the card before it: the fact asked of that card
_NOT_CARRIED = ("focus", "again")
_ASKS = re.compile(
    r"^\W*(?:und|and|also|ok|okay)?\W*"
    r"(?:(?:was|wo)\s+(?:ist|sind|liegt|liegen)\s+(?:denn\s+|jetzt\s+|da\s+)?(?:der|die)\s+"
    r"unterschied(?:e)?(?:\s+zwischen\s+(?:den\s+)?beiden)?(?:\s+genau)?"
    r"|(?:der\s+)?unterschied(?:e)?(?:\s+zwischen\s+(?:den\s+)?beiden)?"
    r"|was\s+unterscheidet\s+(?:die\s+)?beiden?(?:\s+berufe)?"
    r"|(?:kannst\s+du\s+|können\s+sie\s+)?(?:die\s+)?beiden\s+vergleichen"
    r"|im\s+vergleich|vergleich(?:en)?(?:\s+bitte)?"
    r"|(?:what(?:'s|\s+is)\s+the\s+)?difference(?:\s+between\s+(?:the\s+)?(?:two|them))?"
    r"|how\s+do\s+(?:they|the\s+two)\s+differ|compare(?:\s+them|\s+the\s+two|\s+both)?)"
    r"(?:\s+bitte|\s+please)?\W*$",
    re.IGNORECASE,
)


# The difference to one occupation, asked after a card: "was ist der Unterschied zu
# Mechatroniker?", "und im Vergleich zum Zimmerer?", "vergleich das mal mit dem Maurer", "how
# is it different from a joiner?".
_TO = re.compile(
    r"^\W*(?:und|and|also|ok|okay)?\W*"
    r"(?:(?:(?:was|wo)\s+(?:ist|liegt)\s+(?:denn\s+|jetzt\s+|da\s+|eigentlich\s+)?)?(?:der\s+)?"
    r"unterschied(?:e)?\s+(?:zu[mr]?|gegenüber)"
    r"|(?:was|wie)\s+unterscheidet\s+(?:sich\s+)?(?:das|der|die|es)\s+(?:sich\s+)?(?:von|vom)"
    r"|(?:und\s+)?(?:wie\s+(?:ist|wäre|waere|sieht)\s+(?:das|es)\s+(?:denn\s+)?(?:aus\s+)?)?"
    r"im\s+vergleich\s+(?:zu[mr]?|mit)"
    # "vergleich das mal mit dem Zimmerer", "compare it with a joiner"
    r"|(?:kannst\s+du\s+|können\s+sie\s+)?vergleich\w*\s+(?:(?:es|das|ihn|den|sie)\s+)?"
    r"(?:(?:doch\s+|bitte\s+)?mal?\s+|bitte\s+)?(?:mit|zu[mr]?)"
    r"|(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?compare\s+(?:it|that|this)\s+(?:to|with)"
    r"|(?:what(?:'s|\s+is)\s+)?the\s+difference\s+(?:to|from|with)"
    r"|how\s+(?:is\s+(?:it|that|this)|does\s+(?:it|that|this))\s+(?:different|differ)\s+from"
    r"|compared?\s+(?:to|with))\s+"
    r"(?:de[mnr]\s+|die\s+|das\s+|eine[mnr]?\s+|an?\s+|the\s+|beruf\s+)?"
    r"(?P<name>[^?!.;:]{2,60}?)(?:\s+aus)?(?:\s+bitte|\s+please)?\W*$",
    re.IGNORECASE,
)


# The verb last: "kannst du das mit Maurer vergleichen", "Könnten Sie das bitte mit dem Bäcker
# vergleichen?"
_TO_VERB_LAST = re.compile(
    r"^\W*(?:und|ok|okay)?\W*(?:(?:kannst|könntest|koenntest)\s+du\s+|(?:können|könnten|"
    r"koennen|koennten)\s+sie\s+)?(?:das|es|ihn|den|die|sie)\s+(?:(?:doch|bitte|mal?|"
    r"auch|noch)\s+)*(?:mit|zu[mr]?)\s+(?:de[mnr]\s+|die\s+|das\s+|eine[mnr]?\s+)?"
    r"(?P<name>[^?!.;:]{2,60}?)\s+vergleichen(?:\s+bitte)?\W*$",
    re.IGNORECASE,
)


def difference_to(text: str) -> str | None:
    """The occupation a question asks the last card's difference to, as typed, or None."""
    found = _TO.match(text) or _TO_VERB_LAST.match(text)
    return found["name"].strip() if found else None


def difference_asked(
    text: str, recent: Mapping[str, Any] | None, catalogue: Catalogue
) -> CompareQuery | None:
    """The last card and the occupation ``text`` asks its difference to, when that name
    clearly names one ("Unterschied zu früher?" names none)."""
    other, title = difference_to(text), remembered_title(recent)
    if other is None or title is None or resolve(catalogue, other).occupation is None:
        return None
    return CompareQuery(title, other)


def asks_difference(text: str) -> bool:
    """``text`` asks only for the difference, naming no occupation ("Unterschied?")."""
    return _ASKS.match(text) is not None


def remembered_pair(recent: Mapping[str, Any] | None) -> CompareQuery | None:
    """The card shown before the last one and the last one, when both are remembered."""
    if not recent:
        return None
    before, last = recent.get(PREVIOUS), recent.get("title")
    if isinstance(before, str) and isinstance(last, str) and before != last:
        return CompareQuery(before, last)
    return None


def remembered_title(recent: Mapping[str, Any] | None) -> str | None:
    """The title of the last card, when one is remembered."""
    title = (recent or {}).get("title")
    return title if isinstance(title, str) else None


def with_previous(result: SkillResult, recent: Mapping[str, Any] | None) -> SkillResult:
    """``result`` remembering, beside its own card, the card remembered before it."""
    title = (recent or {}).get("title")
    mine = result.remember
    if mine is None or not isinstance(title, str) or mine.get("title") in (None, title):
        return result
    return replace(result, remember={**mine, PREVIOUS: title})


def remembering_pair(result: SkillResult, recent: Mapping[str, Any] | None) -> SkillResult:
    """A comparison of two occupations remembering their ids beside what was remembered, so
    that a fact asked next ("was verdient man da?") is answered for both."""
    compared = (result.data or {}).get("comparison")
    if not isinstance(compared, list) or len(compared) != 2:
        return result
    ids = [entry.get("id") for entry in compared if isinstance(entry, Mapping)]
    if len(ids) != 2 or not all(isinstance(i, str) for i in ids):
        return result
    kept = {k: v for k, v in (recent or {}).items() if k not in _NOT_CARRIED}
    return replace(result, remember={**kept, **(result.remember or {}), COMPARED: ids})


def compared_only(recent: Mapping[str, Any] | None, catalogue: Catalogue) -> list[Occupation]:
    """The two occupations the conversation's last reply compared, if it was a comparison."""
    pair = (recent or {}).get(COMPARED)
    if not isinstance(pair, list) or len(pair) != 2:
        return []
    found = [item for i in pair if (item := catalogue.get(str(i))) is not None]
    return found if len(found) == 2 else []
