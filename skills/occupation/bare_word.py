"""A bare word that names a person by their work ("Soldat", "Tätowierer"): probably an
occupation, even when the catalogue does not know it.

Such a message reaches the occupation skill only when no command claimed it. Rather than
"not understood", the engine then asks "Meinten Sie den Beruf „Soldat“?" with the lookup as a
button: the lookup itself says honestly that the catalogue has no such entry and links
BERUFENET's search for the word.
"""

from __future__ import annotations

import re
from functools import cache

from skills.occupation.normalise import fold, stopwords, word_section

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MAX_WORDS = 3  # "Soldat bei der Marine" is a question already; "Pilot", "Pharma-Referent"
_MIN_CHARS = 4


@cache
def _chat_words() -> frozenset[str]:
    return frozenset(str(word_section("chat_words")).split())


def only_chat_words(text: str) -> bool:
    """Whether ``text`` holds only words of a chat's course ("weiter", "sicher?")."""
    words = [fold(word) for word in _WORDS.findall(text)]
    return bool(words) and all(word in _chat_words() for word in words)


@cache
def _endings() -> tuple[str, ...]:
    return tuple(str(word_section("agent_endings")).split())


def bare_work_word(text: str) -> str | None:
    """The word or short title of ``text`` when that is all it holds and its last word ends
    like a word for a person at work; None otherwise."""
    stripped = text.strip().rstrip("?!.").strip()
    words = stripped.split()
    if not 0 < len(words) <= _MAX_WORDS or len(stripped) < _MIN_CHARS:
        return None
    if not all(_WORDS.fullmatch(word) for word in words):
        return None
    folded = [fold(word) for word in words]
    if any(word in stopwords() for word in folded):
        return None  # "ist das so", "mal sehen": words of a sentence, not a title
    last = words[-1]
    if not (last[0].isupper() or stripped.islower()):
        return None  # "Bitte warten": a title is a noun
    if not folded[-1].endswith(_endings()) or len(folded[-1]) < _MIN_CHARS:
        return None
    return stripped
