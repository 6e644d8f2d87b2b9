"""A purpose word typed with a slip of the finger ("einladnug", "erinnrung", "absge",
"bestaetigun", "remider"): read as the word meant, before the request is routed, classified
and carried, so the draft is the purpose's template and the slip is no line of it."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

# The nouns that name what an email is for ("Einladung an …", "Absage für …").
PURPOSE_NOUN = (
    r"(?:absage|erinnerung|bestätigung|terminbestätigung|einladung|terminerinnerung|terminabsage"
    r"|terminverschiebung|verschiebung|verlegung|terminänderung|raumänderung|nachbereitung"
    r"|unterlagen\s+anfordern|unterlagenanforderung|dank\w*|kurze\s+infos?|infos?|nachricht"
    r"|anfrage|nachfrage|rückfrage|mitteilung|rückmeldung|zusage|antwort|brief|terminvorschlag"
    r"|glückwunsch|weiterleitung|vermittlung|verweis|reminder|invitation|confirmation|cancellation"
    r"|follow[- ]?up|thank-?you(?:\s+note)?|ablehnung|zwischennachricht|rejection|referral)"
)
# The plain nouns one slip cannot turn into another word: seven letters and more, and the
# two short ones a cancellation and an acceptance are named by.
_SLIP_NOUNS: tuple[str, ...] = (
    *dict.fromkeys(re.findall(r"(?<![\\\w])[a-zäöüß]{7,}", PURPOSE_NOUN)),
    "absage",
)
_SHORTEST = 5  # "absge": a shorter word is too near too many others
_NAMED = re.compile(PURPOSE_NOUN, re.IGNORECASE)
# The first word, after "bitte" or a mail command ("mail erinnrung an …")
_LEADING_WORD = re.compile(
    r"^(\s*(?:(?:bitte|mail|e-?mail|please)\s+)?)([\wäöüß]+)", re.IGNORECASE
)
# Umlauts typed as two letters: "bestaetigung", "aenderung"
_UMLAUTS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))


def _with_umlauts(word: str) -> str:
    for typed, umlaut in _UMLAUTS:
        word = word.replace(typed, umlaut)
    return word


# The order to write as typed fast ("shcreib", "schrieb"): one slip from "schreib", and not
# a form of the verb itself ("schrieb", "schreibt", "schreibe" say something else).
_WRITE = "schreib"
_WRITE_FORMS = frozenset({"schrieb", "schreibt", "schreibe", "schreiben", "schreibst"})


def _write_slip(word: str) -> bool:
    lowered = word.lower()
    if lowered == _WRITE or lowered in _WRITE_FORMS or not word.islower():
        return False
    return OSA.distance(lowered, _WRITE, score_cutoff=1) <= 1


def slip_fixed(text: str) -> str:
    """``text`` with a first word one slip from a purpose noun written right ("einladug zum
    Beratungsgespräch" reads as "einladung zum …"); other text unchanged."""
    match = _LEADING_WORD.match(text)
    if match is None or len(match[2]) < _SHORTEST:
        return text
    typed = str(match[2])
    if _write_slip(typed):  # "shcreib frau hübner, …": the order to write, typed fast
        return text[: match.start(2)] + "schreib" + text[match.end(2) :]
    word = _with_umlauts(typed.lower())
    if _NAMED.fullmatch(typed) or _NAMED.fullmatch(word) or word.startswith(_SLIP_NOUNS):
        return text  # written right (or a form of it: "Absagen", "Einladungen")
    for noun in _SLIP_NOUNS:
        if len(noun) < 7 and len(word) > len(noun) + 1:
            continue
        if OSA.distance(word, noun, score_cutoff=1) <= 1:
            fixed = noun.capitalize() if typed[:1].isupper() else noun
            return text[: match.start(2)] + fixed + text[match.end(2) :]
    return text
