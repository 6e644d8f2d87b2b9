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
# whom it is confirmed to, named between the word and its clause: "bestätige leon, dass",
# "Bestätigung an hr. okafor dass", "confirm to Mr. Owusu that", "eine Bestätigung an Herrn
# Kowalski schreiben, dass", "bestätigung an jana (du), dass"
_TITLE = r"(?:frau|herrn?|hr\.|fr\.|mrs?\.?|ms\.?|dr\.)"
_PERSON = rf"(?:{_TITLE}\s*)?[^\W\d_][\w-]*(?:\s+\([^()\n]{{1,20}}\))?"
_WRITE = r"(?:\s+(?:zu\s+)?(?:schreiben|schicken|senden|formulieren|geben))?"
_TO = rf"(?:\s+(?:an|für|to|for)\s+{_PERSON}{_WRITE})"
# The noun confirms a fact only when its clause says one done or settled ("dass er den Test
# bestanden hat", "dass die Anmeldung erledigt ist", "that her registration is complete"):
# "Bestätigung, dass Emre das Praktikum vom … macht" asks for the placement's confirmation
# (skills.email.events), which names what, when and where.
_NOUN = r"\b(?:bestätigung|confirmation)\b"
# a character of the clause: the dots of a date ("am 14.4. angemeldet") end no sentence
_IN = r"(?:[^.!?\n]|\.(?=\d)|(?<=\d\.\d)\.|(?<=\d\.\d\d)\.)"
_DONE = (
    r"(?:\s(?:hat|haben|ist|sind|wurde|wurden|worden)"
    r"|\b(?:is|are)\s+(?:complete|completed|done|confirmed|approved|settled)"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+\w+"
    r"|\b(?:passed|received|attended|completed|got|finished)\b[^.!?\n]*)"
)
_NOUN_CONFIRMED = rf"{_NOUN}{_TO}?\s*[,:]?\s*{_THAT}{_IN}*?{_DONE}(?=\s*(?:[,.!?\n]|$))"
_FACT_CONFIRMED = re.compile(
    rf"{_VERB}(?:{_TO}|\s+{_PERSON}(?=\s*,?\s*{_THAT}))?{_BETWEEN}\s*,?\s*{_THAT}{_IN}*"
    rf"|{_NOUN_CONFIRMED}{_IN}*"
    rf"|{_VERB}\s+(?:(?:die|den|the|his|her|their|seine|ihre)\s+)?{_FACT_NOUN}\b[^.!?\n]*"
    rf"|\b{_FACT_NOUN}\s+(?:\w+\s+){{0,3}}?bestätig\w*[^.!?\n]*",
    _F,
)
_APPOINTMENT_WORD = re.compile(r"termin|appointment|meeting|gespräch", _F)
# The order to confirm, up to the clause it opens: "kurz bestätigen, dass ", "ich bestätige,
# dass ", "und bestätige ihm dass ", "to confirm that ", "Bestätigung an Frau X, dass "
_ORDER = re.compile(
    rf"(?:\b(?:ich|wir|und|to)\s+)?(?:\b(?:kurz|bitte|noch)\s+)*"
    rf"(?:{_VERB}(?:{_TO}|\s+{_PERSON}(?=\s*,?\s*{_THAT}))?{_BETWEEN}"
    rf"|(?:\b(?:eine?|ne|a)\s+)?(?:\b(?:kurze|short)\s+)?{_NOUN}{_TO}?"
    rf"(?=\s*[,:]?\s*{_THAT}{_IN}*?{_DONE}))"
    rf"\s*[,:]?\s*{_THAT}\s*",
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
