"""The lines before the closing that must fit the request: what the letter looks forward to
(a talk, or an event the addressee comes to) and, after a cancellation, how a new date is found
(asked for by reply, or sent later when the request says so)."""

from __future__ import annotations

import re

from skills.email.model import EmailRequest
from skills.email.render import Renderer
from skills.email.words import words

Span = tuple[int, int]

_CHANNEL_AFTER = 30  # "neuer Termin folgt … per Post": how far on the channel may stand
_CLAUSE_END = re.compile(r"[.;,!?\n]")


def look_forward(request: EmailRequest, renderer: Renderer) -> str:
    """ "Ich freue mich auf das Gespräch." for a counselling talk or a named conversation
    ("Elterngespräch"); "… auf Ihre Teilnahme." for a workshop, a course, a fair or a visit;
    nothing for a placement the addressee starts without the sender ("Praktikumsstart")."""
    event = request.event
    if event is not None and words().placement_events.search(event):
        return ""
    talk = event is None or words().talk_events.search(event) is not None
    return renderer.text(f"common.look_forward.{'talk' if talk else 'event'}")


def _follows(text: str) -> tuple[Span, str] | None:
    """Where the request says the new date will be sent, with its channel (" per Post")."""
    found = words().new_date_follows.search(text)
    if found is None:
        return None
    start, end = found.span()
    window = text[start : end + _CHANNEL_AFTER]
    stop = _CLAUSE_END.search(window, end - start)
    window = window[: stop.start()] if stop else window
    channel = words().new_date_channel.search(window)
    if channel is None:
        return (start, end), ""
    return (start, max(end, start + channel.end())), f" {channel.group(0)}"


# "Weitere Hinweise: Neuer Termin folgt per Post.": a short label with nothing else after it
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[.;\n]))\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}:\s*$")


def new_date_spans(text: str) -> list[Span]:
    """The words "neuer Termin folgt per Post": the letter's own line says them, and a label
    that names nothing but them ("Weitere Hinweise:") goes with them."""
    follows = _follows(text)
    if follows is None:
        return []
    (start, end), _ = follows
    label = _LABEL_BEFORE.search(text, 0, start)
    rest = _CLAUSE_END.search(text, end)
    alone = rest is None or not text[end : rest.start()].strip()
    return [(label.start() if label and alone else start, end)]


def new_date(request: EmailRequest, renderer: Renderer) -> str:
    """After a cancellation: "reply for a new date", unless the request says the new date
    will be sent ("neuer Termin folgt per Post") or the sender will get in touch ("ich melde
    mich"): then the letter says the new date will follow, and never asks for a reply."""
    form = request.address_form.value
    follows = _follows(request.wording)
    if follows is not None:
        channel = follows[1]
        if renderer.language == "de":  # "per mail" as typed in a hurry: a German noun
            channel = re.sub(r"(\s)(\w)(\S*)$", lambda m: m[1] + m[2].upper() + m[3], channel)
        return renderer.text(f"common.new_date.{form}_follows", channel=channel)
    if words().new_date_promised.search(request.wording):
        return renderer.text(f"common.new_date.{form}_follows", channel="")
    return renderer.text(f"common.new_date.{form}")
