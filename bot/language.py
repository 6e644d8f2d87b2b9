"""Which language to answer in: the user's stored choice, a platform hint, the message itself."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zäöüß]+")
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
    ]
)


def detect(text: str) -> str | None:
    """'en' or 'de' when the words say so clearly, else None (too short or mixed)."""
    words = _WORD.findall(text[:500].casefold())
    english = sum(word in _ENGLISH for word in words)
    german = sum(word in _GERMAN for word in words)
    if english >= 1 and german == 0 and (english >= 2 or len(words) == 1):
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
