"""A fact confirmed is no appointment confirmed.

"kurz bestätigen, dass sie am 1.8. anfangen kann", "bestätige die Zusage", "confirm that his
course is paid": the email tells the fact, the appointment confirmation's template (date,
time, place of "unser Termin") would say what the request never said. A clause about an
appointment ("bestätigen, dass der Termin bleibt") still confirms the appointment.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE
# the verb, not the noun: "Bestätigung, dass Emre das Praktikum … macht" asks for the
# placement's confirmation (skills.email.events), which names what, when and where
_VERB = r"\b(?:bestätig(?!ung)\w*|confirm(?!ation)\w*)"
# who it is confirmed to and how: "bestätige ihm kurz", "confirm to her"
_BETWEEN = (
    r"(?:\s+(?:ihm|ihr|ihnen|dir|euch|him|her|them|you|to|kurz|bitte|gerne|gern|hiermit|noch"
    r"|schriftlich|hereby))*"
)
# "bestätign das die kosten …": "das" typed for "dass" has an article or a person after it
_THAT = (
    r"(?:dass|daß|that"
    r"|das(?=\s+(?:der|die|das|den|dem|er|sie|es|ihr\w*|sein\w*|du|ich|wir|frau|herr\w*)\b))\b"
)
_FACT_NOUN = r"(?:zusage|eingang|erhalt|kostenübernahme|receipt)"
_FACT_CONFIRMED = re.compile(
    rf"{_VERB}{_BETWEEN}\s*,?\s*{_THAT}[^.!?\n]*"
    rf"|{_VERB}\s+(?:(?:die|den|the|his|her|their|seine|ihre)\s+)?{_FACT_NOUN}\b[^.!?\n]*"
    rf"|\b{_FACT_NOUN}\s+(?:\w+\s+){{0,3}}?bestätig\w*[^.!?\n]*",
    _F,
)
_APPOINTMENT_WORD = re.compile(r"termin|appointment|meeting|gespräch", _F)
# The order to confirm, up to the clause it opens: "kurz bestätigen, dass ", "ich bestätige,
# dass ", "und bestätige ihm dass ", "to confirm that "
_ORDER = re.compile(
    rf"(?:\b(?:ich|wir|und|to)\s+)?(?:\b(?:kurz|bitte|noch)\s+)*{_VERB}{_BETWEEN}\s*,?\s*"
    rf"{_THAT}\s*",
    _F,
)


def without_confirmed_facts(text: str) -> str:
    """``text`` with each fact it confirms blanked out (an appointment's stays)."""

    def drop(match: re.Match[str]) -> str:
        said = match.group(0)
        return said if _APPOINTMENT_WORD.search(said) else " " * len(said)

    return _FACT_CONFIRMED.sub(drop, text)


def confirm_orders(text: str) -> list[tuple[int, int]]:
    """Where the request orders a fact confirmed ("kurz bestätigen, dass "): carried out by the
    letter's own telling of the clause, never written."""
    spans = []
    for found in _ORDER.finditer(text):
        if not _APPOINTMENT_WORD.search(text, found.end(), _sentence_end(text, found.end())):
            spans.append(found.span())
    return spans


def _sentence_end(text: str, at: int) -> int:
    end = re.compile(r"[.!?\n](?!\d)").search(text, at)
    return end.start() if end else len(text)
