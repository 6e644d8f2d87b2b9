"""An event announced to a group ("mail an die Eltern der 9b: Elternabend zur Berufswahl am
03.02. um 19 Uhr in der Aula"): no purpose word is typed, yet the mail invites its readers to
an event with its day, time and place, which is what the invitation template holds. Drafted as
a plain message it would repeat the request's words as one line."""

from __future__ import annotations

import re
from datetime import date

from skills.email.dates import find_dates
from skills.email.events import find_event
from skills.email.model import Role
from skills.email.parties import find_addressee
from skills.email.words import words

# Whose readers an announcement is for: parents, a class, a course's participants.
_GROUPS = (Role.PARENTS, Role.GROUP)


def announces_event(text: str, today: date) -> bool:
    """Whether ``text`` names, for a group of readers, an event they are invited to (one
    whose noun is in ``invited_events``: "Elternabend", "Infoveranstaltung", "Messe") on a
    day it names."""
    event = find_event(text)
    if event is None or not _invited(event.text):
        return False
    addressee, _ = find_addressee(text, event.text)
    if addressee.role not in _GROUPS:
        return False
    mentions, _ = find_dates(text, today)
    return any(mention.day is not None for mention in mentions)


def _invited(event: str) -> bool:
    head = re.split(r"\s+(?:zur|zum|zu|für|über|on|about|for)\s+", event, maxsplit=1)[0]
    return words().invited_event.search(head.strip()) is not None
