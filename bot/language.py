"""Which language to answer in: the user's stored choice, the message itself, the language of
the conversation so far, a platform hint.

The conversation's language is the one it was first settled in (by the stored choice or the
words of a message) and travels with the topic remembered for follow-ups: a message whose
words say nothing ("Gehalt?", "Tischler", a button) is answered in it, a single message in the
other language gets its reply in that language and leaves the conversation's as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("language.yaml")
LANGUAGES = ("de", "en")
# The key of the conversation's language beside a remembered topic (see bot.pipeline.run).
CONVERSATION_KEY = "conversation_language"
# A word of letters only: "a53b4a" (a code, a room "B104") holds no word "a" or "b".
_WORD = re.compile(r"(?<![\w])[a-zäöüß]+(?![\w])")
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


@cache
def _english_commands() -> frozenset[str]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return frozenset(str(data["english_commands"]).casefold().split())


def detect(text: str) -> str | None:
    """'en' or 'de' when the words say so clearly, else None (too short or mixed)."""
    words = _WORD.findall(_TAG.sub(" ", text[:500].casefold()))
    english_words, german_words = _words()
    english = sum(word in english_words for word in words)
    german = sum(word in german_words for word in words)
    if english >= 1 and german == 0 and (english >= 2 or len(words) == 1):
        return "en"
    if german == 0 and words and words[0] in _english_commands():  # "occupation florist"
        return "en"
    if german >= 1 and english >= 2 * german + 1:  # a German-looking name ("Lange")
        return "en"
    if german >= 1 and german >= english:
        return "de"
    return None


def settled(stored: str | None, text: str) -> str | None:
    """The language the user's stored choice or the message's own words decide, else None."""
    if stored in LANGUAGES:
        return stored
    return detect(text)


def choose(
    stored: str | None,
    hint: str | None,
    text: str,
    default: str,
    conversation: str | None = None,
) -> str:
    """The stored preference wins, then what the message's words say, then the conversation's
    language, then the platform hint."""
    decided = settled(stored, text)
    if decided:
        return decided
    if conversation in LANGUAGES:
        return conversation
    if hint and hint[:2].lower() in LANGUAGES:
        return hint[:2].lower()
    return default


def of_conversation(data: Mapping[str, Any] | None) -> str | None:
    """The conversation's language kept beside a remembered topic, if any."""
    found = data.get(CONVERSATION_KEY) if data is not None else None
    return found if found in LANGUAGES else None
