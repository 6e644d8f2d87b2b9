"""Verdicts on a person asked in English (``judgement_english.yaml``).

Partner institutions and some counsellors write English, often with German words inside ("Is
Kevin fit for an Ausbildung as Elektroniker?"). The German readings of
:mod:`bot.policy.judgement` carry a few English patterns each; the idioms English speakers
use for aptitude and prognosis ("cut out for", "out of his depth", "a lost cause", "has what
it takes", "the odds that Leonie passes", "rate how motivated Paul seems", "write an
assessment of her suitability") are kept here, in one reviewed list, so the English side can
grow without touching the German one.

Each shape needs a specific person (a pronoun, a client by role, a title and a name, or a
first name); a capitalised word alone is none, since mixed messages capitalise German nouns.
Questions about an occupation ("what does it take to become a paramedic?", "which
apprenticeships are suitable for someone who …") name nobody and do not count.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_parts import KNOWN_NAME, known_name
from bot.policy.pii_domain import is_domain_word
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_english.yaml")
# the building blocks, in the order they are filled in (a later one may use an earlier one)
_PARTS = ("person", "possessive", "generic", "idiom", "trait", "quality", "outcome")


@cache
def _data() -> dict[str, object]:
    data: dict[str, object] = load_yaml(_DATA.read_text(encoding="utf-8"))
    return data


@cache
def _parts() -> dict[str, str]:
    data = _data()
    parts: dict[str, str] = {}
    for name in _PARTS:
        parts[name] = _filled(str(data[name]), parts)
    return parts


def _joined(key: str) -> re.Pattern[str]:
    listed = _data()[key]
    assert isinstance(listed, list)
    shapes = [_filled(str(shape), _parts()) for shape in listed]
    joined = "|".join(f"(?:{shape})" for shape in shapes).replace(KNOWN_NAME, known_name())
    return re.compile(rf"(?=[^\W\d_])(?<![^\W\d_])(?:{joined})", re.IGNORECASE)


@cache
def english_verdict() -> re.Pattern[str]:
    """All shapes as one pattern, compiled once."""
    return _joined("shapes")


@cache
def _set_aside() -> re.Pattern[str]:
    return _joined("set_aside")


def set_aside_english(text: str) -> str:
    """``text`` with English requests that judge nobody blanked out: a thing recommended to
    someone ("recommend her a course"), a referral to a service, an entitlement foretold ("is
    she likely to get BAB?")."""
    return _set_aside().sub(" ", text)


@cache
def _german() -> tuple[frozenset[str], re.Pattern[str]]:
    data = _data()
    words = data["german_nouns"]
    assert isinstance(words, list)
    endings = re.compile(rf"[^\W\d_]{{2,}}{data['german_endings']}", re.IGNORECASE)
    return frozenset(str(word).casefold() for word in words), endings


def is_german_noun(word: str) -> bool:
    """Whether a capitalised ``word`` in an English sentence is a German noun, not a name:
    a listed school or training word, an occupation or field word, or a German noun's
    ending ("Berufsschule", "Gesellenprüfung")."""
    words, endings = _german()
    return word.casefold() in words or is_domain_word(word) or endings.fullmatch(word) is not None


def is_capitalised_word(word: str) -> bool:
    """Whether ``word`` is one English capitalises and is no name: a language, a nationality,
    a day or a month ("B1 German", "on Monday")."""
    return word.casefold() in _capitalised()


@cache
def _capitalised() -> frozenset[str]:
    words = _data()["capitalised_words"]
    assert isinstance(words, list)
    return frozenset(str(word).casefold() for word in words)


def _filled(pattern: str, parts: dict[str, str]) -> str:
    """``pattern`` with each ``{name}`` of ``parts`` filled in (not ``str.format``: the
    patterns hold quantifiers such as ``{0,2}``)."""
    for name, part in parts.items():
        pattern = pattern.replace(f"{{{name}}}", part)
    return pattern


def asks_in_english(text: str) -> bool:
    """Whether ``text`` asks in English for a verdict on a specific person."""
    return english_verdict().search(text) is not None


@cache
def _english_words() -> frozenset[str]:
    words = _data()["english_words"]
    assert isinstance(words, list)
    return frozenset(str(word).casefold() for word in words)


def is_english_word(word: str) -> bool:
    """Whether ``word`` typed in lower case is an English word the name lists also hold as a
    name ("young", "bright")."""
    return word.casefold() in _english_words()
