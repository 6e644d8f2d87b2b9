"""Special-category cues typed with one slip ("Diabetis", "Schwangerchaft", "depresion").

A word counts as a cue when it is one edit (a letter left out, added, changed, or two
neighbours swapped) away from a long cue of ``special_categories.yaml`` that is matched in any
case and one word ("diabetes", "schwangerschaft*", "depression*"); a slip of a weak cue is weak
as well ("Psychatrie", "Klinikaufenhalt", "Therpie"). Guards against ordinary words that
happen to be that close:
- the first three letters must agree (a slip is rarely at the start), unless the word is none
  of the policy data's words (``judgement_typos.known_words``: "Pfelgegrad", "dibaetes",
  "Eiplepsie"), where only the first letter must;
- the cue has at least ``MIN_LENGTH`` letters (short words have too many neighbours); a
  shorter cue of at least ``MIN_SHORT`` letters is only read with a letter typed twice or a
  double letter typed once ("Bullimie" for "bulimie", "Asthmma"), a slip few words make;
- a name is no slip ("Christina" is not "christian");
- a slip at the last letter is an ending of another word ("behindern" is not "behindert",
  "Diagnose" not "diagnosed").

Words spelt correctly are left to the regular patterns; this only adds what they miss.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from bot.policy.judgement_typos import known_words
from bot.policy.pii_gazetteer import is_plain_name

TypoCue = tuple[str, str, bool, bool]
"""(cue in lower case, category, whether the cue is a prefix, whether it is weak)"""

MIN_LENGTH = 8
MIN_SHORT = 6
# long enough to be a short cue with a double letter typed once
_WORD = re.compile(rf"[^\W\d_]{{{MIN_SHORT - 1},}}")
_ENDINGS = ("en", "er", "es", "em", "e", "n", "s")
# after a prefix cue also a female form ("Diabetkerin" for "diabetiker*")
_TAILS = frozenset(("", *_ENDINGS, "in", "innen"))


def _one_edit(word: str, cue: str) -> bool:
    """Whether ``word`` is exactly one edit away from ``cue`` (see the module docstring)."""
    if word == cue or abs(len(word) - len(cue)) > 1:
        return False
    if len(word) == len(cue):
        diff = [i for i, (a, b) in enumerate(zip(word, cue, strict=True)) if a != b]
        if len(diff) == 1:
            return diff[0] != len(cue) - 1
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == cue[diff[1]]
            and word[diff[1]] == cue[diff[0]]
        )
    short, long = (word, cue) if len(word) < len(cue) else (cue, word)
    i = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    # a letter missing or added at the end is another word's ending ("diagnose(d)")
    return i < len(cue) - 1 and short[i:] == long[i + 1 :]


# The index of the last cue list, looked up by identity: the caller passes the same cached
# tuple for every message, and hashing its ~270 cues for a cache key cost more than the rest
# of a short message's typo search.
# (keyed by the first three letters and by the first letter alone)
_Index = Mapping[str, tuple[TypoCue, ...]]
_last_index: tuple[tuple[TypoCue, ...], _Index] | None = None


def _index(cues: tuple[TypoCue, ...]) -> _Index:
    global _last_index
    if _last_index is not None and _last_index[0] is cues:
        return _last_index[1]
    by_start: dict[str, list[TypoCue]] = defaultdict(list)
    for cue in cues:
        by_start[cue[0][:3]].append(cue)
        by_start[cue[0][:1]].append(cue)
    index = {start: tuple(group) for start, group in by_start.items()}
    _last_index = (cues, index)
    return index


def typo_cues(data: Mapping[str, Sequence[object]]) -> tuple[TypoCue, ...]:
    """(cue, category, is_prefix, is_weak) for the cues a slip may be read as, from the YAML
    data."""
    chosen = []
    for category, cues in data.items():
        for listed in map(str, cues):
            weak = listed.startswith("~")
            raw = listed.removeprefix("~")
            prefix = raw.endswith("*")
            cue = raw.rstrip("*")
            if raw[0] in "=*" or not cue.isalpha() or len(cue) < MIN_SHORT:
                continue
            chosen.append((cue.lower(), category, prefix, weak))
    return tuple(chosen)


def _doubled(word: str, cue: str) -> bool:
    """Whether ``word`` is ``cue`` with one letter typed twice, or one of its double letters
    typed once, not at the last letter."""
    if abs(len(word) - len(cue)) != 1:
        return False
    short, long = (word, cue) if len(word) < len(cue) else (cue, word)
    i = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    if i >= len(cue) - 1 or short[i:] != long[i + 1 :]:
        return False
    return (i > 0 and long[i] == long[i - 1]) or long[i] == long[i + 1]


def _matches(word: str, cue: str, prefix: bool) -> bool:
    if not len(cue) - 1 <= len(word) <= len(cue) + 3:  # one slip and at most an ending
        return False
    edit = _one_edit if len(cue) >= MIN_LENGTH else _doubled
    if prefix:
        if word.startswith(cue):
            return False  # the regular pattern finds it
        # the slip is in the stem; what follows may only be an ending ("Depresionen")
        heads = (word[: len(cue) + shift] for shift in (-1, 0, 1))
        return any(word[len(head) :] in _TAILS and edit(head, cue) for head in heads)
    bare = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e)]
    if cue in bare:
        return False
    return any(edit(form, cue) for form in bare)


def find_typos(text: str, cues: tuple[TypoCue, ...]) -> Iterator[tuple[str, int, int, bool]]:
    """(category, start, end, weak) of each word in ``text`` that is a cue with one slip."""
    index = _index(cues)
    for found in _WORD.finditer(text):
        word = found.group().lower()
        hit = _first_match(word, index.get(word[:3], ()))
        if hit is None and word not in known_words():
            # (a slip within the first three letters only in a word no list knows)
            hit = _first_match(word, index.get(word[:1], ()))
        if hit is not None and not is_plain_name(found.group()):
            yield hit[1], found.start(), found.end(), hit[3]


def _first_match(word: str, cues: tuple[TypoCue, ...]) -> TypoCue | None:
    return next((cue for cue in cues if _matches(word, cue[0], cue[2])), None)
