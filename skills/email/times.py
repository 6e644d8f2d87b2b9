"""Find clock times in a request: "14 Uhr", "14:30", "um 9.30 Uhr", "14-15 Uhr", "2:30 pm"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

_F = re.IGNORECASE
_H = r"(?:[01]?\d|2[0-3])"
_M = r"[0-5]\d"
# "am" right after the number ("10 am"); in German "am" before a date, a weekday or a name is
# a preposition ("Klasse 10 am 3.3.", "Gruppe 10 am Montag", "Teil 1 am mi 03.03."). Times are
# read with the dates blanked out, so a run of blanks after "am" is a date that stood there.
_GERMAN_AFTER_AM = (
    r"\s{2,}|\s*(?:\d|den\b|dem\b|um\b|(?-i:[A-ZÄÖÜ])"
    r"|(?:mo|di|mi|do|fr|sa|so)\b|(?:mon|diens|mittwo|donners|frei|sams|sonn)|nächst|kommend"
    r"|selben\b|gleichen\b|wochenende|vormittag|nachmittag|abend|morgen\b)"
)
_SUFFIX = (
    # "11am" typed together is English whatever follows (a place blanked out after it)
    rf"(?P<suffix>\s*uhr\b|\s*h\b|(?<=\d)am\b|[ \t]?a\.?m\.?(?!{_GERMAN_AFTER_AM})"
    r"|[ \t]?p\.?m\.?)"
)
# Written without a following "Uhr", "9.30" could be anything; "um" or "at" makes it a time,
# unless a unit or a counted noun follows ("um 2 Wochen verschoben", "um 1 Tag", "at 3 places").
_NOT_A_QUANTITY = (
    r"(?!\s*(?:%|prozent|percent|minute|min\b|stunde|hour|tag|day|woche|week|monat|month|jahr"
    r"|year|euro|eur\b|€|cent|platz|plätze|place|person|people|leute|teilnehm|participant"
    r"|seite|page|punkt|point))"
)
# "at 10 Downing Street", "at 12 Station Road": a capitalised word after "at N" makes the
# number a house number, not a time.
_NOT_AN_ADDRESS = r"(?!\s+(?-i:[A-Z][a-z]))"
# "halb 3", "viertel nach 10", "Viertel vor 9", "dreiviertel 9": the hour written is not the
# time meant, and whether "halb 3" is 2:30 or 14:30 the request does not say; such a time is
# kept as typed, never read as the bare hour after it.
_SPOKEN = re.compile(
    rf"\b(?:um\s+|at\s+|gegen\s+)?(?:halb|(?:drei\s*)?viertel(?:\s+(?:vor|nach))?)\s+{_H}"
    r"(?:\s*uhr\b)?",
    _F,
)

_RANGE = re.compile(
    rf"(?:\b(?:von|from|zwischen|between)\s+)?(?<![\d.:])(?P<h>{_H})(?:[:.](?P<m>{_M}))?\s*(?:uhr\s*)?"
    rf"(?:-|–|bis|to|until|und|and)\s*(?P<h2>{_H})(?:[:.](?P<m2>{_M}))?{_SUFFIX}",
    _F,
)
_COLON_RANGE = re.compile(
    rf"(?<![\d.:])(?P<h>{_H}):(?P<m>{_M})\s*(?:-|–|bis|to|until)\s*(?P<h2>{_H}):(?P<m2>{_M})\b", _F
)
# "10:30-12", "9:15–11": a clock time, then a bare later hour after a dash ends the range
_COLON_TO_HOUR = re.compile(
    rf"(?<![\d.:])(?P<h>{_H}):(?P<m>{_M})\s*[-–]\s*(?P<h2>{_H})(?![\d.:]|\s*(?:uhr|h)\b)"
)
# "10.00–11.30": two dotted clock times joined by a dash are a time range even without "Uhr"
# (a room number stands alone, a date range ends its parts with a dot); minutes on the
# five-minute grid, as appointments are.
_DOTTED_RANGE = re.compile(
    rf"(?<![\d.:])(?P<h>{_H})\.(?P<m>[0-5][05])\s*[-–]\s*(?P<h2>{_H})\.(?P<m2>[0-5][05])(?![\d.:])"
)
# "morgen 10-12", "am 12.03. 9-11", "tomorrow 10-12": a bare range of hours right after a
# date (blanked out before times are read, so a run of blanks stands before it) is a time
_BARE_AFTER_DATE = re.compile(
    rf"(?<= {{3}})(?P<h>{_H})\s*[-–]\s*(?P<h2>{_H})(?![\d.:])(?!\s*(?:uhr|h)\b)"
    + _NOT_A_QUANTITY,  # "am 12.03. 2-3 Personen"
    _F,
)
# "von 9 auf 11 Uhr verschoben": two times, the old and the new, sharing the one "Uhr" (never
# a range: "auf" is where the appointment goes)
_MOVED = re.compile(
    rf"\bvon\s+(?<![\d.:])(?P<h>{_H})(?:[:.](?P<m>{_M}))?\s*(?:uhr\s*)?auf\s+"
    rf"(?P<h2>{_H})(?:[:.](?P<m2>{_M}))?\s*uhr\b",
    _F,
)
_SINGLE = (
    re.compile(rf"(?<![\d.:])(?P<h>{_H})(?:[:.](?P<m>{_M}))?{_SUFFIX}", _F),
    re.compile(rf"(?<![\d.:])(?P<h>{_H}):(?P<m>{_M})\b(?![.:]\d)", _F),
    re.compile(
        rf"\b(?:um|gegen)\s+(?P<h>{_H})(?:[:.](?P<m>{_M}))?\b(?![.:]\d){_NOT_A_QUANTITY}",
        _F,
    ),
    re.compile(
        rf"\b(?:at|around)\s+(?P<h>{_H})(?:[:.](?P<m>{_M}))?\b(?![.:]\d){_NOT_A_QUANTITY}"
        + _NOT_AN_ADDRESS,
        _F,
    ),
)


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    begin: time
    finish: time | None = None


def _clock(hour: str, minute: str | None, suffix: str | None) -> time | None:
    value = int(hour)
    marker = (suffix or "").strip().lower().replace(".", "")
    if marker in ("am", "pm"):
        if not 1 <= value <= 12:
            return None
        value = value % 12 + (12 if marker == "pm" else 0)
    return time(value, int(minute or 0))


def find_times(text: str) -> list[TimeMention]:
    """All times (and ranges) in ``text`` in reading order; dates must be masked out first.

    A spoken time ("halb 3", "viertel nach 10") is none of them: it stays as typed."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = [match.span() for match in _SPOKEN.finditer(text)]

    def free(match: re.Match[str]) -> bool:
        return all(match.end() <= start or match.start() >= end for start, end in taken)

    for pattern in (_RANGE, _COLON_RANGE, _DOTTED_RANGE, _COLON_TO_HOUR, _BARE_AFTER_DATE):
        for match in pattern.finditer(text):
            suffix = (match.groupdict().get("suffix") or "").strip()
            begin = _clock(match["h"], match.groupdict().get("m"), suffix)
            finish = _clock(match["h2"], match.groupdict().get("m2"), suffix)
            ordered = pattern in (_COLON_TO_HOUR, _BARE_AFTER_DATE)
            if ordered and (begin is None or finish is None or finish <= begin):
                continue  # "10:30-9" is no range
            if begin and finish and begin > finish and suffix.lower().startswith("p"):
                begin = _clock(match["h"], match.groupdict().get("m"), "am")  # "from 10 to 3 pm"
            if begin is None or finish is None or not free(match):
                continue
            found.append(
                TimeMention(match.start(), match.end(), begin, finish if finish > begin else None)
            )
            taken.append((match.start(), match.end()))
    for match in _MOVED.finditer(text):
        if free(match):
            for hour, minute in (("h", "m"), ("h2", "m2")):
                begin = time(int(match[hour]), int(match[minute] or 0))
                found.append(TimeMention(*match.span(hour), begin))
            taken.append((match.start(), match.end()))
    for pattern in _SINGLE:
        for match in pattern.finditer(text):
            begin = _clock(match["h"], match["m"], match.groupdict().get("suffix"))
            if begin is None or not free(match):
                continue
            found.append(TimeMention(match.start(), match.end(), begin))
            taken.append((match.start(), match.end()))
    found.sort(key=lambda mention: mention.start)
    return found
