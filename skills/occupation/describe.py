"""Occupations asked for by their work: "Als was arbeitet man, wenn man Haare schneidet?".

The question gives no name, only what the work is; ``described_work`` finds that part with the
frames of ``data/describe.yaml`` and ``find_by_work`` ranks the catalogue's entries by how many
of its words the entry's description and names carry (stems, compound parts, the separable
"an" of "passt an"). One entry carrying every word, ahead of all others, is the answer;
several carrying some are offered as choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.message_memo import per_message
from skills.occupation.model import Occupation
from skills.occupation.normalise import fold
from skills.occupation.schema import read_yaml

_DATA = Path(__file__).with_name("data") / "describe.yaml"
_WORD = re.compile(r"[a-z0-9]+")
_ENDINGS = ("ern", "en", "er", "es", "st", "et", "t", "e", "n", "s")
# A plural or verb form with an umlaut ("Dächer", "Häuser", "Zähne") also stands for the word
# without it: the catalogue's descriptions say "Dach", "Haus", "Zahnersatz".
_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_SEPARABLE = ("an", "auf", "aus", "ein", "ab", "nach", "vor", "zu", "her", "mit")  # "anpasst"
_SHORTEST = 3  # a work word shorter than this says nothing


@dataclass(frozen=True, slots=True)
class _Words:
    frames: tuple[re.Pattern[str], ...]
    plain: frozenset[str]
    english: dict[str, str]
    everyday: dict[str, str]
    tasks: dict[str, str]  # occupation id -> the work in everyday words


@cache
def _words() -> _Words:
    data = read_yaml(_DATA, "description frames")
    return _Words(
        tuple(re.compile(frame) for frame in data["frames"]),
        frozenset(data["plain"].split()),
        {str(k): str(v) for k, v in data["english"].items()},
        {str(k): str(v) for k, v in data["everyday"].items()},
        {str(k): str(v) for k, v in data["tasks"].items()},
    )


@per_message
def described_work(text: str) -> str | None:
    """The description of the work in a "which occupation does …" question, as typed."""
    text = text.strip()
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: no question of ours
        return None
    for frame in _words().frames:
        found = frame.search(lowered)
        if found:
            work = text[found.start("work") : found.end("work")].strip(" ?!.,")
            return work or None
    return None


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def work_stems(work: str) -> tuple[tuple[str, ...], ...]:
    """The words of a description that say something about the work, stemmed; each with its
    alternatives (a separable verb also without its prefix: "anpasst" → "pass")."""
    words = _words()
    stems: list[tuple[str, ...]] = []
    for word in _WORD.findall(fold(work)):
        if word in words.plain or len(word) < _SHORTEST:
            continue
        word = _catalogue_word(word)
        forms = [_stem(word)]
        forms += [_stem(plain) for plain in _without_umlaut(word) if plain != word]
        forms += [
            _stem(word[len(prefix) :])
            for prefix in _SEPARABLE
            if word.startswith(prefix) and len(word) - len(prefix) >= 4
        ]
        if tuple(forms) not in stems:
            stems.append(tuple(forms))
    return tuple(stems)


def _catalogue_word(word: str) -> str:
    """The word the catalogue uses for an English or everyday work word ("autos" →
    "kraftfahrzeug"); the word itself otherwise."""
    words = _words()
    return words.english.get(word, words.everyday.get(word, word))


def _without_umlaut(word: str) -> tuple[str, ...]:
    """The word with its last folded umlaut undone ("daecher" → "dacher"), when it has one."""
    at, folded, plain = max((word.rfind(f), f, p) for f, p in _UMLAUTS)
    if at <= 0:
        return ()
    return (word[:at] + plain + word[at + len(folded) :],)


def _carries(stem: str, words: Iterable[str]) -> bool:
    """Whether a word of the entry stands for the work word: the same stem, or one is a
    compound part of the other ("blumenstraeuss" carries "straeuss", "brillenoptik" "brill")."""
    for word in words:
        if word.startswith(stem) or (len(stem) >= 5 and word.endswith(stem)):
            return True
        if len(word) >= 5 and (stem.startswith(word) or stem.endswith(word)):
            return True
    return False


@cache
def _entry_words(occupation: Occupation) -> tuple[str, ...]:
    texts = [occupation.description, *(name for name, _ in occupation.names())]
    return tuple(_stem(word) for text in texts if text for word in _WORD.findall(fold(text)))


@cache
def _name_words(occupation: Occupation) -> tuple[str, ...]:
    """The entry's names and the everyday words for its work (describe.yaml's "tasks":
    "Schornsteine kehren", "Blut abnehmen"): reviewed words, weighed like a name."""
    names = [word for name, _ in occupation.names() for word in _WORD.findall(fold(name))]
    # The everyday words are read like a description: "Autos" as the catalogue's word.
    tasks = map(_catalogue_word, _WORD.findall(fold(_words().tasks.get(occupation.id, ""))))
    return tuple(_stem(word) for word in (*names, *tasks))


@dataclass(frozen=True, slots=True)
class Carried:
    """How well an entry's words carry a description: the work words it carries, and a
    weight in which a word carried by the entry's name or its everyday work words counts
    twice ("Kraftfahrzeug…")."""

    occupation: Occupation
    words: int
    weight: int


def find_by_work(
    stems: Sequence[Sequence[str]], occupations: Iterable[Occupation]
) -> list[Carried]:
    """Entries carrying at least one work word, best first (catalogue order on ties)."""
    ranked: list[Carried] = []
    for occupation in occupations:
        words, names = _entry_words(occupation), _name_words(occupation)
        carried = weight = 0
        for forms in stems:
            if any(_carries(form, names) for form in forms):
                carried, weight = carried + 1, weight + 2
            elif any(_carries(form, words) for form in forms):
                carried, weight = carried + 1, weight + 1
        if carried:
            ranked.append(Carried(occupation, carried, weight))
    ranked.sort(key=lambda found: (-found.words, -found.weight))
    return ranked


def decide_by_work(
    stems: Sequence[Sequence[str]], ranked: Sequence[Carried], limit: int
) -> tuple[bool, tuple[Occupation, ...]]:
    """(sure, entries): one entry carrying every work word and ahead of all others is sure;
    otherwise the entries that carry the most are candidates."""
    if not ranked:
        return False, ()
    best = ranked[0]
    ahead = len(ranked) == 1 or (best.words, best.weight) > (ranked[1].words, ranked[1].weight)
    if best.words == len(stems) and ahead:
        return True, (best.occupation,)
    return False, tuple(c.occupation for c in ranked if c.words == best.words)[:limit]
