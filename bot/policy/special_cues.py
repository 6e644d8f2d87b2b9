"""The cue lists of ``special_categories.yaml`` as patterns, one per kind of cue.

A cue's markers (``*``, ``~``, ``=``; see the YAML's header) decide its pattern; a listed noun
also gives the adjectives of ``derived_forms`` in ``special_context.yaml`` ("spielsucht" ->
"spielsüchtig"), so a word list names each condition once. Whose data a cue is, is read in
``special.py``.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product
from pathlib import Path

from bot.policy.special_context import context_data
from bot.word_trie import trie_alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("special_categories.yaml")
# English words, reviewed apart from the German lists (cues and phrases)
ENGLISH = Path(__file__).with_name("special_english.yaml")
_LETTER = r"[^\W\d_]"
# German endings (a female form such as "Muslimin" is listed: an ending on every cue costs)
INFLECTION = r"(?:e|en|er|es|em|n|s)?"

HEALTH = "health"
RELIGION = "religion"
ORIGIN = "origin"
SEXUAL_ORIENTATION = "sexual_orientation"
POLITICAL = "political"
UNION = "union"
GENETIC_BIOMETRIC = "genetic_biometric"
CATEGORIES = (HEALTH, RELIGION, ORIGIN, SEXUAL_ORIENTATION, POLITICAL, UNION, GENETIC_BIOMETRIC)


# A cue spelt as trie keys: its letters, with one private-use character for each pattern
# part between and after them (see ``_cue_keys``).
_INFLECTED, _SPACE, _ANY_LETTERS = "\ue000", "\ue001", "\ue002"
# (a blank in a cue also matches a hyphen: "Long-Covid", "Trans-Frau", "post-vac")
_PARTS = {_INFLECTED: INFLECTION, _SPACE: r"(?:\s+|-)", _ANY_LETTERS: f"{_LETTER}*"}


def _cue_keys(cue: str) -> str:
    """One cue (without the case marker) as trie keys, following the rules in the YAML: each
    word inflected, words apart by spaces, a trailing ``*`` any letters after the last."""
    prefix = cue.endswith("*")
    words = cue.rstrip("*").split()
    parts = [word + ("" if prefix and i == len(words) - 1 else _INFLECTED)
             for i, word in enumerate(words)]  # fmt: skip
    return _SPACE.join(parts) + (_ANY_LETTERS if prefix else "")


def _key_pattern(key: str) -> str:
    return _PARTS.get(key) or re.escape(key)


def _category_pattern(
    groups: dict[str, list[str]], ignore_case: bool, word_start: bool = True
) -> re.Pattern[str] | None:
    branches = []
    initials: set[str] = set()
    for category, cues in groups.items():
        if not cues:
            continue
        # A trie, not an alternation of hundreds of cues: the engine tries each branch at
        # every position it tests; grouped by common prefix it rejects a word at its first
        # letter. (At one position the trie prefers the longer of two cues.)
        cues_pattern = trie_alternation(map(_cue_keys, cues), _key_pattern)
        branches.append(f"(?P<{category}>{cues_pattern})")
        for cue in cues:
            initials |= {cue[0].lower(), cue[0].upper()} if ignore_case else {cue[0]}
    if not branches:
        return None
    # The leading lookahead lets the regex engine skip to possible first letters quickly.
    lookahead = f"(?=[{re.escape(''.join(sorted(initials)))}])"
    start = f"(?<!{_LETTER})" if word_start else ""
    pattern = rf"{lookahead}{start}(?:{'|'.join(branches)})(?!{_LETTER})"
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def _derived(raw: str, derivations: list[tuple[str, str]]) -> list[str]:
    """The cue and the forms derived from it: a noun ending in "-sucht" also gives the
    adjective in "-süchtig" ("spielsucht" -> "spielsüchtig"), with the cue's markers."""
    stem = raw.rstrip("*")
    markers = stem[: len(stem) - len(stem.lstrip("~=*"))]
    word = stem[len(markers) :]
    found = [raw]
    for noun, adjective in derivations:
        if word.lower().endswith(noun) and " " not in word:
            found.append(markers + word[: -len(noun)] + adjective)
    return found


def english_data(key: str) -> dict[str, list[str]]:
    """The English ``cues`` or ``phrases`` of ``special_english.yaml`` per category."""
    listed = load_yaml(ENGLISH.read_text(encoding="utf-8")).get(key) or {}
    return {str(category): [str(item) for item in items] for category, items in listed.items()}


@cache
def cue_data() -> dict[str, list[str]]:
    """The cues of ``special_categories.yaml`` per category, with their derived forms."""
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    english = english_data("cues")
    for path, listed_data in ((_DATA, data), (ENGLISH, english)):
        unknown = set(listed_data) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"{path.name}: unknown categories {sorted(unknown)}")
    for category, extra in english.items():
        data[category] = [*data.get(category, []), *extra]
    pairs = [str(pair).split(" -> ") for pair in context_data()["derived_forms"]]
    derivations = [(noun, adjective) for noun, adjective in pairs]
    cues: dict[str, list[str]] = {}
    for category, listed in data.items():
        forms = [form for raw in map(str, listed) for form in _derived(raw, derivations)]
        cues[category] = list(dict.fromkeys(forms))
    return cues


@cache
def cue_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, weak) pairs: case-insensitive and case-sensitive cues, strong and weak."""
    data = cue_data()
    compiled = []
    # A compound's end ("*allergie") gets a pattern of its own: only there may letters come
    # before the cue, and a shared one would lose the quick start of the others.
    for weak, sensitive, ending in product((False, True), repeat=3):
        groups: dict[str, list[str]] = {}
        for category, cues in data.items():
            chosen = []
            for cue in map(str, cues):
                is_weak = cue.startswith("~")
                cue = cue.removeprefix("~")
                is_ending = cue.removeprefix("=").startswith("*")
                if is_weak == weak and cue.startswith("=") == sensitive and is_ending == ending:
                    chosen.append(cue.removeprefix("=").removeprefix("*"))
            groups[category] = chosen
        pattern = _category_pattern(groups, not sensitive, word_start=not ending)
        if pattern is not None:
            compiled.append((pattern, weak))
    return tuple(compiled)


# A case-sensitive cue is a noun ("=Sucht"); the first word of a sentence or a bullet is
# capitalised whatever it is, so there the words after it decide: "Sucht Teilzeitausbildung",
# "Sucht eine Wohnung", "Sucht nach einem Praktikum" read the verb.
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?]\s+|\n\s*)(?:[-*•–]\s*)?$")
_OBJECT_AFTER = re.compile(
    r"\s+(?:eine?[nmrs]?|nach\s+(?:eine?[nmrs]?\b|\w*(?:arbeit|job|stelle|platz|ausbildung"
    r"|praktikum|wohnung))|noch|weiter|dringend|schon|seit|gerade|jetzt|aktiv|intensiv"
    r"|\w*(?:ausbildung|arbeit|job|stelle|platz|praktikum|wohnung|lehrstelle)\w*)\b",
    re.IGNORECASE,
)


def verb_at_sentence_start(text: str, start: int, end: int) -> bool:
    """A case-sensitive cue at the start of a sentence read as the verb it spells there."""
    if not _SENTENCE_START.search(text, 0, start):
        return False
    return _OBJECT_AFTER.match(text, end) is not None
