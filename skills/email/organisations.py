"""The organisation a mail is for ("an die Firma Müller GmbH", "dem Jobcenter") and the
contact person or verb named right after it."""

from __future__ import annotations

import re

from skills.email.services import SERVICE_PATTERN
from skills.email.words import words

Span = tuple[int, int]
# Whom the mail is for: "an die Firma …", "für den Betrieb …", or a dative after the verb
# ("Schreib der Firma Müller GmbH, dass …", "schreib dem Betrieb …").
_TARGET = re.compile(
    r"\b(?:(?:an|to|für|for)\s+(?:den|die|das|the|unseren?|einen?|ihren?)?|schreib\w*\s+(?:(?:bitte|mal|kurz|noch)\s+)*(?:der|dem))\s*",
    re.I,
)

_SERVICE = re.compile(SERVICE_PATTERN, re.IGNORECASE)
# The name after an organisation's noun: "Firma Müller GmbH", "Betrieb Tischlerei Holz & Form"
# (or a genitive: "Personalabteilung der Stadtwerke Hamm GmbH"; an office's district: "Schulamt
# für den Kreis Unna")
_ORGANISATION_NAME = re.compile(
    r"(?:[ \t]+(?:(?:&|der|des|für[ \t]+(?:die[ \t]+Stadt|den[ \t]+Kreis))[ \t]+)?"
    r"(?-i:[A-ZÄÖÜ])[\wäöüß.&-]*)*"
)

# A name typed all in lower case after a noun typed so ("an autohaus kemper:", "an die
# bäckerei schulte, …"): up to three words that close the addressing at a colon or comma
_LOWER_NAME = re.compile(
    r"(?:[ \t]+(?!(?:bitte|kurz|morgen|heute|wegen|bzgl|und|oder|mit|zum|zur|am|um|für|ob"
    r"|dass|das|der|die|den|dem|ich|wir|er|sie|es|pls|please)\b)[a-zäöüß][\wäöüß.&-]*){1,3}"
    r"(?=[ \t]*[:,])"
)


def organisation_span(text: str) -> tuple[Span, bool] | None:
    """Where the organisation the mail is for is named ("der Firma Müller GmbH"), and whether
    a name follows its noun (the bare noun, "der Schule", is what "Damen und Herren" says)."""
    lexicon = words().roles
    for match in _TARGET.finditer(text):
        noun = lexicon["organisation"].match(text, match.end())
        service = None if noun is not None else _SERVICE.match(text, match.end())
        found = noun or service
        if found is not None:
            name = _ORGANISATION_NAME.match(text, found.end())
            end = name.end() if name else found.end()
            if end == found.end() and found.group(0).islower():
                lower = _LOWER_NAME.match(text, found.end())
                end = lower.end() if lower else end
            # a service ("dem Jobcenter") is named by its noun: more than "Damen und Herren"
            return (found.start(), end), end > found.end() or service is not None
    return None


# "…, Ansprechpartner Herr Vogt": the contact person named right after the organisation
_CONTACT_AFTER = re.compile(
    r"\s*,\s*(?P<label>ansprechpartner(?:in)?|kontaktperson|contact(?:\s+person)?)\s*:?\s*",
    re.I,
)


# "… an die Agentur für Arbeit schreiben, dass …", "dem Ausbildungsbetrieb X mitteilen, dass"
VERB_AFTER = re.compile(
    r"(?:[ \t]+(?:ne|eine|kurz|kurze|was|etwas|bitte|mal))*[ \t]+"
    r"(?P<verb>schreiben|mailen|mitteilen|ausrichten|schicken|senden"
    r"|bescheid[ \t]+(?:geben|sagen))\b",
    re.IGNORECASE,
)


def contact_label(text: str, start: int, organisation: tuple[Span, bool] | None) -> Span | None:
    """ "Mail an die Firma Elektro Schulz GmbH, Ansprechpartner Herr Vogt: …": the contact
    person named with the organisation the mail is for is whom it greets (as after "z. Hd.");
    one named later ("Ansprechpartnerin vor Ort ist Frau Meyer") is not. The label's span,
    when the person at ``start`` is such a contact person (``organisation``: see
    :func:`organisation_span`)."""
    if organisation is None:
        return None
    (_, end), _ = organisation
    label = _CONTACT_AFTER.fullmatch(text, end, start)
    return label.span("label") if label else None
