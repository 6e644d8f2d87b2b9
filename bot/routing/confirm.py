"""Answers to a yes/no question such as "Soll ich alle Daten löschen?".

People rarely answer with the bare word: "nö, lieber nicht", "nein danke", "ja bitte",
"ja, lösch alles". A short answer that starts with a no-word, or holds a phrase that takes the
request back, declines; one that starts with a yes-word and holds no negation confirms. Any
doubt is neither: the question stays open and nothing is deleted.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")  # "don't" is one word
# An answer longer than this is something else typed while the question was open.
MAX_WORDS = 6
_NO_FIRST = frozenset(("nein", "no", "nö", "noe", "nee", "ne", "nope", "nah", "nicht", "stop"))
_NO_PHRASES = (
    ("doch", "nicht"),
    ("lieber", "nicht"),
    ("bitte", "nicht"),
    ("nicht", "löschen"),
    ("nicht", "loeschen"),
    ("lass", "mal"),
    ("behalten",),
    ("behalte",),
    ("never", "mind"),
    ("don't",),
    ("dont",),
    ("keep",),
)
_YES_FIRST = frozenset(("ja", "yes", "jo", "jap", "jep", "yep", "löschen", "loeschen", "delete"))
# Words that turn a "ja" into something else ("ja, aber nicht die Sprachwahl", "ja doch nicht").
_NEGATION = frozenset(("nicht", "nein", "no", "not", "doch", "aber", "but", "kein", "keine"))


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]


def _holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


def declines(text: str) -> bool:
    """ "nein", "Nö, lieber nicht.", "nein danke", "bitte nicht löschen", "keep it"."""
    words = _words(text)
    if not words or len(words) > MAX_WORDS:
        return False
    return words[0] in _NO_FIRST or any(_holds(words, phrase) for phrase in _NO_PHRASES)


def confirms(text: str) -> bool:
    """ "ja", "Ja bitte!", "ja, löschen", "yes please": yes, and nothing that takes it back."""
    words = _words(text)
    if not words or len(words) > MAX_WORDS or declines(text):
        return False
    return words[0] in _YES_FIRST and not _NEGATION.intersection(words)
