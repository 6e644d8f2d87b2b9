"""Whom a request writes to when it names them by a role or an office, or by a first name
before the verb: "bitte was ans Jobcenter Unna schreiben", "kannst du der Klasse 9a was
schicken", "An das Team der Kita Sonnenschein: …", "Jonas erinnern: …"."""

from __future__ import annotations

import re

from skills.email.parties import could_be_first_name
from skills.email.services import SERVICE_PATTERN
from skills.email.words import words

_F = re.IGNORECASE
_SERVICE = re.compile(SERVICE_PATTERN, _F)
# Whom to write to by their role or office, the verb last: "an die Schule schicken, dass …",
# "der Klasse 9a was schicken", "dem Betrieb Bescheid geben".
_TO_ROLE_LAST = re.compile(
    r"(?:(?P<to>\ban(?:s|\s+(?:die|den|das|dem)))|\b(?:der|dem|den))\s+(?P<noun>[\wäöüß-]+)\b"
    r"[^.!?\n:]{0,40}?\b(?:schreiben|mailen|schicken|senden|mitteilen|ausrichten"
    r"|bescheid\s+(?:geben|sagen))\b",
    _F,
)
# It is an order when it opens its clause, with no more than these words before it ("bitte",
# "kannst du", "kurz was"); "er soll es an die Firma schicken" reports what someone does.
_OPENING_WORDS = re.compile(
    r"\s*(?:(?:bitte|pls|kurz|mal|noch|schnell|was|etwas|ne|eine|kurze|nachricht|info"
    r"|(?:kannst|könntest)\s+du)\s+)*",
    _F,
)
_CLAUSE_END = re.compile(r"[.,;:!?\n–—]")
# A request headed by whom it is for, named by a role: "An das Team der Kita …: …",
# "an die Klassenleitung der 9c: …" (any noun after the German "an"), "to the HR department:
# …" (only a role: "To the point: …" is no addressee).
_HEADED_BY_ROLE = re.compile(
    r"^\s*(?:bitte\s+)?(?:(?P<an>an)|to)\s+(?:das|die|den|dem|the|our|unsere?n?)\s+"
    r"(?P<noun>[\wäöüß-]+)[^:\n]{0,60}:\s",
    _F,
)
# A first name, then the infinitive of what to do: "Jonas erinnern: …", "Lena einladen zum …".
_NAME_THEN_VERB = re.compile(
    r"^\s*(?:bitte\s+)?(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:bitte\s+)?(?:einladen|erinnern|absagen"
    r"|anschreiben|informieren|benachrichtigen|bescheid\s+(?:geben|sagen))\b"
)


def is_recipient(noun: str) -> bool:
    """``noun`` names someone a text may be for: a role ("Klassenlehrerin", "Betrieb") or a
    service ("Jobcenter")."""
    lexicon = words()
    if lexicon.recipient_noun.fullmatch(noun) or _SERVICE.fullmatch(noun):
        return True
    return any(pattern.fullmatch(noun) for pattern in lexicon.roles.values())


def written_to_role(flat: str) -> bool:
    """A role or an office the request writes to: with the verb last ("was ans Jobcenter
    schreiben") or heading the request ("An das Team der Kita …: …")."""
    for last in _TO_ROLE_LAST.finditer(flat):
        # "an"/"ans" names whom to write to, whatever the name ("ans Autohaus Kern"); a bare
        # article only a role ("der Klasse 9a", not "den Lebenslauf")
        if _opens_clause(flat, last.start()) and (last["to"] or is_recipient(last["noun"])):
            return True
    headed = _HEADED_BY_ROLE.match(flat)
    if headed is None:
        return False
    noun = headed["noun"]
    return is_recipient(noun) or bool(headed["an"] and noun[:1].isupper())


def _opens_clause(text: str, start: int) -> bool:
    """Only opening words stand between the start of the clause and ``start``."""
    ends = [match.end() for match in _CLAUSE_END.finditer(text, 0, start)]
    return _OPENING_WORDS.fullmatch(text, ends[-1] if ends else 0, start) is not None


def named_then_told(flat: str) -> bool:
    """A first name opens the request, then what to do for them ("Jonas erinnern: …")."""
    match = _NAME_THEN_VERB.match(flat)
    return match is not None and could_be_first_name(match["name"])
