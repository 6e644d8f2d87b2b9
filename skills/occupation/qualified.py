"""Qualified titles: a name followed by a field of work ("Technischer Zeichner Maschinenbau").

Former and everyday titles were often qualified by a field ("Technische Zeichnerin
Elektrotechnik", "Industriemechaniker Instandhaltung"); today the field is a specialisation of
one entry or the reason a title was split into several. The spelling search sees an unknown
word and can only guess. Here the leading words that name entries exactly are the title, the
words after it the qualifier: an entry whose specialisations (or names) carry every qualifier
word is the answer; when none or several do, the title's entries are offered ("Meinten Sie
…?"), never a spelling neighbour as if it were what was asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from skills.occupation.catalogue import Catalogue
from skills.occupation.confidence import MAX_CHOICES, Resolution, Verdict, relates
from skills.occupation.model import Match, Occupation
from skills.occupation.normalise import normalise, word_section

# Words that put a place after a title ("Koch in Dortmund", "Maler bei der Stadt"); a field
# follows a title bare or after a marker ("Fachrichtung", "Schwerpunkt").
_PLACE_WORDS = frozenset({"in", "im", "bei", "beim", "aus", "nach", "near", "at"})


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "the", "a", "an"})


def _places_after(title: Sequence[str]) -> bool:
    """Whether ``title`` ends with a place word, articles aside ("Maler bei der")."""
    words = [word.casefold() for word in title]
    while words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1] in _PLACE_WORDS


@cache
def field_markers() -> frozenset[str]:
    """Words that only announce a field ("Fachrichtung", "Schwerpunkt"), normalised."""
    words = str(word_section("field_markers")).split()
    return frozenset(token for word in words for token in normalise(word).tokens)


@cache
def not_fields() -> frozenset[str]:
    """Words that judge rather than name a field ("gut", "schwer"), normalised."""
    words = str(word_section("not_fields")).split()
    return frozenset(token for word in words for token in normalise(word).tokens)


def _field_words(occupation: Occupation) -> set[str]:
    texts = [*occupation.specialisations, *(name for name, _ in occupation.names())]
    return {token for text in texts for token in normalise(text).tokens}


def _fits(occupation: Occupation, qualifier: Sequence[str]) -> bool:
    words = _field_words(occupation)
    return all(any(relates(word, token) for word in words) for token in qualifier)


@dataclass(frozen=True, slots=True)
class Qualified:
    """What a qualified title resolved to: the title and the field as typed."""

    resolution: Resolution
    title: str
    field: str


def qualified(catalogue: Catalogue, query: str, found: Sequence[Match] = ()) -> Qualified | None:
    """The entry a qualified title names, or its title's entries to choose from; None when
    ``query`` does not start with an exact name followed by more words. ``found`` (the
    spelling search's candidates) is offered after the title's own entries."""
    words = query.split()
    for size in range(len(words) - 1, 0, -1):  # the longest leading name
        if _places_after(words[:size]) or words[size].casefold() in _PLACE_WORDS:
            continue  # "Koch in Dortmund": a town, not a field of the title
        title, field = " ".join(words[:size]), " ".join(words[size:]).strip(" ()[],.;:!?")
        named = catalogue.exact(title)
        if not named:
            continue
        skipped = field_markers() | not_fields()
        qualifier = [token for token in normalise(field).tokens if token not in skipped]
        if not qualifier:
            return None
        by_id: dict[str, Match] = {}
        for match in named:
            by_id.setdefault(match.occupation.id, match)
        entries = list(by_id.values())
        fitting = [match for match in entries if _fits(match.occupation, qualifier)]
        if len(fitting) == 1:
            best = fitting[0]
            others = [match for match in entries if match is not best]
            return Qualified(Resolution(Verdict.ANSWER, (best, *others)), title, field)
        offered = fitting or entries
        ids = {match.occupation.id for match in offered}
        offered += [match for match in found if match.occupation.id not in ids]
        return Qualified(Resolution(Verdict.CHOOSE, tuple(offered[:MAX_CHOICES])), title, field)
    return None
