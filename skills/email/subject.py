"""A message's subject in the request's own word: "Zusage an Frau Petrović: …" is a
"Zusage", "Ablehnung an Herrn Marković: …" an "Ablehnung"; otherwise the counsellor fills in
"[Betreff]"."""

from __future__ import annotations

import re

from skills.email.decision import about_a_place, decision_kind
from skills.email.model import EmailRequest, Purpose
from skills.email.words import words

Span = tuple[int, int]
# The noun that opens the request, then whom it is for: "Zusage an …", "Info für …"
_OPENING = re.compile(
    r"^\s*(?:bitte\s+)?(?:(?:formulier\w*|schreib\w*|entwirf|verfass\w*|erstell\w*|write|draft)"
    r"\s+(?:mir\s+|me\s+)?)?(?:eine?n?\s+|an?\s+)?(?P<noun>[^\W\d_][\w-]*)\s+(?:an|für|to|for)\b",
    re.IGNORECASE,
)
# "eine Absage an Herrn Brandt", "Zusage schreiben an Frau Osei", "rejection to Mr. Haddad"
_DECISION_FOR = re.compile(
    r"\b(?P<noun>[^\W\d_]+)\s+(?:(?:schreiben|formulieren|schicken|senden|write|send)\s+)?"
    r"(?:an|für|to|for)\b",
    re.IGNORECASE,
)


def typed_subject(request: EmailRequest) -> tuple[str, Span] | None:
    """The purpose word a message opens with, capitalised, and where it was typed."""
    if request.purpose is not Purpose.MESSAGE:
        return None
    found = _OPENING.match(request.wording)
    if found is None or found["noun"].lower() not in words().message_subjects:
        # "Hilf mir, eine Absage an Herrn Brandt zu formulieren": a decision is the subject
        # wherever it is typed, when it says whom it is for
        decisions = (
            m for m in _DECISION_FOR.finditer(request.wording) if decision_kind(m["noun"])
        )
        found = next(decisions, None)
        if found is None:
            return None
    noun = found["noun"]
    return noun[:1].upper() + noun[1:], found.span("noun")


def decision(request: EmailRequest) -> str | None:
    """The decision a message is named for ("refusal", "acceptance"), if any. An Absage
    refuses a place only with a place outcome named ("…: der Kurs ist voll"); "Absage an die
    Bäckerei: das Praktikum fällt aus" calls something off and is told as typed."""
    typed = typed_subject(request)
    kind = decision_kind(typed[0]) if typed else None
    if kind == "refusal" and not about_a_place(request.wording, decided=True):
        return None
    return kind
