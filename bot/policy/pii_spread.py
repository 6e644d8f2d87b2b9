"""A name once found is replaced everywhere: "Frau Yılmaz … Yılmaz sagte …", "Aylins Mutter".

Every part of a detected name (three letters or more, no particle, not a frequent word) is
looked for again in the whole text, compared by :func:`fold` so that "YILMAZ" and "Yilmaz"
match "Yılmaz". A part that is also an ordinary word ("Koch" in "Anna Koch") matches only
when capitalised, so "koch" as a verb stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.policy.pii_gazetteer import is_not_name, is_word_name
from bot.policy.pii_normalise import fold
from bot.policy.pii_types import Finding, PiiKind, finding

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PART = re.compile(r"[^\W\d_]+")
_MIN_PART = 3


def _parts(names: Iterable[Finding]) -> dict[str, bool]:
    """Folded name parts, each with whether it must be capitalised to count."""
    parts: dict[str, bool] = {}
    for name in names:
        for match in _PART.finditer(name.value):
            key = fold(match.group())
            if len(key) >= _MIN_PART and not is_not_name(key):
                parts[key] = parts.get(key, False) or is_word_name(key)
    return parts


def _matches(word: str, parts: dict[str, bool]) -> bool:
    key = fold(word)
    if key not in parts and key.endswith("s") and key[:-1] in parts:
        key = key[:-1]  # "Aylins Mutter"
    return key in parts and (not parts[key] or word[0].isupper())


def spread_names(text: str, found: Iterable[Finding]) -> list[Finding]:
    """Further occurrences of the parts of the names in ``found``."""
    parts = _parts(f for f in found if f.kind is PiiKind.PERSON_NAME)
    if not parts:
        return []
    spread = []
    for match in _WORD.finditer(text):
        word = match.group()
        if _matches(word, parts):
            spread.append(finding(PiiKind.PERSON_NAME, text, match.start(), match.end()))
        elif "-" in word or "'" in word or "’" in word:
            for part in _PART.finditer(word):  # "Yılmaz-Öztürk" when "Öztürk" was found
                if _matches(part.group(), parts):
                    start = match.start() + part.start()
                    spread.append(
                        finding(
                            PiiKind.PERSON_NAME, text, start, start + part.end() - part.start()
                        )
                    )
    return spread
