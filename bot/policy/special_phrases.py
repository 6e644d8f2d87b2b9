"""The everyday phrases of ``special_phrases.yaml`` ("trinkt … zu viel", "hört schlecht") as one
pattern: one scan is several times faster than one per phrase, and a look-ahead on the letters
the phrases can start with lets the engine skip every other position."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.policy.special_cues import ENGLISH, english_data
from bot.yaml_data import load_yaml

_PHRASES = Path(__file__).with_name("special_phrases.yaml")
_LETTER = r"[^\W\d_]"
# look-behinds and the word boundary a phrase may open with
_LEADING = re.compile(r"^(?:\(\?<!(?:[^()\\]|\\.)*\))*(?:\\b)?")


@dataclass(frozen=True, slots=True)
class Phrases:
    """All phrases as one pattern; per group name the phrase's category and weakness."""

    pattern: re.Pattern[str]
    meaning: dict[str, tuple[str, bool]]


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a group opening ``body`` ("(?:a|b)c" -> ["a", "b"])."""
    found: list[str] = []
    depth, current, i = 0, "", 3
    while i < len(body):
        char = body[i]
        if char == "\\":
            current += body[i : i + 2]
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return [*found, current]
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(current)
            current = ""
            i += 1
            continue
        current += char
        i += 1
    return [*found, current]


def first_letters(phrase: str) -> frozenset[str] | None:
    """The letters ``phrase`` can start with, or None when that is not plain to see."""
    body = _LEADING.sub("", phrase, count=1)
    starts = _alternatives(body) if body.startswith("(?:") else [body]
    letters = {start[:1].lower() for start in starts}
    if not all(len(letter) == 1 and letter.isalpha() for letter in letters):
        return None
    return frozenset(letters | {letter.upper() for letter in letters})


def _lookahead(phrases: Iterable[str]) -> str:
    letters: set[str] = set()
    for phrase in phrases:
        found = first_letters(phrase)
        if found is None:
            return f"(?={_LETTER})"
        letters |= found
    return f"(?=[{re.escape(''.join(sorted(letters)))}])"


@cache
def load_phrases(categories: tuple[str, ...]) -> Phrases:
    """The phrases of ``special_phrases.yaml``; a leading "~" marks a weak one."""
    data = load_yaml(_PHRASES.read_text(encoding="utf-8"))
    english = english_data("phrases")
    for name, listed_data in ((_PHRASES.name, data), (ENGLISH.name, english)):
        unknown = set(listed_data) - set(categories)
        if unknown:
            raise ValueError(f"{name}: unknown categories {sorted(unknown)}")
    for category, extra in english.items():
        data[category] = [*data.get(category, []), *extra]
    listed: list[tuple[str, str, bool]] = []  # (source, category, weak) in the listed order
    for category, phrases in data.items():
        for raw in map(str, phrases):
            listed.append((raw.removeprefix("~"), category, raw.startswith("~")))
    starts = [first_letters(source) for source, _, _ in listed]
    meaning: dict[str, tuple[str, bool]] = {}
    if any(letters is None for letters in starts):
        branches: list[str] = []
        for source, category, weak in listed:
            name = f"phrase{len(branches)}"
            branches.append(f"(?P<{name}>{source})")
            meaning[name] = (category, weak)
        body = f"{_lookahead(source for source, _, _ in listed)}(?:{'|'.join(branches)})"
    else:
        body = _by_first_letter(listed, starts, meaning)
    # every phrase starts a word
    pattern = rf"(?<!{_LETTER}){body}"
    return Phrases(re.compile(pattern, re.IGNORECASE), meaning)


def _by_first_letter(
    listed: list[tuple[str, str, bool]],
    starts: list[frozenset[str] | None],
    meaning: dict[str, tuple[str, bool]],
) -> str:
    """The phrases grouped by the letter they start with, each group in the listed order: at
    a word start the engine tries only the phrases that can start there, where one
    alternation of all would try every phrase. (Two phrases matching at one position start
    with the same letter, so the first listed still wins.) Fills in ``meaning``."""
    groups: dict[str, list[str]] = {}
    for (source, category, weak), letters in zip(listed, starts, strict=True):
        for letter in sorted({letter.lower() for letter in letters or ()}):
            name = f"phrase{len(meaning)}"  # a group name is unique: one per copy
            groups.setdefault(letter, []).append(f"(?P<{name}>{source})")
            meaning[name] = (category, weak)
    by_letter = (
        f"(?={re.escape(letter)})(?:{'|'.join(branches)})"
        for letter, branches in sorted(groups.items())
    )
    return f"(?:{'|'.join(by_letter)})"
