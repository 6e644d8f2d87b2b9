"""A reply to a message pasted into the request: "Antworte auf diese Mail: „Hallo Frau Schulz,
ich kann am Montag nicht … Gruß, Kevin“".

The draft greets whoever signed the pasted message and leaves a gap for what the reply says.
The pasted message is neither copied into the draft nor given to a model: it is a client's
text, full of personal data, and what to answer is the counsellor's to say. (It was drafted
as a message to the person the pasted text greets, quoting it whole.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# A pasted message in quotes, the counsellor's answer after it: "„… Gruß Aylin“ – Dienstag
# 14 Uhr passt"
_QUOTED = re.compile(
    r"^[\"'„“”‚‘«»](?P<pasted>.+)[\"'“”‘’«»](?P<answer>[^\"'„“”‚‘«»]*)$", re.DOTALL
)
_LEAD = re.compile(r"^[\s\-–—:,.>]*(?:(?:antwort|answer|reply)\s*:\s*)?", re.IGNORECASE)
# Asked to answer a message that is not there: "Antworte auf die Mail von gestern", "reply to
# the email from the school" — a reference, no text, no figure
_ASKS_UNSEEN = re.compile(
    r"^\W*(?:(?:bitte|kannst\s+du|kannste|könntest\s+du|please|can\s+you|could\s+you)\s+)?"
    r"(?:mal\s+)?(?:antwort\w*|reply|respond|answer)\s+(?:(?:bitte|mal|kurz|please)\s+)*"
    r"(?:auf|to)\s+(?:die|diese|seine|ihre|deren|dessen|meine|the|this|that|his|her|their|my)\s+"
    r"(?:letzte\s+|last\s+|neue\s+|new\s+)?(?:e-?mail|mail|nachricht|anfrage|message)\b"
    r"(?P<rest>[^\d:\"'„“”‚‘«»\n]{0,80})$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PastedReply:
    """A reply to a pasted message: who signed it ("" when nobody did), and what the counsellor
    typed after the quoted message as the answer ("" when nothing)."""

    signed: str
    answer: str


def pasted_reply(text: str) -> PastedReply | None:
    """The reply ``text`` asks for to a message pasted into it, or None when it asks none."""
    asked = _ASKS_REPLY.match(text)
    if asked is None:
        return None
    pasted = text[asked.end() :].strip()
    if len(pasted.split()) < _MIN_WORDS:
        return None
    answer = ""
    quoted = _QUOTED.match(pasted)
    if quoted is not None:
        pasted = quoted["pasted"]
        lead = _LEAD.match(quoted["answer"])
        answer = quoted["answer"][lead.end() if lead else 0 :].strip()
    signed = _SIGNED.search(pasted)
    return PastedReply(signed["name"] if signed else "", answer)


def unseen_reply(text: str) -> bool:
    """Asked to answer a message that was not pasted ("Antworte auf die Mail von gestern")."""
    asked = _ASKS_UNSEEN.match(text.strip())
    return asked is not None and _SIGNED.search(asked["rest"]) is None
