"""Whether the template of the purpose found fits what the request says; where it does not,
the request is drafted as its own message: documents named nowhere, a cancellation of no
appointment or of another day, another's step ("dass Frau K. den Termin verschieben muss")."""

from __future__ import annotations

import re
from datetime import date

from skills.email.classify import asks_for_documents, cue_spans
from skills.email.extract import extract
from skills.email.model import EmailRequest, Purpose
from skills.email.their_step import others_step
from skills.email.words import words

_F = re.IGNORECASE


def extract_for(text: str, purpose: Purpose, today: date) -> EmailRequest:
    """:func:`extract`, but a request for documents that names none and asks for none in so
    many words ("Unterlagen in den Briefkasten werfen", "Unterlagen online über …") is a
    message: the documents template would put "[Unterlagen]" where the request says something
    else."""
    request = extract(text, purpose, today)
    if not text.strip():
        return request  # the purpose alone ("Wie schreibe ich eine Absage?"): its template
    if purpose is Purpose.DOCUMENTS and not request.documents and not asks_for_documents(text):
        return extract(text, Purpose.MESSAGE, today)
    if purpose is Purpose.DOCUMENTS and _COLLECTED.search(text) and not asks_for_documents(text):
        # "sie kann ihr Zeugnis am Montag abholen": a document handed over, not asked for
        return extract(text, Purpose.MESSAGE, today)
    if purpose is Purpose.CANCELLATION and (
        _calls_off_another_day(request) or _calls_off_no_appointment(text)
    ):
        return extract(text, Purpose.MESSAGE, today)
    if purpose in (Purpose.RESCHEDULING, Purpose.CANCELLATION) and _MISSED.search(text):
        # "er hat seinen Termin verpasst, bitte neuen Termin vereinbaren": the client missed
        # it; not "unser Beratungsgespräch muss leider verschoben werden"
        return extract(text, Purpose.MESSAGE, today)
    if others_step(text, purpose):
        # "dass Frau K. den Termin verschieben muss": not "unser Termin muss verschoben werden"
        return extract(text, Purpose.MESSAGE, today)
    return request


# A document the addressee collects or is sent ("kann ihr Zeugnis abholen", "liegt zur
# Abholung bereit", "she can collect it", "pick up her certificate")
_COLLECTED = re.compile(
    r"\babhol\w*|\babzuholen\b|\bzur\s+abholung\b|\bcollect(?:s|ed|ing)?\b"
    r"|\bpick(?:s|ed|ing)?\s+(?:\w+\s+){0,3}up\b|\bready\s+for\s+(?:collection|pick-?up)\b",
    _F,
)

# An appointment someone missed ("Termin verpasst", "ist nicht erschienen", "warst gestern
# nicht da", "missed his appointment", "no-show"); the counsellor's own absence to come ("ich
# bin morgen nicht da") is a move of ours and is not read here
_MISSED = re.compile(
    r"\b(?:verpasst|versäumt|verschwitzt|ferngeblieben)\b"
    r"|\bnicht\s+(?:\w+\s+){0,3}(?:erschienen|aufgetaucht)\b"
    r"|\b(?:war|warst|waren|wart|ist|bist|sind)\s+(?:\w+\s+){0,3}nicht\s+(?:\w+\s+){0,2}"
    r"(?:da|gekommen|hier)\b"
    r"|\bmissed\b|\bno[- ]?show\b|\b(?:didn'?t|did\s+not)\s+(?:show|turn)\s+up\b"
    r"|\b(?:didn'?t|did\s+not)\s+(?:come|attend)\b",
    _F,
)

# What a cancellation may call off as "our appointment": a meeting of some kind, or a time
_MEETING = re.compile(
    r"termin|gespräch|treffen|beratung|sprechstunde|sitzung|appointment|meeting|session|call\b"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:uhr|h)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b",
    _F,
)


def _calls_off_no_appointment(text: str) -> bool:
    """ "Absage: kein Platz mehr in der Maßnahme ab 01.03.", "Marvin muss das Praktikum
    absagen": what is called off is no meeting, so the draft is the request's own message,
    never "leider muss ich unser Beratungsgespräch absagen". A course named in a rejection
    ("leider keinen Platz im Kurs Deutsch B1 bekommen") is not called off either."""
    if _MEETING.search(text) is not None:
        return False
    if _REJECTED.search(text) is not None:
        return True
    if words().event_noun.search(text) is not None:
        return False
    # "I'm sick tomorrow, please cancel", "Absage für Freitag, bin auf Dienstreise": a day
    # called off with nothing else named is our meeting on that day
    return _DAY_WORD.search(text) is None and _RELATIVE_DAY.search(text) is None


_RELATIVE_DAY = re.compile(r"\b(?:(?:über|ueber)?morgen|heute|tomorrow|today)\b", _F)


# "keinen Platz bekommen", "wurde nicht genommen", "no place on the course": a rejection
_REJECTED = re.compile(
    r"\bkeine[nm]?\s+(?:\w+)?platz|\bkein\s+(?:\w+)?platz|\bnicht\s+(?:genommen|angenommen"
    r"|berücksichtigt|ausgewählt|zugelassen)|\bkeine\s+zusage|\bno\s+(?:place|spot|seat)s?\b"
    r"|\bnot\s+(?:been\s+)?(?:accepted|selected|admitted)",
    _F,
)


# A day named on its own: a weekday, written out or short ("Fr entfällt"), or a date
_DAY_WORD = re.compile(
    r"\b(?:mo|di|mi|do|fr|sa|so)\b(?!\.\s*[A-ZÄÖÜ])|\b(?:montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b\d{1,2}\.\d{1,2}\.",
    _F,
)
_CLAUSE_BOUND = re.compile(r"[,;:\n]|(?<!\d)\.\s")  # "der 10.02. fällt aus" is one clause


def _calls_off_another_day(request: EmailRequest) -> bool:
    """ "Mo 9-12 und Mi 14 Uhr im Raum 1.05, Fr entfällt": what is called off is a day named
    in the cancelling clause itself, not the appointment the template would cancel; the
    request tells of both and is drafted as a message."""
    text = request.wording
    # the day called off: the one replaced ("… absagen, neuer Vorschlag …"), else the one named
    dated = (request.appointment, request.previous)
    parts = [part for slot, spans in request.placed if slot in dated for part in spans]
    if request.appointment is None or not parts:
        return False
    for start, end in cue_spans(text, Purpose.CANCELLATION):
        bounds = [m.end() for m in _CLAUSE_BOUND.finditer(text, 0, start)]
        clause_start = bounds[-1] if bounds else 0
        after = _CLAUSE_BOUND.search(text, end)
        clause_end = after.start() if after else len(text)
        if any(clause_start <= a < clause_end for a, _ in parts):
            return False  # "der Termin am 28.01. um 14 Uhr fällt aus"
        if _DAY_WORD.search(text, clause_start, clause_end):
            return True
    return False
