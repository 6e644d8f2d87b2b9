"""Person names, found by what stands before them: salutations, roles, greetings, closings.

Without a list of names we rely on cues ("Herr Müller", "Klientin Anna Schmidt", "Hallo Jonas",
"Viele Grüße\\nMaria Beispiel"). The cue words and the capitalised words that are not names
live in ``pii_names.yaml``. A finding covers the name only, not the cue, so a pseudonymiser
can write "Herr [Person 1]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.policy.pii_types import Finding, PiiKind, finding

_DATA = Path(__file__).with_name("pii_names.yaml")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]+")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_MAX_ACRONYM = 3  # "Hallo IHK" is an organisation, "Frau Li" a name


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "Herrn" wins over "Herr"; spaces inside a cue match any blank run.
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t]+") for word in ordered)


# How many name words each kind of cue may take: "Frau Anna Schmidt", "Klientin Anna Maria
# Schmidt". Closings come first so that "Liebe Grüße" is a closing, not a greeting.
_MAX_PARTS = {"closing": 3, "salutation": 2, "role": 3, "greeting": 2}


@dataclass(frozen=True, slots=True)
class _Cues:
    """The compiled cue pattern (one named group per kind of cue) and the word lists."""

    pattern: re.Pattern[str]
    titles: re.Pattern[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    not_name_endings: tuple[str, ...]


@cache
def _cues() -> _Cues:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    closing_gap = r"[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t]*){0,2}"
    signing = rf"(?:(?:{_alternation(data['signing_words'])})[ \t]+)?"
    closings = data["closings"]
    # A leading lookahead on the possible first letters lets the regex engine skip quickly.
    initials = {word[0] for kind in ("salutations", "roles", "greetings") for word in data[kind]}
    initials |= {case(word[0]) for word in closings for case in (str.lower, str.upper)}
    pattern = (
        rf"(?=[{re.escape(''.join(sorted(initials)))}]){_LETTER_BEFORE}(?:"
        rf"(?P<closing>(?i:{_alternation(closings)}){closing_gap}{signing})"
        rf"|(?P<salutation>(?:{_alternation(data['salutations'])})[ \t]+)"
        rf"|(?P<role>(?:{_alternation(data['roles'])})[ \t]+)"
        rf"|(?P<greeting>(?:{_alternation(data['greetings'])})[ \t]+))"
    )
    return _Cues(
        pattern=re.compile(pattern),
        titles=re.compile(rf"(?:(?:{_alternation(data['titles'])})[ \t]+)*"),
        particles=frozenset(data["particles"]),
        not_names=frozenset(word.lower() for word in data["not_names"]),
        not_name_endings=tuple(data["not_name_endings"]),
    )


def _is_name_word(word: str, cues: _Cues) -> bool:
    if len(word) < 2 or not word[0].isupper():
        return False
    if word.isupper() and len(word) <= _MAX_ACRONYM:
        return False
    lowered = word.lower()
    parts = re.split(r"['’-]", lowered)
    if lowered in cues.not_names or any(part in cues.not_names for part in parts):
        return False
    return not lowered.endswith(cues.not_name_endings)


def _take_name(text: str, pos: int, max_parts: int, cues: _Cues) -> tuple[int, int] | None:
    """The span of up to ``max_parts`` name words starting at ``pos`` (after any titles)."""
    titles = cues.titles.match(text, pos)
    pos = titles.end() if titles else pos
    start: int | None = None
    end = pos
    parts = 0
    while parts < max_parts:
        token = _TOKEN.match(text, pos)
        if token is None:
            break
        word = token.group()
        if start is not None and word in cues.particles:
            # "Anna von Berg": a particle belongs to the name only if a name word follows.
            gap = _GAP.match(text, token.end())
            following = _TOKEN.match(text, gap.end()) if gap else None
            if following is None or not _is_name_word(following.group(), cues):
                break
            token, word = following, following.group()
        elif not _is_name_word(word, cues):
            break
        start = token.start() if start is None else start
        end, parts = token.end(), parts + 1
        gap = _GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    return None if start is None else (start, end)


def find_person_names(text: str) -> list[Finding]:
    """Names after salutations, roles and greetings, and in signatures after a closing."""
    cues = _cues()
    found = []
    for cue in cues.pattern.finditer(text):
        span = _take_name(text, cue.end(), _MAX_PARTS[cue.lastgroup or ""], cues)
        if span is not None:
            found.append(finding(PiiKind.PERSON_NAME, text, *span))
    return found
