"""The person one registers with, replies to or turns to, named beside the addressee.

"Einladung an alle Teilnehmenden …: Anmeldung bis 5.3. bei Frau Yilmaz" is written to the
participants; Frau Yilmaz is whom they register with. She is never greeted, and an invitation
asks its readers to register with her, not to answer the counsellor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

Span = tuple[int, int]

# Words that send the reader to someone: registering ("Anmeldung", "sign up"), replying
# ("Rückmeldung", "RSVP") or asking ("Rückfragen", "questions go to")
_REGISTER = (
    r"anmeld\w*|an\s*melden|meldet?\s+(?:dich|sich|euch)|meldest\s+du\s+dich"
    r"|sign\s+up|register\w*"
)
_REPLY = r"rückmeld\w*|rückfrage\w*|fragen|rsvp|questions?(?:\s+go)?|repl(?:y|ies)"
# The cue, then within its clause a preposition and at most two words ("meiner Kollegin",
# "your teacher") right before the person.
_REFERRED_TO = re.compile(
    rf"\b(?P<cue>{_REGISTER}|{_REPLY})\b[^,:;\n]*?\b(?P<prep>bei|an|mit|with|to)\s+"
    r"(?P<role>(?:\S+\s+){0,2}?)$",
    re.IGNORECASE,
)
_REGISTERING = re.compile(_REGISTER, re.IGNORECASE)
# A clause ends at a comma, colon, semicolon, line end, or a full stop that ends no date or
# abbreviation ("bis 5.3. bei", "Mr. Green").
_CLAUSE_MARK = re.compile(r"[,:;\n]|(?<![\d.]\w)(?<![\d.])(?<!\b\w\w)\.(?=\s)")
# Words that may stand between the cue and its preposition without saying anything the
# reply line does not (the deadline is placed on its own): "Anmeldung bitte bis 5.3. bei"
_BETWEEN_WORDS = frozenset(
    {"bitte", "gerne", "gern", "please", "bis", "spätestens", "by", "until", "zum", "am", "den"}
)
_DATE_WORD = re.compile(
    r"\d|^(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|mo|di|mi|do|fr"
    r"|sa|so|mon|tue|wed|thu|fri|sat|sun)\w*\.?$",
    re.IGNORECASE,
)


class Kind(Enum):
    REGISTER = "register"  # "Anmeldung bei …", "sign up with …"
    REPLY = "reply"  # "Rückmeldung an …", "RSVP to …"


@dataclass(frozen=True, slots=True)
class Referred:
    """Whom the readers turn to, as typed ("meiner Kollegin Frau Aydin"), and how."""

    kind: Kind
    person: str
    span: Span  # from the cue to the person's name: what the reply line says
    person_at: Span  # the person's title and name
    exact: bool  # nothing but a deadline stands between the cue and the person


def _before(text: str, start: int) -> tuple[int, re.Match[str] | None]:
    marks = [mark.end() for mark in _CLAUSE_MARK.finditer(text, 0, start)]
    clause = marks[-1] if marks else 0
    return clause, _REFERRED_TO.search(text[:start], clause)


def referred_to(text: str, start: int) -> bool:
    """Whether the person named at ``start`` is the one to register with, reply or turn to;
    a request that opens with the cue ("Rückmeldung an Frau Weber: …") is written to them."""
    _, found = _before(text, start)
    return found is not None and text[: found.start()].strip() != ""


# The person after the cue's preposition: a title and one name ("Frau Yilmaz", "Ms. Rahimi",
# "frau hofmann"), maybe after two words of who they are ("meiner Kollegin", "your teacher")
_PERSON = re.compile(
    r"(?P<role>(?:\S+\s+){0,2}?)(?P<person>(?:frau|herrn?|fr\.|hrn?\.|mrs?\.?|ms\.?|miss)\s+"
    r"(?:(?:dr|prof)\.\s*)*[^\W\d_][\w'’-]*[^\W\d_]|(?:dr|prof)\.\s*[^\W\d_][\w'’-]*[^\W\d_])",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"\b(?P<cue>{_REGISTER}|{_REPLY})\b(?P<between>[^,:;\n]*?)\b(?P<prep>bei|an|mit|with|to)\s+",
    re.IGNORECASE,
)


def find_referred(text: str) -> Referred | None:
    """The first person the request names as whom its readers register with or reply to."""
    for found in _AFTER.finditer(text):
        named = _PERSON.match(text, found.end())
        if named is None or not referred_to(text, named.start("person")):
            continue
        exact = all(
            word.lower() in _BETWEEN_WORDS or _DATE_WORD.search(word)
            for word in found["between"].split()
        )
        kind = Kind.REGISTER if _REGISTERING.fullmatch(found["cue"]) else Kind.REPLY
        person = " ".join((named["role"] + _capitalised(named["person"])).split())
        return Referred(kind, person, (found.start(), named.end()), named.span("person"), exact)
    return None


def _capitalised(person: str) -> str:
    """ "frau hofmann" as "Frau Hofmann": a name typed in lower case, written as a name."""
    return " ".join(word[:1].upper() + word[1:] for word in person.split())
