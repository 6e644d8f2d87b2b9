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

The gazetteer's source keeps no country of South Asia, Ukraine or Central Asia and few of West
Africa; ``judgement_given_names.yaml`` adds common given names of those origins ("Priya",
"Halyna", "Fatoumata"), and common names the gazetteer keeps apart as words ("Melanie",
"Peter"). A name typed in lower case counts where it is no ordinary word ("meinste taras
schafft das", "Hat leyla das Zeug …?"), also in a message whose other words have their
capitals: a lower-case "floor" or "amber" stays the word (``left_out_in_lower_case``), and a
name that is also a word counts in lower case only after "der"/"die" in a message typed with
no capital at all.

After the article that spoken German puts before a first name ("die Melanie", "der Max",
"bringts der max"), a name counts even where the gazetteer keeps it apart for being also a
family name or a word ("Melanie", "Max"): an article before a capitalised word is what makes
a noun, but before a given name it is the colloquial way of naming a person.

Last, a capitalised word that no list holds and that is no word the engine knows, where nothing
in the sentence makes it a thing, is read as a name too ("Ist Aoife geeignet?"; see
:mod:`bot.policy.judgement_unknown_names`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_unknown_names import with_unknown_names
from bot.policy.pii_gazetteer import (
    given_name_keys,
    is_not_name,
    is_plain_name,
    is_word_name,
    lookup_key,
)
from bot.policy.pii_normalise import fold
from bot.yaml_data import load_yaml

_HERE = Path(__file__).parent
# A name the patterns know (first_names.yaml) and the gazetteer holds as a plain name.
CANONICAL = "Anna"
# A word that may start with a capital (Latin, with the accents of Turkish, Polish or Balkan
# names: "Şirin", "Łukasz", "Željko"), also with a hyphen ("Anna-Lena"); the capital and the
# genitive "s" are checked below. (A plain class, not a Unicode test: this runs on every
# message.)
_WORD = re.compile(r"\b[A-ZÀ-ÞĀ-ž]\w+(?:-\w+)*")
_LOWER_WORD = re.compile(r"\b[a-zß-ÿā-ž]{4,}\b")  # a name in lower case: four letters or more
# (an abbreviation's capitals, "Hr.", "TN", "GdB", say nothing of how names are typed)
_CAPITAL = re.compile(r"\b(?!(?:Kl|Hr|Fr)\.|[A-ZÀ-ÞĀ-Ž]\w*[A-ZÀ-ÞĀ-Ž])[A-ZÀ-ÞĀ-Ž]")
_SENTENCE_END = ".!?:\n"
# "der"/"die" before a word (not "der Max-Wert" or "der max. Betrag"): see _name_after_article
_AFTER_ARTICLE = re.compile(r"\b(?<![^\W\d_])([Dd]ie|[Dd]er)(\s+)(\w+)\b(?![-.])")
# What fits someone ("Was passt besser zu Kai: …?"): "zu" without an article before a
# capitalised word names a person there (a thing takes "zum"/"zur").
_FITS = re.compile(r"\b(pass(?:t|en|e)\s+(?:[^\W\d_]+\s+){0,4}?zu)(\s+)([A-ZÀ-ÞĀ-Ž]\w+)\b(?![-.])")


@cache
def _left_out() -> frozenset[str]:
    """Common first names that are also words or abbreviations (``first_names.yaml``)."""
    data = load_yaml((_HERE / "first_names.yaml").read_text(encoding="utf-8"))
    return frozenset(lookup_key(str(name)) for name in data["left_out"])


@cache
def _added_keys() -> frozenset[str]:
    """The keys of ``judgement_given_names.yaml``'s names, less any the gazetteer calls an
    ordinary word."""
    data = load_yaml((_HERE / "judgement_given_names.yaml").read_text(encoding="utf-8"))
    # ("reviewed_words": names checked by hand not to be words, whatever the gazetteer says)
    reviewed = {str(name) for name in data.pop("reviewed_words")}
    names = (str(name) for origin in data.values() for name in origin)
    return frozenset(
        lookup_key(name)
        for name in [*names, *reviewed]
        if not is_not_name(fold(name)) and (name in reviewed or not is_word_name(fold(name)))
    )


@cache
def _left_out_in_lower_case() -> frozenset[str]:
    """Given names that are also English words (``first_names.yaml``)."""
    data = load_yaml((_HERE / "first_names.yaml").read_text(encoding="utf-8"))
    return frozenset(str(word) for word in data["left_out_in_lower_case"])


def _is_given_name(word: str) -> bool:
    key = lookup_key(word)
    if key in _left_out():
        return False
    if key in _added_keys():
        return True
    return key in given_name_keys() and is_plain_name(word)


@cache
def _all_given_keys() -> frozenset[str]:
    """Every given name of the gazetteer, also those it keeps apart as family names or words
    (``pii_ambiguous_names.txt``), and the common ones left out as words (``left_out``)."""
    lines = (_HERE / "pii_given_names.txt").read_text(encoding="utf-8").splitlines()
    names = {lookup_key(line.strip()) for line in lines if line.strip()[:1].isalpha()}
    return frozenset(names | _left_out())


def _name_after_article(found: re.Match[str], lower_case: bool) -> str:
    """A given name after "der"/"die" (or "passt … zu") as a name the patterns know; the
    words before it are kept. In lower case only where the writer does not capitalise
    (``lower_case``)."""
    article, space, word = found.groups()
    capitalised = word[:1].isupper() and word[1:].islower()
    # (where the writer capitalises, only a name that is no word: "die melis", not "die rose")
    shaped = capitalised or (word.islower() and (lower_case or _is_lower_case_name(word)))
    if not shaped or lookup_key(word) not in _all_given_keys():
        return found.group()
    if word.islower() and lookup_key(word) in _left_out_in_lower_case():
        return found.group()  # "die amber": the word
    if is_not_name(fold(word)):
        return found.group()
    return f"{article}{space}{CANONICAL}"


@cache
def _word_names() -> frozenset[str]:
    """Names the gazetteer keeps apart as ordinary words ("Kai", "Max"), less those that never
    stand alone (``~``: companies named after a family)."""
    lines = (_HERE / "pii_ambiguous_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(lookup_key(line.strip()) for line in lines if line.strip()[:1].isalpha())


def _name_after_fits(found: re.Match[str]) -> str:
    """A given name after "passt … zu", also one that is a word ("zu Kai"), as a name the
    patterns know."""
    head, space, word = found.groups()
    key = lookup_key(word)
    if not word[1:].islower() or is_not_name(fold(word)):
        return found.group()
    if key in _all_given_keys() or key in _word_names():
        return f"{head}{space}{CANONICAL}"
    return found.group()


def _is_lower_case_name(word: str) -> bool:
    key = lookup_key(word)
    if key in _left_out() or key in _left_out_in_lower_case():
        return False
    if is_not_name(fold(word)) or is_word_name(fold(word)):
        return False
    return key in _added_keys() or key in given_name_keys()


def _canonical(found: re.Match[str]) -> str:
    word = found.group()
    if not word[0].isupper() or not (word[1:].islower() or "-" in word):
        return word  # "svetlana" in lower case; "ReNo", "IHK": abbreviations
    if _is_given_name(word):
        return CANONICAL
    if word.endswith("s") and _is_given_name(word[:-1]):
        return CANONICAL + "s"  # "Nurcans Chancen"
    return word


def _capitalises(text: str) -> bool:
    """Whether a word inside a sentence of ``text`` starts with a capital."""
    for found in _CAPITAL.finditer(text):
        before = text[: found.start()].rstrip(" \t")
        if before and before[-1] not in _SENTENCE_END:
            return True
    return False


def _capitalised_after_article(found: re.Match[str]) -> str:
    article, space, word = found.groups()
    if not word.islower() or lookup_key(word) not in _all_given_keys():
        return found.group()
    if lookup_key(word) in _left_out_in_lower_case() or is_not_name(fold(word)):
        return found.group()  # "die amber": the word
    return f"{article}{space}{word[0].upper()}{word[1:]}"


def with_given_names_capitalised(text: str) -> str:
    """``text``, typed with no capital at all, with the given names that are no ordinary word
    capitalised ("meinste taras schafft das" → "Taras"), and a given name after "der"/"die"
    also where it is a word ("der max"): the readings know a person by the capital."""
    text = _LOWER_WORD.sub(
        lambda found: (
            found.group().capitalize() if _is_lower_case_name(found.group()) else found.group()
        ),
        text,
    )
    return _AFTER_ARTICLE.sub(_capitalised_after_article, text)


def with_known_names(text: str) -> str:
    """``text`` with every capitalised given name of the gazetteer (that is no ordinary word)
    replaced by a first name the Art. 22 patterns know; everything else unchanged."""
    if not text:
        return text
    lower_case = not _capitalises(text)
    text = _WORD.sub(_canonical, text)
    text = _AFTER_ARTICLE.sub(lambda found: _name_after_article(found, lower_case), text)
    text = _FITS.sub(_name_after_fits, text)
    # (a name that is no word counts in lower case also where the writer capitalises other
    # words: a name typed in a hurry, "Hat leyla das Zeug …?")
    text = _LOWER_WORD.sub(
        lambda found: CANONICAL if _is_lower_case_name(found.group()) else found.group(), text
    )
    return with_unknown_names(text, CANONICAL, lower_case)
