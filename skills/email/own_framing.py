"""A dictated message's own greeting and sign-off: "Mail an Tim: hey Tim, denk an morgen …
Viele Grüße". The draft has a salutation and a closing of its own; typed again inside the body
they stood in the letter twice ("Sehr geehrter Herr Öz,\\nSehr geehrter Herr Öz, vielen Dank …").

A greeting is left out only when every name in it was already typed before the colon (so no
name is lost: "Liebe Frau und Herr Schmidt" after "Mail an die Eltern von Finn:" stays), and a
sign-off only when no name follows it ("LG Sandra" keeps the sender's name).
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_GREETING = re.compile(
    r"\s*(?:sehr\s+geehrte[rs]?|liebe[rs]?|hallo|hallöchen|hi|hey|moin|servus"
    r"|guten\s+(?:tag|morgen|abend)|dear|hello)\b(?P<names>[^,\n:!?.]{0,60}?)\s*[,!\n]\s*",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?\n,])|^)\s*(?:(?:viele|liebe|beste|herzliche|freundliche|schöne)\s+)?"
    r"(?:grüße|grüsse|gruesse|gruß|gruss|lg|vg|mfg|bg|mit\s+freundlichen\s+grüßen"
    r"|best\s+regards|best\s+wishes|kind\s+regards|regards|cheers)\s*[.!,]?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# Words of a greeting that are no name ("Hallo Frau Kaya", "Hi zusammen", "Hallo ihr beiden")
_NOT_NAMES = frozenset(
    {"frau", "herr", "herrn", "hr", "fr", "dr", "prof", "familie", "und", "zusammen", "ihr"}
    | {"beiden", "alle", "leute", "liebe", "lieber", "mr", "mrs", "ms", "miss", "and", "all"}
    | {"everyone"}
)


def own_framing(wording: str, start: int, end: int) -> tuple[Span, list[Span]]:
    """The body ``wording[start:end]`` without a greeting it opens with and a sign-off it ends
    with (see the module docstring), and the spans left out."""
    left_out: list[Span] = []
    greeting = _GREETING.match(wording, start, end)
    if greeting is not None and greeting.end() < end:
        typed_before = {word.casefold() for word in _WORD.findall(wording[:start])}
        names = [w.casefold() for w in _WORD.findall(greeting["names"])]
        if all(name in typed_before or name in _NOT_NAMES for name in names):
            left_out.append((start, greeting.end()))
            start = greeting.end()
    sign_off = _SIGN_OFF.search(wording, start, end)
    if sign_off is not None and sign_off.start() > start:
        left_out.append((sign_off.start(), end))
        end = sign_off.start()
    return (start, end), left_out
