"""A request corrected while it is typed: the later value replaces the earlier one.

Counsellors fix a slip in the same message instead of retyping it: "am Montag 18.01. um 11 Uhr
– ach nein, nicht Montag sondern Dienstag, also 19.01.", "um 11, Korrektur: nicht 11 sondern
11:30", "on Tuesday 19 Jan – sorry, Wednesday 20 Jan – at 7 am". Read as they stand, the draft
would give the slip as the appointment and carry the correction as a note beside it. Here the
corrected value takes the place of the one it corrects and the correction itself goes.

Only a value typed earlier is ever replaced: "findet nicht in Raum 1.12, sondern in Raum 3.01
statt" restates nothing and stays as typed; so does a correction whose words are not just
values ("sorry, I forgot the room").
"""

from __future__ import annotations

import re

_F = re.IGNORECASE
_MARKER = r"(?:ach\s+nein|nein|sorry|korrektur|correction|i\s+mean|ich\s+meine|quatsch|äh)"
_END = r"(?=\s*(?:[,;!–—)\n]|\.(?:\s|$)|$))"  # a value ends at a clause break
_VALUE = r"[^,;–—()\n]{1,25}?"
# "– ach nein, nicht Montag sondern Dienstag, also 19.01., gleiche Uhrzeit"
_NOT_BUT = re.compile(
    rf"(?P<lead>\s*[-–—,;(]?\s*(?:{_MARKER}\b[,:!]?\s*)?)"
    r"nicht\s+(?:am\s+|um\s+|den\s+)?(?P<old>[^,;.–—()\n]{1,25}?)\s+sondern\s+(?:am\s+|um\s+|den\s+)?"
    rf"(?P<new>{_VALUE}){_END}"
    rf"(?:,?\s*(?:also|d\.\s?h\.|i\.\s?e\.)\s+(?:am\s+|den\s+|on\s+)?(?P<also>{_VALUE}){_END})?"
    r"(?:,?\s*(?:gleiche\s+(?:uhrzeit|zeit)|same\s+time)\b)?",
    _F,
)
# "– sorry, Wednesday 20 Jan –", ", ach nein, Dienstag 19.01.", "Korrektur: 11:30"
_MARKED = re.compile(
    rf"(?P<lead>\s*(?:[-–—,;(]|\.(?=\s))\s*){_MARKER}\b[,:!]?\s*(?P<body>[^–—;()\n]{{1,40}}?){_END}",
    _F,
)
_MONTHS = r"(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?"
_DATE = re.compile(
    rf"\b\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}}\b)?|\b\d{{1,2}}\.?\s+{_MONTHS}(?:\s+\d{{4}})?",
    _F,
)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:uhr|h|[ap]\.?m\.?))?|\b\d{1,2}\s*(?:uhr|h|[ap]\.?m\.?)(?!\w)"
    r"|\bhalb\s+\d{1,2}\b",
    _F,
)
_WEEKDAY = re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?(?=,?\s*\d)",  # "Do 4.3."
    _F,
)
_KINDS = (_DATE, _TIME, _WEEKDAY)
# Words a correction may hold besides its values ("sorry, am Mittwoch, den 20.01. um 9").
_FILLER = frozenset({"am", "um", "den", "on", "at", "the", "also", "ab", "uhr", "doch", "ist"})


def corrected(text: str) -> str:
    """``text`` with each correction applied to the value it corrects and then taken out."""
    for pattern, apply in ((_NOT_BUT, _apply_not_but), (_MARKED, _apply_marked)):
        position = 0
        while (match := pattern.search(text, position)) is not None:
            fixed = apply(text, match)
            if fixed is None:
                position = match.end()
                continue
            text = fixed
            position = 0
    return text


def _apply_not_but(text: str, match: re.Match[str]) -> str | None:
    """ "nicht X sondern Y": the last X typed before becomes Y; "also Z" replaces the last
    value of its kind as well."""
    before = text[: match.start()]
    old, new = match["old"].strip(), match["new"].strip()
    # "um 14 Uhr … nicht 14 sondern 15 Uhr": the unit goes with the value it follows
    unit = r"(?:\s*uhr\b)?" if new.lower().endswith("uhr") else ""
    token = re.compile(rf"(?<![\w.:]){re.escape(old)}(?![\w:]|\.\d){unit}", _F)
    found = list(token.finditer(before))
    if not found:
        return None
    last = found[-1]
    before = before[: last.start()] + new + before[last.end() :]
    also = match["also"]
    if also:
        kind = _kind_of(also.strip())
        if kind is not None:
            before = _replace_last(before, kind, also.strip()) or before
    return before + text[match.end() :]


def _apply_marked(text: str, match: re.Match[str]) -> str | None:
    """A marker ("sorry", "ach nein", "Korrektur:") followed only by values: each replaces the
    last value of its kind typed before the marker."""
    body, end = match["body"], match.end()
    if re.search(r"\d\.\d{1,2}$", body) and text[end : end + 1] == ".":
        body, end = body + ".", end + 1  # "nein, Fr 5.3.": the date's own closing dot
    values = [(kind, m[0]) for kind in _KINDS for m in kind.finditer(body)]
    if not values:
        return None
    rest = body
    for _, value in values:
        rest = rest.replace(value, " ")
    if any(word.lower() not in _FILLER for word in re.findall(r"[\wäöüß]+", rest)):
        return None  # more than values: a remark, not a correction
    before = text[: match.start()]
    for kind, value in values:
        replaced = _replace_last(before, kind, value)
        if replaced is None:
            return None
        before = replaced
    return before + text[end:]


def _replace_last(before: str, kind: re.Pattern[str], value: str) -> str | None:
    found = list(kind.finditer(before))
    if not found:
        return None
    last = found[-1]
    return before[: last.start()] + value + before[last.end() :]


def _kind_of(value: str) -> re.Pattern[str] | None:
    return next((kind for kind in _KINDS if kind.fullmatch(value)), None)
