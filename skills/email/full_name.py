"""A first name and a surname typed after whom to write to, without Frau/Herr: "mail an lena
weber: …", "schreib Kevin Schulz per du …", "write to anna kowalczyk (informal) …".

A first word from the list of first names makes the pair a person, in whatever case it was
typed; the next word is the surname where the addressing visibly ends after it (a colon, a
comma, a bracket, the address form, "dass") or where it is a listed surname itself ("mail an
lena weber termin …"). Greeted "Guten Tag Lena Weber," or, per du, "Hallo Lena,".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.policy.pii_gazetteer import (
    given_name_keys,
    is_listed_name,
    is_name_after_title,
    is_not_name,
    is_plain_name,
    lookup_key,
)
from skills.email.model import Person
from skills.email.words import words

Span = tuple[int, int]
_WORD = r"[^\W\d_]{2,}"
_ADDRESSED = re.compile(
    r"\b(?:an|to|(?P<verb>schreib\w*|write|e-?mail|mail|remind|erinner\w*)(?:\s+(?:an|to))?)\s+"
    rf"(?P<first>{_WORD})[ \t]+(?P<surname>{_WORD}(?:-{_WORD})?)\b"
    r"(?P<end>(?=\s*(?:[:,;(\n]|$|per\s+(?:du|sie)\b|(?:du|sie)[- ]?form\b|dass\b|that\b)))?",
    re.IGNORECASE,
)
_LONGEST_FIRST_NAME = 12


def capitalised(word: str) -> str:
    """ "weber" -> "Weber", "schneider-kaya" -> "Schneider-Kaya"; "McLeod" stays."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _first_name(word: str, ends: bool) -> bool:
    """A listed first name, also one that is a surname too ("Anna", "Sophie"); where the
    addressing visibly ends after the surname, also one that is a word as well ("Maria")."""
    if word.lower() in words().filler or capitalised(word) in words().not_names:
        return False
    if lookup_key(word) in given_name_keys() or is_plain_name(capitalised(word)):
        return True
    return ends and is_name_after_title(word)  # "Maria" is also a place


def _surname(word: str, ends: bool, could_be_surname: Callable[[str], bool]) -> bool:
    name = capitalised(word)
    if word.lower() in words().filler or name in words().not_names:
        return False
    if is_not_name(lookup_key(word)) or not could_be_surname(name):
        return False
    return ends or is_listed_name(name)


def addressed_full_name(
    text: str, could_be_surname: Callable[[str], bool], *, by_verb: bool = False
) -> tuple[Person, Span] | None:
    """The person named by first name and surname right after whom to write to, if any;
    ``could_be_surname`` tells a surname from a known word; ``by_verb``: only right after a
    verb that orders to write ("schreib kevin schulz per du …"), not after a bare "an"."""
    for match in _ADDRESSED.finditer(text):
        if by_verb and match["verb"] is None:
            continue
        first = match["first"]
        ends = match["end"] is not None
        if len(first) > _LONGEST_FIRST_NAME or not _first_name(first, ends):
            continue
        if not _surname(match["surname"], ends, could_be_surname):
            continue
        person = Person(capitalised(match["surname"]), first_name=capitalised(first))
        return person, (match.start("first"), match.end("surname"))
    return None
