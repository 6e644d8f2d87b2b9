"""A follow-up's agreed steps told to the one person the email is for.

Counsellors dictate the steps as they would note them: "er bewirbt sich bis 15.02. bei drei
Betrieben, ich schicke ihm Adressen", "wir haben vereinbart, dass sie sich bis Freitag meldet".
In a letter to Herrn Wolf or Frau Kim the steps say "Sie bewerben sich …", "ich schicke Ihnen
Adressen", "… dass Sie sich bis Freitag melden". A step is told only where every verb it needs
is known (skills.email.told); otherwise it stays as typed, never half told.
"""

from __future__ import annotations

import re

from skills.email.addressed import addressee_pronouns
from skills.email.model import AddressForm, EmailRequest
from skills.email.steps import FRAME_WORDS
from skills.email.told import told_clause, told_statements

# "wir haben vereinbart, dass …": the clause after the frame is the step, told as a clause
# (the frame words are those that join a step to its clause: skills.email.steps)
_FRAMED = re.compile(rf"^(?P<frame>.*?\b{FRAME_WORDS}),?\s+dass\s+(?P<clause>.+)$", re.IGNORECASE)


def told_steps(request: EmailRequest, language: str) -> list[str]:
    """``request.steps``, each told to the addressee where it is about them or the writer."""
    pronouns = addressee_pronouns(request, language)
    if not pronouns:
        return list(request.steps)
    du = request.address_form is AddressForm.DU
    return [_told(step, du, pronouns) for step in request.steps]


def _told(step: str, du: bool, pronouns: frozenset[str]) -> str:
    framed = _FRAMED.match(step)
    if framed is not None:
        clause = told_clause(framed["clause"], du, pronouns)
        return f"{framed['frame']}, dass {clause}" if clause else step
    return told_statements(step, du, pronouns) or step
