"""Which language to answer in: the user's stored choice, a platform hint, the message itself."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("language.yaml")
_WORD = re.compile(r"[a-zäöüß]+")
# Markup such as a Teams mention (<at>Name</at>) is no word of either language.
_TAG = re.compile(r"</?[a-z][^<>]*>")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The English and the German cue words of ``language.yaml``, without the words of both
    ("an" says nothing). ("at" is left out: Teams writes a mention as "<at>Name</at>".)"""
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    english, german = (
        frozenset(str(data[key]).casefold().split()) for key in ("english", "german")
    )
    both = english & german
    return english - both, german - both


def detect(text: str) -> str | None:
    """'en' or 'de' when the words say so clearly, else None (too short or mixed)."""
    words = _WORD.findall(_TAG.sub(" ", text[:500].casefold()))
    english_words, german_words = _words()
    english = sum(word in english_words for word in words)
    german = sum(word in german_words for word in words)
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
