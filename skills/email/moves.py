"""A move between two weekdays ("von Di auf Do", "from Wednesday to Friday") read as one
week: the new day is never put before the old one when it comes later in the week.

Each weekday alone resolves to its next occurrence after today, so on a Wednesday "von Di auf
Do" read next Tuesday and this Thursday: the new appointment two days before the one it
replaces. A later weekday is taken in the old day's week instead; an earlier one ("von Freitag
auf Mittwoch") may well mean this week's and stays as it was read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from skills.email.model import Notice

if TYPE_CHECKING:
    from skills.email.dates import DateMention

# Between the old day and the new one: "Di 10 Uhr auf Do", "Wednesday to Friday"
_MOVED_TO = re.compile(
    r"^[^.!?\n;]{0,30}?\b(?:auf|nach|to|until|till)\s+(?:den\s+|the\s+)?$", re.IGNORECASE
)
_WORD = re.compile(r"[a-zäöü]+", re.IGNORECASE)


def _weekday(mention: DateMention, weekdays: dict[str, int]) -> int | None:
    """The weekday a mention was read from ("am Do", "Friday"), None for a written date."""
    if any(char.isdigit() for char in mention.written):
        return None
    words = _WORD.findall(mention.written)
    return weekdays.get(words[-1].lower()) if words else None


def in_order(
    text: str,
    found: list[DateMention],
    notices: list[Notice],
    weekdays: dict[str, int],
) -> tuple[list[DateMention], list[Notice]]:
    """``found`` (in reading order) with each new weekday of a move put after the old one."""
    moved = list(found)
    for i in range(len(moved) - 1):
        old, new = moved[i], moved[i + 1]
        old_wd, new_wd = _weekday(old, weekdays), _weekday(new, weekdays)
        if old_wd is None or new_wd is None or old.day is None or new.day is None:
            continue
        if new_wd <= old_wd or new.day > old.day:
            continue
        if not _MOVED_TO.match(text[old.end : new.start]):
            continue
        day = old.day + timedelta(days=new_wd - old_wd)
        moved[i + 1] = replace(new, day=day)
        notices = [
            replace(n, day=day) if n.kind == "relative" and n.day == new.day else n
            for n in notices
        ]
    return moved, notices
