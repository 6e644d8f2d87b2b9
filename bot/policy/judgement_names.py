"""Given names of the personal-data gazetteer as people for the Art. 22 reading.

The patterns of :mod:`bot.policy.judgement` know a person by a short list of common first names
(``first_names.yaml``, compiled into every pattern as a trie); clients in NRW have names from
everywhere. The personal-data scan already holds some 8,000 given names
(``pii_given_names.txt``). Rather than compile those into dozens of patterns, a request is
read with each such name replaced by a name the patterns know, before they run: "Ist Svetlana
geeignet?" is read as "Ist Anna geeignet?". Only names written with a capital count, and
only names that are no ordinary word (``pii_ambiguous_names.txt``, the scan's word lists and
``first_names.yaml``'s ``left_out`` keep "Kai", "Kim", "Mercedes" or "Essen" out), so
companies and places stay what they are.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.pii_gazetteer import given_name_keys, is_plain_name, lookup_key
from bot.yaml_data import load_yaml

_HERE = Path(__file__).parent
# A name the patterns know (first_names.yaml) and the gazetteer holds as a plain name.
CANONICAL = "Anna"
# A word that may start with a capital (Latin, with the accents of Turkish, Polish or Balkan
# names: "Şirin", "Łukasz", "Željko"), also with a hyphen ("Anna-Lena"); the capital and the
# genitive "s" are checked below. (A plain class, not a Unicode test: this runs on every
# message.)
_WORD = re.compile(r"\b[A-ZÀ-ÞĀ-ž]\w+(?:-\w+)*")


@cache
def _left_out() -> frozenset[str]:
    """Common first names that are also words or abbreviations (``first_names.yaml``)."""
    data = load_yaml((_HERE / "first_names.yaml").read_text(encoding="utf-8"))
    return frozenset(lookup_key(str(name)) for name in data["left_out"])


def _is_given_name(word: str) -> bool:
    key = lookup_key(word)
    return key in given_name_keys() and key not in _left_out() and is_plain_name(word)


def _canonical(found: re.Match[str]) -> str:
    word = found.group()
    if not word[0].isupper() or not (word[1:].islower() or "-" in word):
        return word  # "svetlana" in lower case; "ReNo", "IHK": abbreviations
    if _is_given_name(word):
        return CANONICAL
    if word.endswith("s") and _is_given_name(word[:-1]):
        return CANONICAL + "s"  # "Nurcans Chancen"
    return word


def with_known_names(text: str) -> str:
    """``text`` with every capitalised given name of the gazetteer (that is no ordinary word)
    replaced by a first name the Art. 22 patterns know; everything else unchanged."""
    if not text:
        return text
    return _WORD.sub(_canonical, text)
