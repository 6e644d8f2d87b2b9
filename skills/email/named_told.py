"""A carried sentence that opens with the addressee's own name, told to them: "Herr Brandt
möchte seinen Termin am 26.01. absagen" in a mail to Herrn Brandt becomes "Sie möchten Ihren
Termin am 26.01. absagen", as "er möchte …" would (skills.email.told). The client's step stays
theirs: never "our appointment has to be rescheduled"."""

from __future__ import annotations

import re

from skills.email.model import EmailRequest
from skills.email.told import told_statements

_HONORIFIC = r"(?:frau|herrn?|hr\.?|fr\.|mrs?\.?|ms\.?|miss)\s+(?:(?:dr|prof)\.\s*)*"


def told_by_name(line: str, request: EmailRequest, du: bool, pronouns: frozenset[str]) -> str:
    """``line`` told to the addressee when it opens with their titled name and a verb the told
    sentences know; else ``line`` as it was."""
    people = request.addressee.people
    if len(pronouns) != 1 or len(people) != 1:
        return line
    opening = re.match(rf"{_HONORIFIC}{re.escape(people[0].surname)}\s+", line, re.IGNORECASE)
    if opening is None:
        return line
    told = told_statements(f"{next(iter(pronouns))} {line[opening.end() :]}", du, pronouns)
    if told is None:
        return line
    return told[:1].upper() + told[1:]
