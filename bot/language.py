"""Which language to answer in: the user's stored choice, a platform hint, the message itself."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zäöüß]+")
# Markup such as a Teams mention (<at>Name</at>) is no word of either language.
_TAG = re.compile(r"</?[a-z][^<>]*>")
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "what",
        "does",
        "do",
        "how",
        "long",
        "please",
        "write",
        "an",
        "email",
        "to",
        "my",
        "for",
        "about",
        "with",
        "summarize",
        "summarise",
        "summary",
        "help",
        "cancel",
        "occupation",
        "job",
        "training",
        "what's",
        "which",
        "can",
        "you",
        "draft",
        "notes",
        "client",
        "that",
        "of",
        "and",
        "our",
        "your",
        "his",
        "her",
        "their",
        "will",
        "send",
        "invite",
        "invitation",
        "confirm",
        "remind",
        "reminder",
        "appointment",
        "meeting",
        "from",
        "by",
        "starts",
        "session",
    ]
)
_GERMAN = frozenset(
    [
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "ist",
        "sind",
        "was",
        "wie",
        "lange",
        "bitte",
        "schreib",
        "schreibe",
        "mail",
        "an",
        "meine",
        "für",
        "über",
        "mit",
        "zusammenfassen",
        "hilfe",
        "abbrechen",
        "beruf",
        "ausbildung",
        "welche",
        "kannst",
        "du",
        "sie",
        "und",
        "einen",
        "klientin",
        "klient",
        "wegen",
        "notiz",
        "ich",
        "dem",
        "den",
        "zum",
        "zur",
        "um",
        "uhr",
        "bis",
        "vom",
        "termin",
        "einladung",
        "erinnerung",
    ]
)
# "an" is English and German: a word of both languages says nothing. ("at" is left out: Teams
# writes a mention as "<at>Name</at>".)
_BOTH = _ENGLISH & _GERMAN


def detect(text: str) -> str | None:
    """'en' or 'de' when the words say so clearly, else None (too short or mixed)."""
    words = _WORD.findall(_TAG.sub(" ", text[:500].casefold()))
    english = sum(word in _ENGLISH and word not in _BOTH for word in words)
    german = sum(word in _GERMAN and word not in _BOTH for word in words)
    if english >= 1 and german == 0 and (english >= 2 or len(words) == 1):
        return "en"
    if german >= 1 and english >= 2 * german + 1:  # a German-looking name ("Lange")
        return "en"
    if german >= 1 and german >= english:
        return "de"
    return None


def choose(stored: str | None, hint: str | None, text: str, default: str) -> str:
    """The stored preference wins, then what the message's words say, then the platform hint."""
    if stored in ("de", "en"):
        return stored
    detected = detect(text)
    if detected:
        return detected
    if hint and hint[:2].lower() in ("de", "en"):
        return hint[:2].lower()
    return default
