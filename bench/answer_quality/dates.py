"""Dates, times and phone numbers as they appear in requests and drafts, in German and English.

A date is ``(year or None, month, day)``; a request date without a year matches a draft date of
any year and the other way round. Times are ``(hour, minute)``.
"""

from __future__ import annotations

import re
from datetime import date

DateKey = tuple[int | None, int, int]

MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1,
    "februar": 2, "february": 2, "feb": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# a two-digit year is no hour: "do 21.1. 16 uhr" is 21 January at 16:00, and a time range
# after a date is no year either: "Mittwoch 20.01. 10-12 Uhr", "20.01. 10.00-12.00"
_NUMERIC = re.compile(
    r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}(?!\d)"
    r"|\d{2}(?![\d:]|\s*(?:uhr|h)\b|\.\d|\s*(?:[-–]|bis\b)\s*\d)))?",
    re.I,
)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")  # English d/m/y
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?({_MONTH})\.?(?:\s+(\d{{4}}))?\b", re.I
)
# "vom 3.2 auf den 5.2", "am mi 03.03": day and month without the closing dot, after a date
# preposition (a short weekday may stand between)
_SHORT = re.compile(
    r"\b(?:am|vom|von|den|dem|zum|bis|ab|auf) (?:(?:mo|di|mi|do|fr|sa|so)\.?,? )?"
    r"(\d{1,2})\.(0?[1-9]|1[0-2])"
    r"(?![\d.:])(?!\s*(?:uhr|h\b|[-–]))"
    # "termin 18.1 um halb 10": followed by the hour it starts at
    r"|(?<![\d.:])(?<!\bum\s)(\d{1,2})\.(0?[1-9]|1[0-2])(?![\d.:])(?=\s+um\s)",
    re.I,
)
# "9 March 10:00" is 9 March at 10:00: a number with a clock's colon is no day of the month
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(\d{{4}}))?(?!\d)",
    re.I,
)
# "10:30" always; "10.30" only with "Uhr" or after "um"/"at" (else it is a room number such
# as "Raum 2.14")
_CLOCK = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])(?::([0-5]\d)|\.([0-5]\d)(?=\s*(?:uhr|h\b)))(?![\d.:]\d)"
    r"|(?<=\b(?:um|at) )([01]?\d|2[0-3])\.([0-5]\d)(?![\d.:]\d)",
    re.I,
)
# "10.00–11.30": two dotted clock times joined by a dash, with or without "Uhr"
_DOTTED_RANGE = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])\.([0-5][05])\s*[-–]\s*([01]?\d|2[0-3])\.([0-5][05])(?![\d.:])"
)
_HOUR_WORD = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])\s*(?:uhr|h\b|o'clock)", re.I)
_AM_PM = re.compile(r"(?<![\d.:])(1[0-2]|0?\d)(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\.?(?!\w)", re.I)
# "10 bis 12 Uhr", and "zwischen 9 und 11 Uhr"
_RANGE = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])\s*(?:-|–|bis|to|until)\s*(?:[01]?\d|2[0-3])\s*uhr"
    r"|(?<=zwischen )([01]?\d|2[0-3])\s+und\s+(?:[01]?\d|2[0-3])\s*uhr",
    re.I,
)
# "10:30-12": a clock time, then a bare later hour after a dash ends the range
_COLON_TO_HOUR = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]?\d|2[0-3])(?![\d.:])"
)
# "halb 10" is 9:30; "halb 3" may be 2:30 or 14:30, so both readings count
_HALF_PAST = re.compile(r"\bhalb\s+(1[0-2]|[1-9])(?![\d.:])", re.I)
_PHONE = re.compile(r"(?<![\w.])(?:\+|00)?\d[\d /().-]{4,}\d(?![\w])")


def _valid(year: int | None, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(year or 2028, month, day)  # 2028: a leap year, so 29.02. without a year is valid
    except ValueError:
        return False
    return True


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


def _found(text: str) -> dict[int, tuple[int, DateKey]]:
    """Position → (end, key) of every date in ``text``; the first reading of a position wins."""
    candidates: list[tuple[int, int, int | None, int, int]] = []  # start, end, y, m, d
    for match in _ISO.finditer(text):
        candidates.append(
            (match.start(), match.end(), int(match[1]), int(match[2]), int(match[3]))
        )
    for match in _NUMERIC.finditer(text):
        candidates.append(
            (match.start(), match.end(), _year(match[3]), int(match[2]), int(match[1]))
        )
    for match in _SHORT.finditer(text):
        day, month = (1, 2) if match[1] else (3, 4)
        candidates.append(
            (match.start(day), match.end(), None, int(match[month]), int(match[day]))
        )
    for match in _SLASH.finditer(text):
        candidates.append(
            (match.start(), match.end(), int(match[3]), int(match[2]), int(match[1]))
        )
    for match in _DAY_MONTH.finditer(text):
        month = MONTHS[match[2].lower()]
        candidates.append((match.start(), match.end(), _year(match[3]), month, int(match[1])))
    for match in _MONTH_DAY.finditer(text):
        month = MONTHS[match[1].lower()]
        candidates.append((match.start(), match.end(), _year(match[3]), month, int(match[2])))
    found: dict[int, tuple[int, DateKey]] = {}
    for position, end, year, month, day in candidates:
        if _valid(year, month, day):
            found.setdefault(position, (end, (year, month, day)))
    return found


def find_dates(text: str) -> list[tuple[int, DateKey]]:
    """Every date in ``text`` as (position, key), in order of appearance."""
    return sorted((position, key) for position, (_, key) in _found(text).items())


def date_spans(text: str) -> list[range]:
    """Where the dates of ``text`` stand, each as the range of its characters."""
    return [range(position, end) for position, (end, _) in _found(text).items()]


def same_date(a: DateKey, b: DateKey) -> bool:
    return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def parse_date(value: str) -> DateKey:
    """A case's date (ISO ``2027-06-07`` or ``--06-07`` without a year)."""
    if value.startswith("--"):
        month, day = value[2:].split("-")
        return (None, int(month), int(day))
    parsed = date.fromisoformat(value)
    return (parsed.year, parsed.month, parsed.day)


def find_times(text: str) -> list[tuple[int, int]]:
    """Clock times: 10:00, 10.30 Uhr, 10 Uhr, 14h, 2 pm, halb 10, and the start of "10 bis 12
    Uhr"."""
    dates = date_spans(text)  # "am 3.2. um 15.30": the time after a short date is a time
    times: list[tuple[int, int]] = []

    def add(pos: int, hour: int, minute: int) -> None:
        if not any(pos in span for span in dates) and (hour, minute) not in times:
            times.append((hour, minute))

    for match in _CLOCK.finditer(text):
        add(match.start(), int(match[1] or match[4]), int(match[2] or match[3] or match[5]))
    for match in _DOTTED_RANGE.finditer(text):
        if (int(match[1]), int(match[2])) < (int(match[3]), int(match[4])):
            add(match.start(), int(match[1]), int(match[2]))
            add(match.start(3), int(match[3]), int(match[4]))
    for match in _HOUR_WORD.finditer(text):
        add(match.start(), int(match[1]), 0)
    for match in _RANGE.finditer(text):
        add(match.start(), int(match[1] or match[2]), 0)
    for match in _AM_PM.finditer(text):
        hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
        add(match.start(), hour, int(match[2] or 0))
    for match in _COLON_TO_HOUR.finditer(text):
        if int(match[3]) > int(match[1]):
            add(match.start(3), int(match[3]), 0)
    for match in _HALF_PAST.finditer(text):
        hour = int(match[1]) - 1
        add(match.start(), hour, 30)
        if hour < 12:
            add(match.start(), hour + 12, 30)
    return times


def parse_time(value: str) -> tuple[int, int]:
    hour, _, minute = value.partition(":")
    return int(hour), int(minute or 0)


def phone_digits(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if value.strip().startswith("+"):
        return "0" + digits[2:]  # +49 2381 … → 02381 …
    if digits.startswith("0049"):
        return "0" + digits[4:]
    return digits


def find_phones(text: str) -> list[str]:
    """Digit strings of phone-like numbers (at least 6 digits, not a date)."""
    phones = []
    for match in _PHONE.finditer(text):
        digits = phone_digits(match[0])
        if len(digits) >= 6 and not find_dates(match[0]) and not find_times(match[0]):
            phones.append(digits)
    return phones
