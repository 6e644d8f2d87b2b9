"""Which entry of the list shown last a follow-up picks: "und das zweite?", "was verdient man
beim ersten?", "the third one", "der letzte", "Nr. 4".

An ordinal counts after an article or a preposition with one ("das", "beim", "the"), never
before a word of time: "im zweiten Jahr" is a training year. The words are data
(``list_pick`` in ``data/words.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from skills.occupation.normalise import fold, word_section

_WORD = re.compile(r"[^\W\d_]+")
_NUMBERED = re.compile(r"(?:\b(?:nr|nummer|number|no)\.?\s*|#\s*)(\d{1,2})\b", re.IGNORECASE)
# "der 2.", "die 3. bitte", "2." alone, "die 2te", "the 3rd": an ordinal in digits at the start
# or after an article; after "am", "im", "zum" it is a date or a year ("am 2.", "im 2. Lehrjahr")
_DIGIT_ORDINAL = re.compile(
    r"(?:^\W*|\b(?:der|die|das|den|dem|beim|the)\s+)(\d{1,2})"
    r"(?:\.(?!\d)|(?:te[nrms]?|nd|st|rd|th)\b)(?=\s*([^\W\d_]*))",
    re.IGNORECASE,
)
_ONLY_NUMBER = re.compile(r"^\W*(\d{1,2})\W*$")
# "zeig mir die 1", "den 3 bitte": a bare number after an article, closing the message
_ARTICLE_NUMBER = re.compile(
    r"\b(?:der|die|das|den|the)\s+(\d{1,2})(?:\s+(?:bitte|please|pls))?\W*$", re.IGNORECASE
)
# "erste", "dritte bitte": an ordinal alone is a pick too
_ALONE_WITH = frozenset({"bitte", "please", "pls", "ok", "okay", "dann", "then"})
LAST = -1
# An ordinal typed a letter off ("drittn", "zweiter" for "zweiten") from five letters, sharing
# its first three: shorter words are too easily others ("erst"). A filler from three ("nim").
_SLIP_MIN = 5
_FILLER_SLIP_MIN = 3


@dataclass(frozen=True, slots=True)
class Pick:
    """The place picked (from 0; ``LAST`` for the end), and the text without the words that
    picked it."""

    index: int | None
    rest: str


@dataclass(frozen=True, slots=True)
class _Words:
    places: dict[str, int]
    before: frozenset[str]
    not_before: frozenset[str]
    stems: tuple[str, ...]  # parts every ordinal or number word holds ("erst", "zweit", "nr")
    filler: frozenset[str]  # "mehr zum ersten": words that ask for more of the picked entry


@cache
def _words() -> _Words:
    raw = word_section("list_pick")
    places = {
        fold(str(word)): place for place, words in enumerate(raw["places"]) for word in words
    }
    places |= {fold(str(word)): LAST for word in raw["last"]}
    stems = {word[:4] for word in places} | {"nr", "numm", "numb", "no."}
    return _Words(
        places,
        frozenset(fold(str(word)) for word in raw["before"]),
        frozenset(fold(str(word)) for word in raw["not_before"]),
        tuple(sorted(stems)),
        frozenset(fold(str(word)) for word in raw["filler"]),
    )


def pick_filler(word: str) -> bool:
    """Whether the folded ``word`` only asks for more of a picked entry ("mehr zum ersten") or
    takes it ("nimm den dritten", "zeig mal den zweiten"), also typed a letter off ("nim")."""
    fillers = _words().filler
    if word in fillers:
        return True
    return len(word) >= _FILLER_SLIP_MIN and any(
        len(known) > len(word) and OSA.distance(word, known, score_cutoff=1) <= 1
        for known in fillers
    )


def place_of(word: str) -> int | None:
    """The place an ordinal names (folded: "dritten" 2, "letzte" ``LAST``), also typed a
    letter off ("drittn"); None for any other word."""
    places = _words().places
    place = places.get(word)
    if place is not None or len(word) < _SLIP_MIN:
        return place
    near = {
        value
        for known, value in places.items()
        if known[:3] == word[:3] and OSA.distance(word, known, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


def read_pick(text: str) -> Pick:
    """The entry ``text`` picks from a list, if it picks exactly one."""
    words = _words()
    folded = fold(text)
    digits = any(character.isdigit() for character in text)
    if not digits and "#" not in text and not any(word in folded for word in words.stems):
        return Pick(None, text)  # no ordinal, no number: the usual case, read fast
    found: list[tuple[int, re.Match[str]]] = []
    numbered = list(_NUMBERED.finditer(text))
    numbered += list(_ONLY_NUMBER.finditer(text))
    numbered += list(_ARTICLE_NUMBER.finditer(text))
    numbered += [
        hit for hit in _DIGIT_ORDINAL.finditer(text) if fold(hit.group(2)) not in words.not_before
    ]
    found += [(int(hit.group(1)) - 1, hit) for hit in numbered if int(hit.group(1)) > 0]
    tokens = list(_WORD.finditer(text))
    alone = [token for token in tokens if fold(token.group()) not in _ALONE_WITH]
    for position, token in enumerate(tokens):
        place = place_of(fold(token.group()))
        if place is not None and len(alone) == 1 and not digits:
            found.append((place, token))
            continue
        if place is None or position == 0:
            continue
        after = fold(tokens[position + 1].group()) if position + 1 < len(tokens) else ""
        if fold(tokens[position - 1].group()) in words.before and after not in words.not_before:
            found.append((place, token))
    if len({place for place, _ in found}) != 1:
        return Pick(None, text)
    rest = text
    for _, hit in sorted(found, key=lambda item: item[1].start(), reverse=True):
        rest = rest[: hit.start()] + " " + rest[hit.end() :]
    return Pick(found[0][0], rest)
