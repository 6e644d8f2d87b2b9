"""An Absage or Zusage of a place, not of an appointment: "Absage an Herrn Brandt, die
Maßnahme ist voll", "Zusage an Lena für das Bewerbungstraining", "confirm Anna's place in the
CV workshop". What is decided is a seat, a course or an application; no appointment is called
off or confirmed, so the draft is a message that says the decision in so many words."""

from __future__ import annotations

import re
from functools import cache

from skills.email.words import words


@cache
def _decision_noun() -> re.Pattern[str]:
    nouns = sorted(noun for kind in words().decision_nouns.values() for noun in kind)
    return re.compile(rf"\b(?:{'|'.join(nouns)})\b", re.IGNORECASE)


def about_a_place(text: str, decided: bool) -> bool:
    """Whether ``text`` decides on a place rather than an appointment: it names the outcome
    for a place ("vergeben", "Warteliste", "fully booked") and no appointment, and it is a
    decision (``decided``: a cancellation's or confirmation's cue, or a decision noun)."""
    found = words()
    if not found.place_outcome.search(text) or found.appointment_noun.search(text):
        return False
    return decided or _decision_noun().search(text) is not None


def decision_kind(noun: str) -> str | None:
    """The decision a noun names: an "Absage" a refusal, a "Zusage" an acceptance."""
    for kind, nouns in words().decision_nouns.items():
        if noun.lower() in nouns:
            return kind
    return None
