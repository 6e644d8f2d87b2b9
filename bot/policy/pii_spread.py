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
from bot.policy.pii_normalise import fold, fold_text
from bot.policy.pii_types import Finding, PiiKind, finding

_PART = re.compile(r"[^\W\d_]+")
_MIN_PART = 3
_LETTER = re.compile(r"[^\W\d_]")


def _parts(names: Iterable[Finding]) -> dict[str, bool]:
    """Folded name parts, each with whether it must be capitalised to count."""
    parts: dict[str, bool] = {}
    for name in names:
        for match in _PART.finditer(name.value):
            key = fold(match.group())
            if len(key) >= _MIN_PART and not is_not_name(key):
                parts[key] = parts.get(key, False) or is_word_name(key)
    return parts


def spread_names(text: str, found: Iterable[Finding]) -> list[Finding]:
    """Further occurrences of the parts of the names in ``found`` (genitive "s" included)."""
    parts = _parts(f for f in found if f.kind is PiiKind.PERSON_NAME)
    if not parts:
        return []
    # One search over the folded text (same length as ``text``) for all parts at once.
    alternatives = "|".join(re.escape(part) for part in sorted(parts, key=len, reverse=True))
    # No look-behind in front, so the regex engine can skip to the parts' first letters.
    pattern = re.compile(rf"(?P<part>{alternatives})s?(?![^\W\d_])")
    spread = []
    for match in pattern.finditer(fold_text(text)):
        if match.start() > 0 and _LETTER.match(text, match.start() - 1):
            continue  # inside a longer word
        if parts[match["part"]] and not text[match.start()].isupper():
            continue
        spread.append(finding(PiiKind.PERSON_NAME, text, match.start(), match.end()))
    return spread
