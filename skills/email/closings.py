"""The lines before the closing that must fit the request: what the letter looks forward to
(a talk, or an event the addressee comes to) and, after a cancellation, how a new date is found
(asked for by reply, or as the request says: "neuer Termin folgt per Post", "ich melde mich")."""

from __future__ import annotations

import re

from skills.email.model import EmailRequest, Purpose
from skills.email.render import Renderer
from skills.email.words import words

Span = tuple[int, int]

# the clause goes on to its end: "neuer Termin folgt nächste Woche per Post"
_CLAUSE_END = re.compile(r"[;!?\n]|[.,](?=\s|$)")
# "Weitere Hinweise: Neuer Termin folgt per Post.": a short label with nothing else after it
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[.;\n]))\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}:\s*$")


def look_forward(request: EmailRequest, renderer: Renderer) -> str:
    """ "Ich freue mich auf das Gespräch." for a counselling talk or a named conversation
    ("Elterngespräch"); "… auf Ihre Teilnahme." for a workshop, a course, a fair or a visit;
    nothing for a placement the addressee starts without the sender ("Praktikumsstart")."""
    event = request.event
    if event is not None and words().placement_events.search(event):
        return ""
    talk = event is None or words().talk_events.search(event) is not None
    return renderer.text(f"common.look_forward.{'talk' if talk else 'event'}")


def _follows(text: str) -> tuple[Span, bool] | None:
    """Where the request says how the new date comes, to the end of its clause, and whether
    the letter can say it in those words (not when they speak of the addressee as "him")."""
    found = words().new_date_follows.search(text)
    if found is None:
        return None
    stop = _CLAUSE_END.search(text, found.end())
    end = stop.start() if stop else len(text.rstrip())
    typed = words().third_person.search(text, found.start(), end) is None
    return (found.start(), end), typed


def new_date_spans(text: str) -> list[Span]:
    """The words "neuer Termin folgt per Post" that the letter's line says as typed, and a label
    that names nothing but them ("Weitere Hinweise:")."""
    follows = _follows(text)
    if follows is None or not follows[1]:
        return []
    start, end = follows[0]
    label = _LABEL_BEFORE.search(text, 0, start)
    return [(label.start() if label else start, end)]


def new_date(request: EmailRequest, renderer: Renderer) -> str:
    """After a cancellation: "reply for a new date", unless the request says how the new date
    comes: then the letter says so in the request's words ("Neuer Termin folgt per Post."), or,
    where those speak of the addressee as "him", in its own, and never asks for a reply."""
    form = request.address_form.value
    follows = _follows(request.wording)
    if follows is None:
        return renderer.text(f"common.new_date.{form}")
    (start, end), typed = follows
    if not typed:
        return renderer.text(f"common.new_date.{form}_follows")
    clause = request.wording[start:end].strip()
    if renderer.language == "de":  # "neuer termin kommt per mail", typed in a hurry
        clause = words().new_date_nouns.sub(lambda noun: noun[0].capitalize(), clause)
    return renderer.text("common.new_date.typed", clause=clause[:1].upper() + clause[1:])


def _typed_line(request: EmailRequest) -> str | None:
    """The clause the cancellation's line says as typed, if it says one."""
    follows = _follows(request.wording) if request.purpose is Purpose.CANCELLATION else None
    if follows is None or not follows[1]:
        return None
    start, end = follows[0]
    return request.wording[start:end].strip()


def without_new_date(request: EmailRequest, pieces: list[str]) -> list[str]:
    """Carried pieces without the clause the letter's line already says: a sentence carried
    whole ("der Besuch … kann nicht stattfinden, Ersatztermin wird noch bekanntgegeben") ends
    before it."""
    said = _typed_line(request)
    if said is None:
        return pieces
    kept = [
        piece.removesuffix(said).rstrip(" ,.;:") if piece.endswith(said) else piece
        for piece in pieces
    ]
    return [piece for piece in kept if piece]
