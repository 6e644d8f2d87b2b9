"""A bracket that closes whom the email is for, typed with no comma before what it asks:
"Herrn Lorenz (Kfz Lorenz) Bitte um Zusendung …", "mail an Frau X (Personalabteilung) kann
Y am 18.01. kommen". The bracket ends the addressing as a comma would, so a comma is put after
it before the request is read: what follows is a sentence of the letter, never part of the
addressee's head. Only where a word that opens a request or a sentence follows ("bitte",
"kann", "please", "der", "ich" …); "Herrn Kaya (Autohaus Kaya) zum Probetag am …" goes on
with the head and stays as typed.
"""

from __future__ import annotations

import re

_NAME = r"[^\W\d_][\w'’-]*"
_HEAD = re.compile(
    r"^\s*(?:(?:bitte|kurz|please|pls)\s+)?"
    r"(?:(?:e-?mail|mail|nachricht|message|schreib\w*|write|antwort|anfrage|einladung"
    r"|erinnerung|absage|reminder)(?:\s+(?:an|to))?\s+|(?:an|to)\s+)?"
    r"(?:frau|herrn?|hrn?\.|fr\.|mrs?\.?|ms\.?|miss|dr\.)\s*(?:(?:dr|prof)\.\s*)*"
    rf"{_NAME}(?:[ \t]+{_NAME})?[ \t]*\([^()\n]{{1,80}}\)(?P<comma>,)?(?P<gap>[ \t]+)"
    r"(?=(?:bitte|bitten|wir|ich|kann|können|könnte|könnten|konnte|hat|haben|ist|sind|wird"
    r"|würde|danke|vielen|der|die|das|er|sie|es|please|pls|could|can|would|will|we|i|thank"
    r"|thanks|the|he|she|they)\b)",
    re.IGNORECASE,
)


def bracket_closed(text: str) -> str:
    """``text`` with a comma after a bracket that ends the addressing, if one is missing."""
    match = _HEAD.match(text)
    if match is None or match["comma"]:
        return text
    return text[: match.start("gap")] + "," + text[match.start("gap") :]


def addressed_with_bracket(text: str) -> bool:
    """Whether ``text`` opens with a person, who they are in brackets, then the request:
    "frau meyer (klassenlehrerin 9c) bitte die liste schicken" is written to her."""
    return _HEAD.match(text) is not None
