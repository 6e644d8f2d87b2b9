"""Signs that lead a note line and say something of it: check marks, clock times, arrows.

"✓ Lebenslauf fertig" is done, "✗ Foto fehlt" and "[ ] Zeugnis kopieren" are missing;
"TOP 2 Stand Praktikumsbörse" opens an item of a meeting's agenda; "09:40 Vater will sich das
überlegen" is led by the time it was said; and where nearly every line opens with "=>" the
arrow is only the writer's bullet, not a step that follows from the talk.
"""

from __future__ import annotations

import re
from enum import Enum


class Check(Enum):
    """What a check mark says of its line."""

    DONE = "done"
    MISSING = "missing"


_CHECK = re.compile(r"^\s*(?:[-–—*•]\s*)?(?P<mark>[✓✔☑✅]|[✗✘❌☒☐□]|\[[xX ]\])\s*")
_MISSING = frozenset("✗✘❌☒☐□") | {"[ ]"}  # crossed out, or an empty box not yet ticked
# "09:40 Vater …", "14.05 Uhr TN erscheint": a clock time as the line's first word
_CLOCK = re.compile(r"^\W*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h)\b)?[\s:–—-]*", re.IGNORECASE)
# "TOP 2 Stand Praktikumsbörse": an item of a meeting's agenda (upper case, as protocols write it)
_AGENDA = re.compile(r"^\W*(?:TOP|Tagesordnungspunkt)\s*\d{1,2}[a-z]?\b[.:)]?\s*")
_ARROW_LEAD = re.compile(r"^\s*(?:-+>|=>|→|⇒)")
_ARROW_BULLETS = 0.5  # more than this share of the lines led by an arrow: it is a bullet


def read_check(line: str) -> tuple[str, Check | None]:
    """``line`` without a leading check mark, and what the mark says (None without one)."""
    found = _CHECK.match(line)
    if found is None:
        return line, None
    mark = found.group("mark")
    check = Check.MISSING if mark in _MISSING else Check.DONE
    return line[found.end() :], check


def agenda_title(sentence: str) -> str | None:
    """The title of an agenda item ("Termine" of "TOP 3 Termine"), or None for another line."""
    found = _AGENDA.match(sentence)
    return None if found is None else sentence[found.end() :]


def without_clock(sentence: str) -> str:
    """``sentence`` without a leading clock time: cue words that must open a note ("Vater
    will …", "ich: …") still find their start. The item itself keeps the time."""
    return _CLOCK.sub("", sentence, count=1) if sentence[:1].isdigit() else sentence


def arrows_are_bullets(raws: list[str]) -> bool:
    """Whether the writer leads (nearly) every line with an arrow: then it marks no step."""
    lines = [raw for raw in raws if raw.strip()]
    arrows = sum(_ARROW_LEAD.match(raw) is not None for raw in lines)
    return arrows >= 3 and arrows > _ARROW_BULLETS * len(lines)
