"""A reply to a message pasted into the request: "Antworte auf diese Mail: „Hallo Frau Schulz,
ich kann am Montag nicht … Gruß, Kevin“".

The draft greets whoever signed the pasted message and leaves a gap for what the reply says.
The pasted message is neither copied into the draft nor given to a model: it is a client's
text, full of personal data, and what to answer is the counsellor's to say. (It was drafted
as a message to the person the pasted text greets, quoting it whole.)
"""

from __future__ import annotations

import re

# The asking words before the pasted message: "Antworte bitte auf diese Mail:", "Antwort auf
# folgende Nachricht", "reply to this email:"
_ASKS_REPLY = re.compile(
    r"^\W*(?:(?:bitte|kannst\s+du|kannste|könntest\s+du)\s+)?(?:mal\s+)?"
    r"(?:antwort\w*\s+(?:(?:bitte|mal|kurz)\s+)*auf|antwort\s+auf"
    r"|(?:please\s+)?(?:reply|respond|answer)\s+to)\s+"
    r"(?:diese|die|folgende|seine|ihre|this|the\s+following|the)\s+"
    r"(?:e-?mail|mail|nachricht|anfrage|message)\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)
# The sign-off that ends the pasted message, with the name after it: "Gruß, Kevin", "LG Lena
# Maier", "Viele Grüße\nAyse", "Best regards, Tom"
_SIGNED = re.compile(
    r"\b(?:grüße?|grüßen|gruß|gruss|gruesse|lg|vg|mfg|regards|cheers|thanks|danke|best)"
    r"[\s,.!]+(?P<name>(?-i:[A-ZÄÖÜ][a-zäöüß]+)(?:[ -](?-i:[A-ZÄÖÜ][a-zäöüß]+))?)"
    r"[\s\"“”„'.!]*$",
    re.IGNORECASE,
)
_MIN_WORDS = 3  # the pasted message, not "antworte auf die Mail" alone


def pasted_reply(text: str) -> str | None:
    """Who signed the message ``text`` asks to reply to ("" when nobody did), or None when
    ``text`` asks no reply to a pasted message."""
    asked = _ASKS_REPLY.match(text)
    if asked is None:
        return None
    pasted = text[asked.end() :].strip()
    if len(pasted.split()) < _MIN_WORDS:
        return None
    signed = _SIGNED.search(pasted)
    return signed["name"] if signed else ""
