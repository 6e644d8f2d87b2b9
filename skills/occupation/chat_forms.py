"""Chat spellings of the small words around a follow-up, and words that compare pay.

"un was verdint man da", "the second one pls": counsellors type "un" for "und" and "pls" for
"bitte". These words are too short for the one-letter typo rule, so they are spelled out before
a follow-up is read. "wie viel mehr verdient man im dritten Jahr?" compares the pay of one
year with another: beside a pay question and nothing else, "mehr" asks the same pay. Elsewhere
"mehr" stays a word of its own ("Verdient ein Meister mehr?" names a stage the catalogue does
not hold). The words are data (``chat_forms`` in ``data/words.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from skills.occupation.normalise import fold, word_section


@cache
def _spelled() -> dict[str, str]:
    raw = word_section("chat_forms")["spelled"]
    return {fold(str(short)): fold(str(word)) for short, word in raw.items()}


@cache
def _compares() -> frozenset[str]:
    return frozenset(fold(str(word)) for word in word_section("chat_forms")["compares"])


def spelled_out(folded: Sequence[str]) -> list[str]:
    """The folded words with chat spellings written out ("un" → "und")."""
    spelled = _spelled()
    return [spelled.get(word, word) for word in folded]


def compares(word: str) -> bool:
    """Whether the folded ``word`` compares one pay with another ("mehr", "weniger")."""
    return word in _compares()
