"""Text as the detectors read it, with a way back to the original offsets.

Before matching, text is normalised the way Presidio's recognisers expect it: Unicode NFKC
(full-width and mathematical letters become plain ones, non-breaking spaces become spaces),
letters of other scripts that look like Latin ones become those ("Меier" written with a
Cyrillic "М"), invisible format characters (zero-width spaces, soft hyphens) and combining
marks that NFKC could not join to their letter disappear (they would split a name in two),
and every kind of dash becomes "-". The look-alike table comes from Unicode's confusables
list as shipped by ``confusable-homoglyphs``. Findings on the normalised text are mapped back with
:meth:`Normalised.original_span`, so a pseudonymiser replaces exactly what the user wrote.
"""

from __future__ import annotations

import json
import string
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bot.policy.pii_types import per_text_cache

_DASH = "-"


@dataclass(frozen=True, slots=True)
class Normalised:
    """``text`` normalised; ``starts[i]``/``ends[i]`` give the original span of ``text[i]``."""

    text: str
    starts: tuple[int, ...] | None = None  # None: the text is unchanged
    ends: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _same_kind(key: str, candidate: str) -> bool:
    if key.isdigit() != candidate.isdigit():
        return False
    return not key.isalpha() or key.isupper() == candidate.isupper()


@cache
def _look_alikes() -> dict[str, str]:
    """Non-Latin characters that look like an ASCII letter or digit, mapped to it."""
    source = resources.files("confusable_homoglyphs") / "confusables.json"
    table: dict[str, list[dict[str, str]]] = json.loads(source.read_text(encoding="utf-8"))
    mapping: dict[str, str] = {}
    # The table lists each ASCII letter's look-alikes under the letter itself: reading only
    # those 62 entries is much faster than the whole table.
    for latin in string.ascii_letters + string.digits:
        for glyph in table.get(latin, ()):
            char = glyph["c"]
            if len(char) != 1 or char.isascii() or char in mapping:
                continue
            if glyph["n"].startswith("LATIN"):
                continue  # Latin letters such as "ı" or "ø" are real letters of real names
            if _same_kind(char, latin):
                mapping[char] = latin
    return mapping


@cache
def _special() -> frozenset[str]:
    """Characters that need the slow, character-by-character path."""
    chars = set(_look_alikes())
    chars.update(chr(code) for code in range(0x80, 0x3000) if _is_dash_or_invisible(chr(code)))
    chars.update("\ufeff\ufe58\ufe63\uff0d")
    return frozenset(chars)


def _is_dash_or_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Pd", "Cf", "Mn")


def _map_char(char: str, look_alikes: dict[str, str]) -> str:
    category = unicodedata.category(char)
    if category in ("Cf", "Mn"):
        return ""  # invisible, or a mark NFKC could not join to its letter ("i" + U+0307)
    if category == "Pd" or char == "\u2212":  # dashes and the minus sign
        return _DASH
    return look_alikes.get(char, char)


def normalise(text: str) -> Normalised:
    """``text`` as the detectors read it (see the module docstring)."""
    if text.isascii():
        return Normalised(text)
    # A set of the text's characters is far faster than a regex with a large character class.
    if unicodedata.is_normalized("NFKC", text) and _special().isdisjoint(set(text)):
        return Normalised(text)
    look_alikes = _look_alikes()
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    length = len(text)
    while position < length:
        end = position + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1  # a letter and its combining marks are normalised together
        cluster = unicodedata.normalize("NFKC", text[position:end])
        mapped = "".join(_map_char(char, look_alikes) for char in cluster)
        for char in mapped:
            pieces.append(char)
            starts.append(position)
            ends.append(end)
        position = end
    return Normalised("".join(pieces), tuple(starts), tuple(ends))


_FOLD_EXTRA = str.maketrans({"ı": "i", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})


def fold_uncached(word: str) -> str:
    """A comparison key: lower case without diacritics ("Yılmaz", "YILMAZ", "Yilmaz" agree)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(
        _FOLD_EXTRA
    )


# Words of users' messages pass through here: cached for one search only.
fold = per_text_cache(fold_uncached)


def fold_text(text: str) -> str:
    """``text`` folded character by character, keeping its length (and so its offsets)."""
    table = {}
    for char in set(text):
        folded = fold(char)
        table[ord(char)] = folded if len(folded) == 1 else char.lower()[:1] or char
    return text.translate(table)
