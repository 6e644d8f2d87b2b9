"""Person names, found by what stands before them: salutations, labels, roles, greetings,
closings ("Herr Müller", "frau geheimname", "Mutter: Ayşe", "sie heißt Aylin", "Hallo Jonas",
"MfG T. Nguyen").

The cue words and the words that are not names live in ``pii_names.yaml``. A strong cue (a
salutation, a label with a colon, a naming verb, a closing at the end of a line) also takes a
lower-case word ("frau geheimname"), unless it is a frequent word ("frau hat angerufen") or the
salutation is a noun after an article ("die frau"). A finding covers the name only, not the
cue, so a pseudonymiser can write "Herr [PERSON_1]"; it covers every part of a multi-part name
("Mehmet Ali Yılmaz-Öztürk") and initials ("T. Nguyen").
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
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
_GAP = re.compile(r"[ \t]+")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_MAX_ACRONYM = 3  # "Hallo IHK" is an organisation, "Frau Li" a name
_MIN_LOWER = 3  # a lower-case name after a strong cue has at least this many letters
_LINE_END = re.compile(r"[ \t]*[,.!;]?[ \t]*(?:\r?\n|$)")
_MAX_PARTS = {"closing": 4, "salutation": 4, "label": 4, "naming": 3, "role": 4, "greeting": 3}
_STRONG = frozenset({"salutation", "label", "naming"})


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "Herrn" wins over "Herr"; spaces inside a cue match any blank run.
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t]+") for word in ordered)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The compiled cue pattern (one named group per kind of cue) and the word lists."""

    pattern: re.Pattern[str]
    titles: re.Pattern[str]
    article_before: re.Pattern[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    common: frozenset[str]
    not_name_endings: tuple[str, ...]


@cache
def _cues() -> _Cues:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    closing_gap = r"[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t]*){0,2}"
    signing = rf"(?:(?:{_alternation(data['signing_words'])})[ \t]+)?"
    gender = r"(?:/-?in|\*in|:in|_in|\(in\)|/r|\(r\))?"
    pattern = (
        rf"{_LETTER_BEFORE}(?:"
        rf"(?P<closing>(?i:{_alternation(data['closings'])}){closing_gap}{signing})"
        rf"|(?P<label>(?i:{_alternation(data['labels'])}){gender}[ \t]*[:=][ \t]*"
        r"(?:(?i:herr|herrn|frau|hr\.?|fr\.?)[ \t]+)?)"
        rf"|(?P<naming>(?i:{_alternation(data['naming_verbs'])})[ \t]*:?[ \t]+)"
        rf"|(?P<salutation>(?i:{_alternation(data['salutations'])})[ \t]+)"
        rf"|(?P<role>(?:{_alternation(data['roles'])})[ \t]+)"
        rf"|(?P<greeting>(?i:{_alternation(data['greetings'])})[ \t]+))"
    )
    articles = _alternation(data["articles"])
    return _Cues(
        pattern=re.compile(pattern),
        titles=re.compile(rf"(?:(?:{_alternation(data['titles'])})[ \t]+)*", re.IGNORECASE),
        article_before=re.compile(rf"(?<![^\W\d_])(?i:{articles})[ \t]+$"),
        particles=frozenset(data["particles"]),
        not_names=frozenset(word.lower() for word in data["not_names"]),
        common=frozenset(word.lower() for word in data["common_words"]),
        not_name_endings=tuple(data["not_name_endings"]),
    )


@dataclass(frozen=True, slots=True)
class _Rules:
    """What a cue allows the words after it to look like."""

    max_parts: int
    lower: bool  # lower-case words count
    upper_cue: bool  # the cue was written in capitals: short all-caps names count


def _is_name_word(word: str, cues: _Cues, rules: _Rules) -> bool:
    if len(word) < 2:
        return False
    lowered = word.lower()
    parts = re.split(r"['’-]", lowered)
    if lowered in cues.not_names or any(part in cues.not_names for part in parts):
        return False
    if lowered.endswith(cues.not_name_endings):
        return False
    if word[0].islower():
        return rules.lower and len(word) >= _MIN_LOWER and lowered not in cues.common
    if word.isupper() and len(word) <= _MAX_ACRONYM and not rules.upper_cue:
        return False
    return lowered not in cues.common or word.isupper()


def _take_name(text: str, pos: int, rules: _Rules, cues: _Cues) -> tuple[int, int] | None:
    """The span of up to ``rules.max_parts`` name words starting at ``pos`` (after titles)."""
    titles = cues.titles.match(text, pos)
    pos = titles.end() if titles else pos
    start: int | None = None
    end = pos
    parts = 0
    while parts < rules.max_parts:
        initial = _INITIAL.match(text, pos)
        if initial is not None:
            # "T. Nguyen": an initial belongs to the name only if a name word follows.
            gap = _GAP.match(text, initial.end())
            after = _TOKEN.match(text, gap.end() if gap else initial.end())
            if after is None or not _is_name_word(after.group(), cues, rules):
                break
            start = initial.start() if start is None else start
            pos, parts = after.start(), parts + 1
            continue
        token = _TOKEN.match(text, pos)
        if token is None:
            break
        word = token.group()
        if start is not None and word in cues.particles:
            # "Anna von Berg": a particle belongs to the name only if a name word follows.
            gap = _GAP.match(text, token.end())
            following = _TOKEN.match(text, gap.end()) if gap else None
            if following is None or not _is_name_word(following.group(), cues, rules):
                break
            token, word = following, following.group()
        elif not _is_name_word(word, cues, rules):
            break
        start = token.start() if start is None else start
        end, parts = token.end(), parts + 1
        gap = _GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    return None if start is None else (start, end)


def _rules(text: str, cue: re.Match[str], cues: _Cues) -> _Rules:
    kind = cue.lastgroup or ""
    cue_text = cue.group().strip()
    upper_cue = len(cue_text) > 1 and cue_text.isupper()
    lower = kind in _STRONG
    if kind == "salutation" and cues.article_before.search(
        text, max(0, cue.start() - 20), cue.start()
    ):
        lower = False  # "die frau hat": a noun, not a form of address
    # A closing takes a lower-case signature only when it ends the line ("lg anna").
    return _Rules(_MAX_PARTS[kind], lower or kind == "closing", upper_cue)


def find_person_names(text: str) -> list[Finding]:
    """Names after salutations, labels, naming verbs, roles and greetings, and signatures."""
    cues = _cues()
    found = []
    for cue in cues.pattern.finditer(text):
        rules = _rules(text, cue, cues)
        span = _take_name(text, cue.end(), rules, cues)
        if span is None:
            continue
        lower_signature = cue.lastgroup == "closing" and text[span[0]].islower()
        if lower_signature and not _LINE_END.match(text, span[1]):
            continue
        found.append(finding(PiiKind.PERSON_NAME, text, *span))
    return found
