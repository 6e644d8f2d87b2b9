"""A message shaped like an email request though no cue names one (no "Mail", no verb).

Counsellors type notes that are meant as an email: "Fr. Yilmaz Di 19.1. 10h R.3, Lebenslauf
mitbr.", "Ms Rossi – appt moved to Mon 25 Jan 2pm". Their shape says it: someone to write to,
the facts an email carries (when, where, what to bring, by when) and what it is about. The
router asks this only after every cue failed; the score decides between drafting (sure) and
asking "Meinten Sie eine E-Mail an …?" (likely). Notes with section labels, long pasted text and
questions are never read as emails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml
from skills.email.parties import could_be_first_name, could_be_surname
from skills.email.words import words

_F = re.IGNORECASE
_MAX_CHARS = 300  # longer text is pasted notes, not a request
_MAX_LINES = 3
# Dates and clock times as typed in digits only: the skill's own readers (dates.py, times.py)
# also take "heute"/"morgen", which a report ("war heute da") holds as often as a request.
_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b\d{1,2}\.\d{1,2}\b(?!\.\d)")
# "22.01. bis 29.01.", "9–12 Uhr": a span of time, not a deadline
_RANGE = re.compile(r"(?<=\d)\.?\s*(?:bis|–|-)\s*(?=\d)", _F)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:uhr\b|h\b|[ap]\.?m\b)|\b\d{1,2}:\d{2}\b", _F)


class Certainty(IntEnum):
    NONE = 0
    LIKELY = 1  # ask "Meinten Sie eine E-Mail an …?"
    SURE = 2  # draft it


@dataclass(frozen=True, slots=True)
class Shape:
    person: str  # whom it is for, as typed ("Fr. Yilmaz", "jonas", "all participants")
    facts: int  # kinds of email facts: when, where, what to bring, by when
    purpose: bool  # what it is about ("Termin", "appt moved", "ist bestätigt")
    report: bool = False  # tells what someone did ("hat … abgesagt"): never sure

    @property
    def certainty(self) -> Certainty:
        if self.facts >= 1 and (self.purpose or self.facts >= 2) and not self.report:
            return Certainty.SURE
        if self.facts or self.purpose:
            return Certainty.LIKELY
        return Certainty.NONE


@dataclass(frozen=True, slots=True)
class _Lexicon:
    titled: re.Pattern[str]
    group: re.Pattern[str]
    after_to: re.Pattern[str]
    leading: re.Pattern[str]
    short_day: re.Pattern[str]
    long_day: re.Pattern[str]
    month: re.Pattern[str]
    place: re.Pattern[str]
    bring: re.Pattern[str]
    deadline: re.Pattern[str]
    purpose: re.Pattern[str]
    note_label: re.Pattern[str]
    question: re.Pattern[str]
    report: re.Pattern[str]
    not_names: frozenset[str]


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


# "message to the group …:", "Rundmail an alle TN …:": the word that asks for the mail
_MAIL_WORD = r"(?:(?:message|nachricht|rundmail|e-?mail|mail|info)\s+)?"


@cache
def _lexicon() -> _Lexicon:
    raw = load_yaml(Path(__file__).with_name("data").joinpath("shape.yaml").read_text())
    short = [day for day in raw["days"] if len(day) <= 3]
    long = [day for day in raw["days"] if len(day) > 3]
    word = r"[A-Za-zÄÖÜäöüß][\wäöüß-]+"
    return _Lexicon(
        titled=re.compile(rf"\b(?:{_any(raw['titles'])})\s*(?:dr\.\s*)?(?P<name>{word})", _F),
        group=re.compile(
            rf"^\s*(?:bitte\s+|pls\s+|please\s+)?{_MAIL_WORD}(?:an\s+|to\s+|für\s+)?"
            # "the integration course group B2": a word or two may describe the group
            rf"(?:(?:die|the)\s+(?:[\w-]+\s+){{0,2}}?)?(?P<group>(?:{_any(raw['groups'])})"
            r"\b[^:\n]{0,40}?)\s*:",
            _F,
        ),
        after_to=re.compile(r"\b(?:an|für|to|for)\s+(?P<name>[A-Za-zÄÖÜäöüß]{2,12})\b", _F),
        # "Kevin – CV due", "Lea (du) - …", "ben schmitz 10b → …": a name, then a dash
        leading=re.compile(
            r"^\s*(?P<name>[A-Za-zÄÖÜäöüß]{2,12})(?:\s+[A-Za-zÄÖÜäöüß-]{2,20})?"
            r"(?:\s+\d{1,2}[a-z]?)?\s*(?:[–—(→]|-\s)",
        ),
        short_day=re.compile(rf"\b(?:{_any(short)})\.?,?\s*\d", _F),
        long_day=re.compile(rf"\b(?:{_any(long)})\b", _F),
        month=re.compile(rf"\b\d{{1,2}}\.?\s*(?:{_any(raw['months'])})\b", _F),
        place=re.compile(rf"\b(?:{_any(raw['places'])})(?=\W|$)", _F),
        bring=re.compile(rf"\b(?:{_any(raw['bring'])})\b", _F),
        deadline=re.compile(rf"\b(?:{_any(raw['deadline'])})", _F),
        purpose=re.compile(rf"\b(?:{_any(raw['purpose'])})\b", _F),
        note_label=re.compile(rf"^\s*(?:{_any(raw['note_labels'])})\s*:", _F | re.MULTILINE),
        question=re.compile(rf"^\s*(?:{_any(raw['question_words'])})\b(?!\.?\s*\d)", _F),
        report=re.compile(rf"\b(?:{_any(raw['report'])})\b", _F),
        not_names=frozenset(word.lower() for word in raw["days"] + raw["months"]),
    )


def _name(word: str, lexicon: _Lexicon, *, first: bool) -> bool:
    if word.lower() in lexicon.not_names or lexicon.purpose.fullmatch(word):
        return False
    name = word[:1].upper() + word[1:].lower()
    return could_be_first_name(name) if first else could_be_surname(name)


def addressed_group(text: str) -> bool:
    """The message starts with "an"/"to" and a group, then a colon and what to tell them
    ("an alle TN Kurs 'Fit für die Ausbildung': ab nächster Woche …"): a text for that group,
    whatever words of another skill the content holds."""
    group = _lexicon().group.match(text)
    if group is None or not text[group.end() :].strip():
        return False
    opening = rf"\s*(?:bitte\s+|pls\s+|please\s+)?{_MAIL_WORD}(?:an|to)\s"
    return re.match(opening, text, _F) is not None


def _person(text: str, lexicon: _Lexicon) -> str | None:
    for match in lexicon.titled.finditer(text):
        if _name(match["name"], lexicon, first=False):
            return match[0]
    group = lexicon.group.match(text)
    if group is not None:
        return group["group"]
    for match in lexicon.after_to.finditer(text):
        if _name(match["name"], lexicon, first=True):
            return match["name"].capitalize()
    leading = lexicon.leading.match(text)
    if leading is not None and _name(leading["name"], lexicon, first=True):
        return leading["name"].capitalize()
    return None


def _fact_kinds(text: str, lexicon: _Lexicon) -> int:
    lexicon_words = words()
    when = bool(
        _DATE.search(text)
        or _CLOCK.search(text)
        or lexicon.short_day.search(text)
        or lexicon.long_day.search(text)
        or lexicon.month.search(text)
    )
    place = bool(lexicon.place.search(text) or lexicon_words.room_word.search(text))
    bring = bool(lexicon.bring.search(text) or lexicon_words.document_word.search(text))
    unspanned = _RANGE.sub(" ", text)
    deadline = bool(lexicon.deadline.search(unspanned) or lexicon_words.deadline_noun.search(text))
    return when + place + bring + deadline


def shape(text: str) -> Shape | None:
    """The email shape of a short message, or None for notes, questions and long text."""
    stripped = text.strip()
    if len(stripped) > _MAX_CHARS or stripped.count("\n") >= _MAX_LINES:
        return None
    lexicon = _lexicon()
    if stripped.endswith("?") or lexicon.question.match(stripped):
        return None
    if lexicon.note_label.search(stripped):
        return None
    person = _person(stripped, lexicon)
    if person is None:
        return None
    return Shape(
        person,
        _fact_kinds(stripped, lexicon),
        bool(lexicon.purpose.search(stripped)),
        bool(lexicon.report.search(stripped)),
    )


def certainty(text: str) -> Certainty:
    found = shape(text)
    return Certainty.NONE if found is None else found.certainty
