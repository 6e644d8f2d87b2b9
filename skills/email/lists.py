"""Lists in a request as formatting: bullet lines and list marks, and the request with its
lists blanked out, so that what is left speaks about the email; what the lists hold is read
in skills.email.steps and skills.email.documents."""

from __future__ import annotations

import re

from skills.email.items import until_sentence_end
from skills.email.steps import STEPS_LABEL, inline_steps, next_meeting, numbered_marks

BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?P<item>.+?)[ \t]*$", re.MULTILINE)


def markers(text: str) -> list[tuple[int, int]]:
    """Where list markers ("- ", "2. ") stand: formatting, never a fact."""
    found = [(m.start(), m.start("item")) for m in BULLET.finditer(text)]
    return found + [m.span() for m in numbered_marks(text)]


def bullets(text: str) -> list[str]:
    return [match["item"] for match in BULLET.finditer(text)]


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_bullet(match: re.Match[str]) -> str:
    # the next meeting stays readable (its date is the appointment); other items are material
    if next_meeting(match["item"]):
        return (
            _blank(match.group(0)[: match.start("item") - match.start()])
            + match.group(0)[match.start("item") - match.start() :]
        )
    return _blank(match.group(0))


def strip_lists(text: str) -> str:
    """The request with bullet lines and steps sections blanked out (positions stay): what is
    left speaks about the email."""
    text = BULLET.sub(_blank_bullet, text)

    def steps(match: re.Match[str]) -> str:
        # only the list itself: "Vereinbart: A; B. Nächster Termin am 10.2." keeps the last
        # sentence
        rest = match["rest"]
        label = len(match.group(0)) - len(rest)
        numbered = inline_steps(rest)
        if numbered:  # the steps only: "3) nächster Termin 12.3." stays the next appointment
            kept = list(match.group(0))
            for start, end in [(0, label)] + [(label + a, label + b) for _, (a, b) in numbered]:
                kept[start:end] = _blank(match.group(0)[start:end])
            return "".join(kept)
        listed = label + len(until_sentence_end(rest))
        return _blank(match.group(0)[:listed]) + match.group(0)[listed:]

    return STEPS_LABEL.sub(steps, text)
