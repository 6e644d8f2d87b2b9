"""Judgement words typed with a slip ("geignet", "vermittlebar", "Chanchen", "suitible").

Counsellors type fast; a request to judge a person with one letter changed, swapped, dropped
or added in its cue word slipped past every reading. Before the readings run, a word that is
no known word is repaired to the cue word it is closest to:

- the cue words are the literal words of six letters or more in the judgement readings' data
  (``judgement_*.yaml``: the regular expressions and the word lists), so a word added to a
  reading is repaired without a second list;
- one edit (a letter left out, added or changed, or two neighbours swapped) for a cue of six
  letters or more, two for a cue of ten or more; a common ending typed after the slip is
  kept ("inteligente" → "intelligente");
- never a word that is a real word: any word of the policy data (cue words, vocabulary,
  occupations, given and family names), so a correctly typed word is never bent into a cue;
- never where two cue words are equally close (no guess).

Cheap: a word of the message is looked up in a set first; only an unknown word of six
letters or more is searched, through a table of the cue words with one or two letters
deleted (a deletion on both sides meets at the same key), so no cue list is scanned.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml, strings_in

_POLICY = Path(__file__).parent
MIN_LENGTH = 6  # shorter words have too many neighbours
CHANGED = 8  # a letter changed (not left out, added or swapped) only in cues this long
TWO_EDITS = 10  # a cue this long may take two slips ("asubildungsref")
_WORD = re.compile(rf"[^\W\d_]{{{MIN_LENGTH},}}")
_LETTERS = re.compile(r"[^\W\d_]+")
_UMLAUTS = str.maketrans("äöü", "aou")
_ESCAPE = re.compile(r"\\[A-Za-z]")  # "\w", "\b": no letters of a word
# Endings typed after a slip in the stem ("inteligente", "Chanzen"), longest first.
_ENDINGS = ("", "e", "n", "s", "t", "en", "er", "es", "em", "st", "ern", "innen")


@cache
def cue_words() -> frozenset[str]:
    """The literal words of six letters or more in the judgement readings' data."""
    words: set[str] = set()
    for path in sorted(_POLICY.glob("judgement_*.yaml")):
        for text in strings_in(load_yaml(path.read_text(encoding="utf-8")), keys=False):
            for word in _LETTERS.findall(_ESCAPE.sub(" ", text).lower()):
                if len(word) >= MIN_LENGTH:
                    words.add(word)
    return frozenset(words)


@cache
def known_words() -> frozenset[str]:
    """Every word of the policy data (values of its YAML files, its word and name lists):
    real words, never read as a slip."""
    words: set[str] = set(cue_words())
    for path in sorted(_POLICY.parent.rglob("*.yaml")):
        for text in strings_in(load_yaml(path.read_text(encoding="utf-8")), keys=False):
            words.update(_LETTERS.findall(_ESCAPE.sub(" ", text).lower()))
    for path in sorted(_POLICY.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(_LETTERS.findall(line.lower()))
    return frozenset(words)


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {form[:i] + form[i + 1 :] for form in frontier for i in range(len(form))}
        found |= frontier
    return found


@cache
def _table() -> dict[str, frozenset[str]]:
    """Each cue word under itself and its forms with one (two for long cues) letters deleted."""
    table: dict[str, set[str]] = {}
    for cue in cue_words():
        for key in _deletions(cue, 2 if len(cue) >= TWO_EDITS else 1):
            table.setdefault(key, set()).add(cue)
    return {key: frozenset(cues) for key, cues in table.items()}


def _distance(a: str, b: str) -> int:
    """Edits between ``a`` and ``b``, a swap of two neighbours counting as one."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[len(b)]


def _same_end(stem: str, cue: str) -> bool:
    """Whether the slip leaves the last letter alone (or swaps the last two): a last letter
    changed, added or left out is another form of the word ("passes", "stemmen", "bringts")."""
    return stem[-1] == cue[-1] or stem[-2:] == cue[-2:][::-1]


def _known(word: str, known: frozenset[str]) -> bool:
    """A word of the data, or one with an ending or an umlaut ("vertrauen" for "vertrau",
    "durchhält" for "durchhalt")."""
    for form in {word, word.translate(_UMLAUTS)}:
        if form in known or any(
            form[: len(form) - len(end)] in known for end in _ENDINGS[1:] if form.endswith(end)
        ):
            return True
    return False


def _allowed(stem: str, cue: str) -> int:
    """Two edits where both the typed word and the cue are long ("asubildungsref"); not
    between a shorter real word and a long cue ("bestanden", "überstanden")."""
    return 2 if min(len(stem), len(cue)) >= TWO_EDITS else 1


def repaired(word: str) -> str | None:
    """The cue word ``word`` (lower case) is a slip of, with the ending typed, or None.

    The fewest edits win; at equal edits the shorter ending (the whole word first); two cue
    words equally close with the same ending are no repair."""
    table = _table()
    best: tuple[int, str, str] | None = None  # (edits, ending, repaired word)
    ambiguous = False
    for ending in _ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if len(stem) < MIN_LENGTH - 1:
            continue
        candidates: set[str] = set()
        for key in _deletions(stem, 2 if len(stem) >= TWO_EDITS - 1 else 1):
            candidates |= table.get(key, frozenset())
        for cue in candidates:
            distance = _distance(stem, cue)
            if distance == 0 or distance > _allowed(stem, cue) or not _same_end(stem, cue):
                continue
            if len(cue) < CHANGED and len(stem) == len(cue) and sorted(stem) != sorted(cue):
                continue  # a letter changed in a short word is mostly another word
            if stem.translate(_UMLAUTS) == cue.translate(_UMLAUTS):
                continue  # an umlaut for its vowel is another form ("durchhält", "durchhalt")
            if best is None or distance < best[0]:
                best, ambiguous = (distance, ending, cue + ending), False
            elif distance == best[0] and ending == best[1] and cue + ending != best[2]:
                ambiguous = True
    return None if best is None or ambiguous else best[2]


def with_typos_repaired(text: str) -> str:
    """``text`` with judgement words typed with a slip repaired ("Ist Tim inteligent genug?"
    → "Ist Tim intelligent genug?"); every other word unchanged."""
    known = known_words()

    def repair(found: re.Match[str]) -> str:
        word = found.group()
        lower = word.lower()
        if _known(lower, known):
            return word
        right = repaired(lower)
        if right is None:
            return word
        return right[0].upper() + right[1:] if word[0].isupper() else right

    return _WORD.sub(repair, text)
