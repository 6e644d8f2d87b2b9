"""A workplace named by the people or the business there: "Azubi beim Zahnarzt", "Lehre bei
der Bank", "apprenticeship at a dentist's".

Said after bei/beim/im/in/at, "Zahnarzt" is where the training is done — the dental
practice, whose training occupation is the dental assistant — not the dentist's own degree
course, and "Bank" is no field of numbers to list. ``words.yaml`` (section ``practices``) maps
such words to the workplace rows of the reviewed synonym table; the word on its own ("Zahnarzt",
"was macht ein Zahnarzt?") is still that occupation."""

from __future__ import annotations

import re
from functools import cache

from skills.occupation.normalise import fold, word_section

# The words before a workplace; an article may stand between ("bei der Bank", "at a vet's").
_AT = frozenset({"bei", "beim", "im", "in", "am", "at", "with"})
_ARTICLES = frozenset(
    {"der", "dem", "den", "die", "einer", "einem", "einen", "ner", "nem", "a", "an", "the"}
)
_WORD = re.compile(r"[^\W\d_]+")
# A training asked about: without it "Termin beim Zahnarzt" in a message is no question for
# the occupation skill (``training_at_practice``).
_TRAINING = re.compile(
    r"\b(?:azubis?|auszubildende\w*|ausbildung\w*|lehre|lehrling\w*|lehrstelle\w*|lernen|lernt"
    r"|praktikum|apprentice\w*|trainee\w*|training)\b",
    re.IGNORECASE,
)


@cache
def _practices() -> dict[str, str]:
    return {str(word): str(place) for word, place in word_section("practices").items()}


def practice_named(text: str) -> str | None:
    """The workplace (a synonym-table word) that ``text`` names by its people or business
    after bei/beim/im/at, or None."""
    words = _WORD.findall(fold(text))
    places = _practices()
    for position, word in enumerate(words):
        place = places.get(word)
        if place is None or not position:
            continue
        before = position - 1
        if words[before] in _ARTICLES and before:
            before -= 1
        if words[before] in _AT:
            return place
    return None


def training_at_practice(text: str) -> str | None:
    """The workplace of a training asked about there ("Ausbildung beim Tierarzt"), or None."""
    return practice_named(text) if _TRAINING.search(text) else None
