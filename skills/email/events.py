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
    r"\b(?P<prep>zur|zum|zu\s+(?:unserer|unserem|einer|einem)|to\s+(?:the|our|a)"
    r"|(?:an|für|über|wegen)\s+(?:den|die|das|unseren?|unsere|des|der|dem)|bzgl\.?)\s+",
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
        if lexicon.document_word.fullmatch(noun.group(0)):
            continue  # "Attest" ends like "Test" but is a document
        prep = match["prep"].lower()
        # "zur Messe" reads well in "… lade ich Sie zur Messe ein"; "an den …" does not
        return Event(
            noun.group(0), prep if prep in ("zur", "zum") else "", match.start(), noun.end()
        )
    # "Erinnerung an Frau Krause: Vorstellungsgespräch bei …": an event noun on its own
    for noun in lexicon.event_noun.finditer(text):
        word = noun.group(0)
        if word.lower() in lexicon.generic_events or word in lexicon.not_names:
            continue
        if not lexicon.document_word.fullmatch(word):  # "Attest" is a document, no "Test"
            return Event(word, "", noun.start(), noun.end())
    return None
