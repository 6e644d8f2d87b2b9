"""Find dates in a request (German and English wording) and resolve them against today.

Dates without a year take the year that puts them nearest to today, so "3.2." means the
coming 3 February in January and the past one in March: a counsellor rarely refers to a
date more than half a year away. When the request types another date with its year, within
a year of today, they take the year nearest to that one ("Kurs ab 6.9.2027, Anmeldung bis
15.8."). Relative words ("morgen", "nächsten Dienstag") resolve
against ``today``. Where the reading is open to doubt a :class:`Notice` says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.word_trie import trie_alternation
from skills.email.model import Notice
from skills.email.moves import in_order

WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("montag", "monday", "mo", "mon"),
        ("dienstag", "tuesday", "di", "tue", "tues"),
        ("mittwoch", "wednesday", "mi", "wed"),
        ("donnerstag", "thursday", "do", "thu", "thur", "thurs"),
        ("freitag", "friday", "fr", "fri"),
        ("samstag", "sonnabend", "saturday", "sa", "sat"),
        ("sonntag", "sunday", "so", "sun"),
    )
):
    WEEKDAYS.update(dict.fromkeys(_names, _index))

MONTHS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("januar", "jänner", "january", "jan"),
        ("februar", "february", "feb"),
        ("märz", "maerz", "march", "mär", "mrz", "mar"),
        ("april", "apr"),
        ("mai", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("dezember", "december", "dez", "dec"),
    ),
    start=1,
):
    MONTHS.update(dict.fromkeys(_names, _index))

_FULL_WEEKDAYS = [name for name in WEEKDAYS if len(name) > 4]
_FULL_MONTHS = [
    name
    for name in MONTHS
    if len(name) > 4 or name in ("mai", "may", "juni", "june", "juli", "july")
]


def _alt(words: list[str]) -> str:
    # A trie (longer words first, as an alternation sorted by length): these patterns run
    # over every draft, and the engine then rejects a word at its first letter.
    return trie_alternation(words)


_WD = _alt(list(WEEKDAYS))
_WD_FULL = _alt(_FULL_WEEKDAYS)
_MONTH = _alt(list(MONTHS))
_PREFIX = rf"(?:\b(?P<wd>{_WD})\b\.?,?\s+(?:(?:den|dem|the)\s+)?)?"
_F = re.IGNORECASE

_EXPLICIT = (
    re.compile(
        _PREFIX + r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2}(?!\d))?", _F
    ),
    # "vom 3.2 auf den 5.2", "am Mi 03.03": without the closing dot only after a date
    # preposition (a weekday may stand between), and never where it could be a time
    # ("von 9.10 bis 10 Uhr").
    re.compile(
        "(?:"
        + "|".join(
            rf"(?<=\b{w}\s)" for w in ("am", "vom", "von", "den", "dem", "zum", "bis", "ab", "auf")
        )
        + rf")(?:(?P<wd>{_WD})\.?,?\s+)?(?P<d>\d{{1,2}})\.(?P<m>0?[1-9]|1[0-2])"
        r"(?![\d.:])(?!\s*(?:uhr|h\b|[-–]|bis\s+\d{1,2}(?:[:.]\d{2})?\s*uhr))",
        _F,
    ),
    # "termin 18.1 um halb 10", "4.2 um 14 Uhr": a day and month without the closing dot,
    # followed by the hour it starts at (a clock time is never followed by "um")
    re.compile(
        r"(?<![\d.:])(?<!\bum\s)(?P<d>\d{1,2})\.(?P<m>0?[1-9]|1[0-2])(?![\d.:])(?=\s+um\s)", _F
    ),
    re.compile(
        _PREFIX + rf"(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<mn>{_MONTH})\b"
        # "room 3 may take longer": a lower-case "may" or "mar" before a word is no month
        r"(?!(?<=(?-i:may))\s+(?-i:[a-z]))(?!(?<=(?-i:mar))\s+(?-i:[a-z]))"
        r"\.?(?:\s+(?P<y>\d{4}))?",
        _F,
    ),
    re.compile(
        _PREFIX + rf"(?P<mn>{_alt(_FULL_MONTHS)})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        r"(?:,?\s+(?P<y>\d{4}))?",
        _F,
    ),
    # "Feb 3rd 2027", "Feb. 3, 2027": a short month first only with an ordinal, a dot or a
    # year ("Jan 3 Uhr" may be someone called Jan)
    re.compile(
        _PREFIX + rf"(?P<mn>{_alt([m for m in MONTHS if m not in _FULL_MONTHS])})"
        r"(?=\.\s*\d|\s+\d{1,2}(?:st|nd|rd|th)\b|\s+\d{1,2},?\s+\d{4}\b)"
        r"\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?",
        _F,
    ),
    # "on Jan 20 at 10:00", "by Feb 5": a short month first after an English preposition of
    # time (not "Jan 3 Uhr", nor a clock time "Jan 10:30")
    re.compile(
        r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)"
        r"|(?<=\bdue\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
        # after its weekday: "Thursday Feb 4", "Wed, Feb 10"
        r"|(?<=day\s)|(?<=day,\s)|(?<=\bmon\s)|(?<=\btue\s)|(?<=\bwed\s)|(?<=\bthu\s)"
        r"|(?<=\bfri\s)|(?<=\bmon,\s)|(?<=\btue,\s)|(?<=\bwed,\s)|(?<=\bthu,\s)|(?<=\bfri,\s))"
        rf"(?P<mn>{_alt([m for m in MONTHS if m not in _FULL_MONTHS])})"
        r"\.?\s+(?P<d>\d{1,2})\b(?![:.]\d)(?!\s*(?:uhr|h)\b)(?:,?\s+(?P<y>\d{4}))?",
        _F,
    ),
)
_NEXT_WEEK = (
    re.compile(
        rf"\b(?P<wd>{_WD_FULL})\s+(?:in\s+der\s+)?(?:nächste[rn]?|kommende[rn]?)\s+woche\b", _F
    ),
    re.compile(rf"\b(?:nächste|kommende)\s+woche\s+(?:am\s+)?(?P<wd>{_WD_FULL})\b", _F),
    re.compile(rf"\b(?P<wd>{_WD_FULL})\s+next\s+week\b", _F),
    re.compile(rf"\bnext\s+week\s+(?:on\s+)?(?P<wd>{_WD_FULL})\b", _F),
)
_NEXT_WEEKDAY = re.compile(
    rf"\b(?:nächste[nrsm]?|naechste[nrsm]?|kommende[nrsm]?|next|this\s+coming)\s+(?P<wd>{_WD_FULL})\b",
    _F,
)
# "jeden Donnerstag" is no date: it stays as typed. Neither is a weekday that names a group
# or a course: "the Monday job club", "die Montag-Gruppe", "our Friday group".
# Nor is "passt ein Dienstag?", "an einem Freitag", "any Monday": some such day, not one.
_BARE_WEEKDAY = re.compile(
    r"(?<!jeden )(?<!every )(?<!immer )(?<!\bein )(?<!\beinen )(?<!\beinem )(?<!\ba )(?<!\bany )"
    rf"\b(?:(?:am|on)\s+)?(?P<wd>{_WD_FULL})\b(?!-\w)",
    _F,
)
_NAMING = re.compile(
    rf"\b(?:the|our|your|die|der|unsere)\s+(?P<wd>{_WD_FULL})\s+(?=[^\W\d])(?!um\b|at\b)", _F
)
# "am do um 10", "bis Fr", "von Di auf Do": a short weekday only after a preposition, not
# before a date;
# "Termin Do 9:00", "Mi 14 Uhr": capitalised, right before its clock time
_SHORT_WEEKDAY = re.compile(
    r"(?:(?<=\bam\s)|(?<=\bbis\s)|(?<=\bab\s)|(?<=\bauf\s)|(?<=\bfür\s)|(?<=\bfuer\s)"
    r"|(?<=\bvon\s)|(?<=\bvom\s))"
    # "Mo bis Fr erreichbar": a span of weekdays, office hours, no day
    + "".join(rf"(?<!\b{day}\sbis\s)(?<!\b{day}\.\sbis\s)" for day in ("mo", "di", "mi", "do"))
    + r"(?P<wd>mo|di|mi|do|fr|sa|so)\b"
    # "für fr. krämer": the title of the person it is for, not a Friday
    r"(?!(?<=\bfür\sfr)\.\s+[^\W\d])(?!(?<=\bfuer\sfr)\.\s+[^\W\d])\.?"
    r"(?!\s*\d{1,2}\.)"
    # "von Mo bis Fr", "ab Mo–Fr": a span of weekdays starts here, no day
    r"(?!\s*(?:bis|-|–)\s*(?:mo|di|mi|do|fr|sa|so)\b)"
    r"|(?<![-–/])(?<![-–/]\s)(?<!bis\s)\b(?-i:(?P<wd_timed>Mo|Di|Mi|Do|Fr|Sa))\b\.?"
    r"(?=\s+(?:um\s+)?\d{1,2}(?::\d{2}|\s*uhr\b|\.\d{2}\s*uhr\b))",
    _F,
)
_RELATIVE = (
    (
        re.compile(
            r"\b(?:über|ueber)morgen\b|\bthe\s+day\s+after\s+tomorrow\b|\bday\s+after\s+tomorrow\b",
            _F,
        ),
        2,
    ),
    (
        re.compile(
            r"(?<!guten )(?<!am )(?<!heute )(?<!jeden )(?<!den )\bmorgen\b|\btomorrow\b", _F
        ),
        1,
    ),
    # "Frau X war heute da", "kam heute vorbei": a visit reported, not a day the email is about
    (
        re.compile(
            r"(?<!\bwar )(?<!\bwaren )(?<!\bkam )(?<!\bkamen )\bheute\b(?!\s+(?:da|hier|vorbei)\b)"
            r"|\btoday\b",
            _F,
        ),
        0,
    ),
)


# "bis Ende Januar", "by the end of the month": a deadline in words, no day to compute; the
# draft names it as typed.
_WORDED_DEADLINE = re.compile(
    r"\b(?:bis|spätestens|by|until|before)\s+(?:(?:zum|zur|the)\s+)?"
    r"(?P<when>(?:ende|anfang|mitte|end|beginning|middle)\s+(?:(?:des|der|of)\s+)?(?:(?:the)\s+)?"
    rf"(?:monats|woche|month|week|nächste[nr]?\s+woche|next\s+(?:week|month)|{_alt(_FULL_MONTHS)}"
    r"|jan|feb|mär|apr|aug|sept?|okt|nov|dez))\b",
    _F,
)


def worded_deadline(text: str) -> str | None:
    """A deadline the request gives in words only ("bis Ende Januar"), as typed."""
    match = _WORDED_DEADLINE.search(text)
    return match["when"] if match else None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in the text; ``day`` is None for a date that cannot exist ("30.02.")."""

    start: int
    end: int
    day: date | None
    written: str = ""


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank ``spans`` out (keeping positions) so later patterns do not read them again."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _nearest(today: date, month: int, day: int) -> date | None:
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - today).days), default=None)


def _could_be_date(match: re.Match[str]) -> bool:
    """Day and month in range: "30.02." is a date typed wrongly, "45.13." is no date at all."""
    month = MONTHS[match["mn"].lower()] if "mn" in match.re.groupindex else int(match["m"])
    return 1 <= int(match["d"]) <= 31 and 1 <= month <= 12


def _explicit(match: re.Match[str], today: date) -> date | None:
    day = int(match["d"])
    month = MONTHS[match["mn"].lower()] if "mn" in match.re.groupindex else int(match["m"])
    year_text = match.groupdict().get("y")
    if not year_text:
        return _nearest(today, month, day)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# "seit Montag", "letzten Freitag", "since Monday": a weekday that has been
_PAST_BEFORE = re.compile(
    r"\b(?P<word>seit|letzten|vergangenen|since|last)\s+(?:dem\s+)?$", re.IGNORECASE
)


# How far from today a date typed with its year may lie to be the one the request's other
# dates are near: a course "ab 6.9.2027" is, a birth date "geb. 12.3.2008" is not.
_NEAR_DAYS = 366


def _near_year_date(text: str, today: date) -> date:
    """The date year-less dates are read near: the first date typed with its year and within a
    year of today ("Kurs ab 6.9.2027, Anmeldung bis 15.8." is August 2027, not the nearer past
    August), else today."""
    typed = []
    for pattern in _EXPLICIT:
        for match in pattern.finditer(text):
            if match.groupdict().get("y") and (day := _explicit(match, today)) is not None:
                typed.append((match.start(), day))
    near = [day for _, day in sorted(typed) if abs((day - today).days) <= _NEAR_DAYS]
    return near[0] if near else today


def _after(today: date, weekday: int) -> date:
    """The first such weekday strictly after today."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _shifted(today: date, days: int) -> Callable[[re.Match[str]], date]:
    def resolve(match: re.Match[str]) -> date:
        del match
        return today + timedelta(days=days)

    return resolve


def find_dates(text: str, today: date) -> tuple[list[DateMention], list[Notice]]:
    """All dates in ``text`` in reading order, and notices about doubtful readings."""
    found: list[DateMention] = []
    notices: list[Notice] = []
    typed = text

    def take(
        pattern: re.Pattern[str],
        resolve: Callable[[re.Match[str]], date | None],
        keep_impossible: bool = False,
    ) -> None:
        nonlocal text
        spans = []
        for match in pattern.finditer(text):
            day = resolve(match)
            if day is None and keep_impossible and _could_be_date(match):
                # kept as typed and flagged: the counsellor decides what was meant
                written = match.group(0).strip()
                found.append(DateMention(match.start(), match.end(), None, written))
                notices.append(Notice("impossible", None, written=written))
                spans.append((match.start(), match.end()))
            elif day is not None:
                found.append(DateMention(match.start(), match.end(), day, match.group(0)))
                spans.append((match.start(), match.end()))
        text = mask(text, spans)

    near = _near_year_date(text, today)

    def explicit(match: re.Match[str]) -> date | None:
        day = _explicit(match, near)
        stated = match.groupdict().get("wd")
        if day is not None and stated and WEEKDAYS[stated.lower()] != day.weekday():
            notices.append(Notice("weekday_mismatch", day, WEEKDAYS[stated.lower()]))
        return day

    def next_week(match: re.Match[str]) -> date:
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday + timedelta(days=WEEKDAYS[match["wd"].lower()])

    def next_weekday(match: re.Match[str]) -> date:
        day = _after(today, WEEKDAYS[match["wd"].lower()])
        if day.isocalendar()[:2] == today.isocalendar()[:2]:
            # "nächsten Donnerstag" said on a Monday may well mean the week after.
            notices.append(Notice("next_weekday_ambiguous", day))
        return day

    def said(resolve: Callable[[re.Match[str]], date]) -> Callable[[re.Match[str]], date]:
        """A day computed from a word ("morgen", "Freitag"): the request gave no date, so the
        counsellor is told which one the draft names."""

        def resolved(match: re.Match[str]) -> date:
            day = resolve(match)
            if not any(n.kind == "next_weekday_ambiguous" and n.day == day for n in notices):
                notices.append(Notice("relative", day, written=match.group(0).strip()))
            return day

        return resolved

    def weekday_after(match: re.Match[str]) -> date:
        weekday = WEEKDAYS[(match.groupdict().get("wd") or match["wd_timed"]).lower()]
        before = _PAST_BEFORE.search(match.string, 0, match.start())
        if before is not None:  # "fehlt seit Montag": the day has been, not the one to come
            back = (today.weekday() - weekday) % 7
            strictly = before["word"].lower() not in ("seit", "since")
            return today - timedelta(days=back or (7 if strictly else 0))
        return _after(today, weekday)

    for pattern in _EXPLICIT:
        take(pattern, explicit, keep_impossible=True)
    for pattern in _NEXT_WEEK:
        take(pattern, said(next_week))
    take(_NEXT_WEEKDAY, said(next_weekday))
    text = mask(text, [match.span("wd") for match in _NAMING.finditer(text)])
    take(_BARE_WEEKDAY, said(weekday_after))
    take(_SHORT_WEEKDAY, said(weekday_after))
    for pattern, offset in _RELATIVE:
        take(pattern, said(_shifted(today, offset)))
    found.sort(key=lambda mention: mention.start)
    return in_order(typed, found, notices, WEEKDAYS)
