"""Words of a confirmation that say the appointment stands: "Termin am 25.01. um 9 Uhr bleibt
bestehen", "donnerstag 14 uhr passt", "our appointment … still stands". The confirmation's
own line ("hiermit bestätige ich …") says them; carried, they drag the whole sentence, every
fact of it already placed, under "Weitere Hinweise".
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# Only where the words end their clause: "steht noch nicht fest" says something else
_STILL_ON = re.compile(
    r"\b(?:bleibt(?:\s+(?:bestehen|so|wie\s+besprochen|wie\s+geplant))?"
    r"|steht(?:\s+(?:fest|noch))?|passt(?:\s+(?:so|mir|gut))?|geht\s+klar|klappt"
    r"|ist\s+bestätigt|(?:is\s+)?still\s+(?:on|stands)|stands|stays(?:\s+as\s+planned)?"
    r"|is\s+confirmed|works(?:\s+for\s+me)?)"
    r"(?=\s*(?:[,.;:!\n]|$))",
    re.IGNORECASE,
)


def still_on(text: str) -> list[Span]:
    """Where ``text`` says its appointment stands, in words the confirmation says itself."""
    return [found.span() for found in _STILL_ON.finditer(text)]
