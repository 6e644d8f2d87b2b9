"""Dates a counsellor should look at again: in the past, on a weekend, on an NRW holiday.

The date stays in the draft as given; the notice goes to the counsellor, outside the email.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

import holidays

from skills.email.model import Notice

_SATURDAY = 5


@cache
def _holidays(year: int, language: str) -> dict[date, str]:
    # The counselling service is in North Rhine-Westphalia.
    table = holidays.country_holidays("DE", subdiv="NW", years=year, language=language)
    return dict(table.items())


def holiday(day: date, language: str = "de") -> str | None:
    """The name of the NRW public holiday on ``day``, if it is one."""
    return _holidays(day.year, "de" if language == "de" else "en_US").get(day)


def date_notices(
    upcoming: Iterable[date], other: Iterable[date], today: date, language: str = "de"
) -> list[Notice]:
    """Notices for dates of the draft; only ``upcoming`` ones (appointments, deadlines) may
    not lie in the past, while a meeting a follow-up is about naturally does."""
    notices: list[Notice] = []
    upcoming = list(upcoming)
    for day in dict.fromkeys([*upcoming, *other]):
        if day in upcoming and day < today:
            notices.append(Notice("past", day))
        name = holiday(day, language)
        if name:
            notices.append(Notice("holiday", day, holiday=name))
        elif day.weekday() >= _SATURDAY:
            notices.append(Notice("weekend", day))
    return notices
