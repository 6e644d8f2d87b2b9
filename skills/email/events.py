"""The event an email is about, as typed: a quoted title or a named event after "zur"/"zum"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skills.email.words import words

_QUOTED = re.compile(
    r"(?:\b(?P<prep>zur|zum|zu|für\s+(?:die|den|das)|to\s+(?:the|our))\s+)?"
    r"(?:(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s*:?\s+)?"
    r"[„\"“‚»](?P<title>[^\"“”„»«\n]{2,80}?)[“\"”‘«]",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?P<prep>zur|zum|zu\s+(?:unserer|unserem|einer|einem)|to\s+(?:the|our|a))\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Event:
    """``text`` e.g. "Gruppeninfo „Ausbildung in der Pflege“"; ``prep`` "zur" when typed."""

    text: str
    prep: str
    start: int
    end: int


def find_event(text: str) -> Event | None:
    lexicon = words()
    for match in _QUOTED.finditer(text):
        noun = match["noun"] or ""
        if noun in lexicon.not_names and noun not in ("Termin",):
            noun = ""
        title = f"{noun} „{match['title'].strip()}“" if noun else f"„{match['title'].strip()}“"
        prep = (match["prep"] or "").lower() if noun else ""
        return Event(title, prep, match.start(), match.end())
    for match in _NAMED.finditer(text):
        noun = lexicon.event_noun.match(text, match.end())
        if noun is None or noun.group(0).lower() in lexicon.generic_events:
            continue
        return Event(noun.group(0), match["prep"].lower(), match.start(), noun.end())
    return None
