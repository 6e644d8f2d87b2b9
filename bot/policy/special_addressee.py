"""The person a mail is written to, as the person of a weak Art. 9 cue in the mail's text.

A mail request names its addressee once, in its opening ("mail an Fr. Öz:", "Schreib Jonas:",
"schreib Frau Kaya, dass …"); what follows speaks of the addressee without naming them again:
"Termin verschoben, ab Mo in der Reha", "gute Besserung nach der OP", "wegen der Therapie
verschieben wir". A weak cue (a place or a treatment as often as data) in such a clause is the
addressee's when it is a stay or a time ("in der Reha", "nach der OP") in a clause about no
event, or the reason given ("wegen Reha"). The place of an appointment or an event is no stay
("Infotag in der Reha-Klinik", "wir treffen uns im Krankenhaus-Foyer"); a mail to colleagues,
the team or a group names no client. The words live in ``special_addressee.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.special_clauses import names_a_person
from bot.policy.special_patterns import context_patterns
from bot.word_lists import alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("special_addressee.yaml")
_LETTER = r"[^\W\d_]"


class _Patterns(NamedTuple):
    opening: re.Pattern[str]
    stay: re.Pattern[str]
    reason: re.Pattern[str]
    wish: re.Pattern[str]
    event: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    # (a determiner, a possessive or an adjective may stand between the word and the cue;
    # not the counsellor's own: "wegen meiner OP")
    between = rf"(?:\s+(?!(?i:mein|unser){_LETTER}){_LETTER}+(?:e|en|er|es|em))?\s+$"
    return _Patterns(
        re.compile(
            rf"^\s*(?:{_LETTER}+[ \t]+){{0,3}}?(?:{alternation(data['openers'])})"
            rf"(?!{_LETTER})[^:\n]{{0,60}}?(?::|,?[ \t]+dass(?!{_LETTER}))",
            re.IGNORECASE,
        ),
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['stay_before'])}){between}", re.I),
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['reasons'])}){between}", re.I),
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['wishes'])})(?!{_LETTER})", re.I),
        re.compile(rf"(?:{alternation(data['events'])})(?!{_LETTER})", re.IGNORECASE),
    )


def addressee_end(text: str) -> int | None:
    """Where the opening of a request for a mail to one named person ends, or None: the
    opening names a person and no colleague ("mail an Kollegin Schulte: …") nor a group
    ("Mail an alle Teilnehmenden: …" names no person)."""
    opening = _patterns().opening.match(text)
    if opening is None:
        return None
    head = opening.group()
    own = context_patterns()[0]
    if own.search(head) or not names_a_person(head):
        return None
    return opening.end()


def the_addressees(text: str, clause: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether the weak cue at ``cue`` (start, end), in the ``clause`` (start, end) that names
    nobody, is the addressee's: in the mail's text, the reason given, or a stay, a time or
    what the mail wishes the addressee well about, in a clause about no event."""
    end = addressee_end(text)
    if end is None or cue[0] < end:
        return False
    patterns = _patterns()
    before = text[max(clause[0], cue[0] - 40) : cue[0]]
    if patterns.reason.search(before):
        return True
    if patterns.event.search(text, clause[0], clause[1]):
        return False
    return bool(patterns.stay.search(before) or patterns.wish.search(text, end, cue[1]))
