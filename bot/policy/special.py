"""Special categories of personal data (GDPR Art. 9) mentioned in a message.

Only the categories are reported, never the words. The cue lists and their matching rules live
in ``special_categories.yaml`` so they can be extended without code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import yaml

_DATA = Path(__file__).with_name("special_categories.yaml")
_INFLECTION = r"(?:e|en|er|es|em|n|s)?"
_LETTER = r"[^\W\d_]"

HEALTH = "health"
RELIGION = "religion"
ORIGIN = "origin"
SEXUAL_ORIENTATION = "sexual_orientation"
POLITICAL = "political"
UNION = "union"
GENETIC_BIOMETRIC = "genetic_biometric"
CATEGORIES = (HEALTH, RELIGION, ORIGIN, SEXUAL_ORIENTATION, POLITICAL, UNION, GENETIC_BIOMETRIC)


def _cue_pattern(cue: str) -> str:
    """The regex for one cue (without the case marker), following the rules in the YAML."""
    prefix = cue.endswith("*")
    words = cue.rstrip("*").split()
    parts = [re.escape(word) + ("" if prefix and i == len(words) - 1 else _INFLECTION)
             for i, word in enumerate(words)]  # fmt: skip
    body = r"\s+".join(parts)
    return body + (f"{_LETTER}*" if prefix else "")


def _category_pattern(groups: dict[str, list[str]], ignore_case: bool) -> re.Pattern[str] | None:
    branches = []
    initials: set[str] = set()
    for category, cues in groups.items():
        if not cues:
            continue
        branches.append(f"(?P<{category}>{'|'.join(_cue_pattern(cue) for cue in cues)})")
        for cue in cues:
            initials |= {cue[0].lower(), cue[0].upper()} if ignore_case else {cue[0]}
    if not branches:
        return None
    # The leading lookahead lets the regex engine skip to possible first letters quickly.
    lookahead = f"(?=[{re.escape(''.join(sorted(initials)))}])"
    pattern = rf"{lookahead}(?<!{_LETTER})(?:{'|'.join(branches)})(?!{_LETTER})"
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    unknown = set(data) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"{_DATA.name}: unknown categories {sorted(unknown)}")
    insensitive: dict[str, list[str]] = {}
    sensitive: dict[str, list[str]] = {}
    for category, cues in data.items():
        insensitive[category] = [str(cue) for cue in cues if not str(cue).startswith("=")]
        sensitive[category] = [str(cue)[1:] for cue in cues if str(cue).startswith("=")]
    compiled = (_category_pattern(insensitive, True), _category_pattern(sensitive, False))
    return tuple(pattern for pattern in compiled if pattern is not None)


def _categories_in(text: str, patterns: Iterable[re.Pattern[str]]) -> set[str]:
    found: set[str] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.lastgroup:
                found.add(match.lastgroup)
            if len(found) == len(CATEGORIES):
                return found
    return found


def find_special_categories(text: str) -> frozenset[str]:
    """The Art. 9 categories mentioned in ``text``: names from ``CATEGORIES``."""
    return frozenset(_categories_in(text, _patterns()))
