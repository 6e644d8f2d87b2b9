"""Types shared by the personal-data detectors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar


class PiiKind(StrEnum):
    """Kinds of personal data we look for; declaration order is the display order."""

    PERSON_NAME = "person_name"
    EMAIL = "email"
    PHONE = "phone"
    STREET_ADDRESS = "street_address"
    POSTCODE_TOWN = "postcode_town"
    BIRTHDATE = "birthdate"
    IBAN = "iban"
    TAX_ID = "tax_id"
    SOCIAL_INSURANCE = "social_insurance"
    CUSTOMER_NUMBER = "customer_number"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data at ``text[start:end]``.

    ``value`` is the matched text itself, kept only for the pseudonymiser. It must never be
    logged, stored or sent anywhere; it is left out of ``repr`` so that a finding printed in a
    log line or a test failure does not reveal it.
    """

    kind: PiiKind
    start: int
    end: int
    value: str = field(repr=False)

    @property
    def length(self) -> int:
        return self.end - self.start


def finding(kind: PiiKind, text: str, start: int, end: int) -> Finding:
    """A finding for ``text[start:end]`` (the slice becomes its value)."""
    return Finding(kind, start, end, text[start:end])


_LETTERS = re.compile(r"[^\W\d_]+")


T = TypeVar("T")
_FORGET: list[Callable[[], None]] = []


def per_text_cache(function: Callable[[str], T]) -> Callable[[str], T]:
    """Cache ``function`` for the words or text of one search only.

    Detectors look at the same words many times within a message; across messages, though,
    nothing of a message (and so no name) may linger in memory: ``forget_texts`` empties
    every such cache after each search."""
    cached = lru_cache(maxsize=None)(function)
    _FORGET.append(cached.cache_clear)
    return cached


def forget_texts() -> None:
    """Empty the caches of :func:`per_text_cache` (``find_personal_data`` calls this)."""
    for clear in _FORGET:
        clear()


@per_text_cache
def _distinct_words(text: str) -> frozenset[str]:
    # Several detectors ask about the same text in a row: split it into words once.
    return frozenset(_LETTERS.findall(text))


def words_where(text: str, wanted: Callable[[str], bool]) -> Iterator[re.Match[str]]:
    """The words of ``text`` (letter runs) for which ``wanted`` holds, in order.

    A detector that cares about a few words looks them up once per distinct word and then
    searches for those words only, which is much faster on long notes than testing every
    word in a Python loop."""
    chosen = {word for word in _distinct_words(text) if wanted(word)}
    if not chosen:
        return iter(())
    alternatives = "|".join(re.escape(word) for word in sorted(chosen, key=len, reverse=True))
    # No lookbehind in front: a pattern that starts with its words lets the regex engine skip
    # to their first letters; the word boundary before is checked here instead.
    pattern = re.compile(rf"(?:{alternatives})(?![^\W\d_])")
    return (
        match
        for match in pattern.finditer(text)
        if match.start() == 0 or not _LETTERS.match(text, match.start() - 1)
    )
