"""Postal addresses: German street + house number, and postcode + town.

German nouns are capitalised, so "Im Jahr 2020" or "30000 Euro" look like addresses; the word
lists in ``pii_addresses.yaml`` keep such everyday phrases out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.policy.pii_types import Finding, PiiKind, finding
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("pii_addresses.yaml")
_WORD = r"[A-ZÄÖÜ][^\W\d_]+"
_SUFFIXES = (
    "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
    "chaussee", "pfad", "steig", "stieg", "wall", "graben", "promenade", "str",
)  # fmt: skip
_STREET_SUFFIX = "(?i:" + "|".join(re.escape(suffix) for suffix in _SUFFIXES) + ")"
# "The word just read ends in a suffix, after at least one more letter or a hyphen". One
# fixed-width lookbehind per suffix; reading the word atomically first avoids backtracking.
_ENDS_IN_SUFFIX = "(?:" + "|".join(rf"(?<=[\w-](?i:{re.escape(s)}))" for s in _SUFFIXES) + ")"
# House number with an optional letter or range ("12", "5a", "12-14", "3 / 5"); never a year,
# a time, a percentage or a count of something.
_HOUSE = (
    r"(?P<house>\d{1,3}(?!\d)(?:[ ]?[a-zA-Z](?![^\W\d_]))?(?:[ ]?[-/][ ]?\d{1,3}[a-zA-Z]?)?)"
    r"(?![\d:,.]\d|[^\W_]"
    r"|[ \t]*(?:Uhr|%|Prozent|Euro|EUR|€|Jahre?n?|Tage?n?|Stunden?|Minuten|Monate?n?|Wochen?"
    r"|Personen|Leute|Plätze|Termine?|Teilnehm\w*|Mal|Seiten?|Punkte?)(?!\w))"
)
# Patterns start with a lookahead on their first character so the regex engine can skip ahead.
_STREET = re.compile(
    r"(?=[A-ZÄÖÜ])(?<![\w-])(?:"
    # One word ending in a street suffix: "Hauptstraße", "Konrad-Adenauer-Str."
    rf"(?P<compound>(?>[A-ZÄÖÜ][^\W\d_]*(?:-[^\W\d_]+)*\.?){_ENDS_IN_SUFFIX})"
    # An adjective and a separate suffix word: "Kölner Str.", "Lange Gasse"
    rf"|(?P<adjective>{_WORD})[ \t]+{_STREET_SUFFIX}"
    # A preposition and a name: "Am Markt", "An der Alten Kirche"
    r"|(?P<prep>Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Unter|Hinter|Vor|Bei)[ \t]+(?:der|dem|den))"
    rf"[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD})?)"
    rf")[ \t]*{_HOUSE}"
)
_POSTCODE_TOWN = re.compile(
    r"(?=[D\d])(?<![\w.,/-])(?:D-)?(?!00)\d{5}[ \t]+"
    r"(?P<town>[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ]?[^\W\d_]+)*"
    r"(?:[ \t](?:an[ \t]der|am|im|in[ \t]der|ob[ \t]der|bei)[ \t][A-ZÄÖÜ][^\W\d_]+"
    r"|[ \t]\([A-ZÄÖÜ][^\W\d_]*(?:[ .][^\W\d_]+)*\.?\))?)"
)


@dataclass(frozen=True, slots=True)
class _WordLists:
    not_streets: frozenset[str]
    not_adjectives: frozenset[str]
    not_place_names: frozenset[str]
    not_towns: frozenset[str]


@cache
def _words() -> _WordLists:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _WordLists(**{key: frozenset(str(word) for word in data[key]) for key in data})


def find_street_addresses(text: str) -> list[Finding]:
    """Street names with a house number, e.g. "Hauptstraße 12" or "Am Markt 3"."""
    words = _words()
    found = []
    for match in _STREET.finditer(text):
        if match["compound"] and match["compound"].lower() in words.not_streets:
            continue
        if match["adjective"] and match["adjective"].lower() in words.not_adjectives:
            continue
        if match["name"] and match["name"].split()[0].lower() in words.not_place_names:
            continue
        found.append(finding(PiiKind.STREET_ADDRESS, text, match.start(), match.end("house")))
    return found


def find_postcode_towns(text: str) -> list[Finding]:
    """A German postcode followed by a town, e.g. "44135 Dortmund"."""
    return [
        finding(PiiKind.POSTCODE_TOWN, text, match.start(), match.end())
        for match in _POSTCODE_TOWN.finditer(text)
        if match["town"].split("-")[0].lower() not in _words().not_towns
    ]
