"""Comparison questions: "Unterschied zwischen Tischler und Holzmechaniker?".

``parse`` finds the two names; ``resolve`` looks each up and accepts only a clear match, so a
comparison never silently shows a different occupation than the one named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skills.occupation.catalogue import Catalogue
from skills.occupation.confidence import Verdict, decide
from skills.occupation.model import Occupation
from skills.occupation.normalise import fold

_NAME = r"(?P<{0}>[^?!.;:]{{2,60}}?)"
# "Daten- und Prozessanalyse": "und" after a hyphen joins the parts of one name
_JOINED = r"(?<!-)(?<!-\s)"
_SEP = _JOINED + r"\s*(?:und|oder|mit|vs\.?|versus|and|or|with|to|gegenüber|&|/)\s+"
_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\bunterschied(?:e)?\s+(?:zwischen\s+)?(?:de[mnr]\s+|die\s+|das\s+)?"
        rf"{_NAME.format('a')}{_SEP}{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"\bdifferences?\s+between\s+(?:an?\s+|the\s+)?{_NAME.format('a')}{_SEP}"
        rf"{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"\b(?:vergleiche?n?|vergleich\s+(?:von|zwischen)|compare|comparison\s+of)\s+"
        rf"{_NAME.format('a')}{_SEP}{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"\bwas\s+unterscheidet\s+(?:eine?n?\s+|de[nmr]\s+|die\s+)?{_NAME.format('a')}\s+"
        rf"(?:von|und)\s+(?:eine?m?r?\s+|de[nmr]\s+|die\s+)?{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"^\s*{_NAME.format('a')}{_JOINED}\s+(?:oder|vs\.?|versus|or|und|and)\s+{_NAME.format('b')}"
        rf"\s*[-–—,:?]*\s*(?:(?:was\s+ist|wo\s+ist|wo\s+liegt|worin\s+liegt|what(?:'s|\s+is))\s+"
        rf"(?:denn\s+|eigentlich\s+|genau\s+)*(?:der|the)\s+(?:unterschied|difference)"
        # "X oder Y – was unterscheidet die beiden (für jemanden, der …)?"
        rf"|was\s+unterscheidet\s+(?:die\s+)?beiden"
        # "Tischler oder Schreiner – gibt es einen Unterschied?"
        rf"|gibt(?:\s+es|'?s)\s+(?:da\s+|denn\s+|überhaupt\s+|eigentlich\s+)*(?:einen|nen)\s+unterschied"
        rf"|is\s+there\s+(?:a|any)\s+difference"
        rf"|(?:wo|worin|wie)\s+unterscheiden\s+(?:sie|die|diese)\s+(?:\w+\s+)?sich"
        rf"|how\s+do\s+(?:they|the\s+two)\s+differ"
        # "Fachlagerist vs Fachkraft für Lagerlogistik, Unterschied? Er will …": the word alone
        rf"|(?:unterschiede?|differences?)(?=\s*\?))\b",
        rf"^\s*{_NAME.format('a')}\s+(?:vs\.?|versus)\s+{_NAME.format('b')}\s*[?!.]*\s*$",
        # "Ist Schreiner dasselbe wie Tischler?", "is a joiner the same as a carpenter?"
        rf"^\s*(?:ist|sind)\s+(?:eine?\s+|de[rn]\s+|die\s+|das\s+)?{_NAME.format('a')}\s+"
        rf"(?:dasselbe|das\s+selbe|das\s+gleiche|derselbe|der\s+gleiche|dieselbe|die\s+gleiche"
        rf"|gleich|identisch)\s+(?:wie|mit)\s+{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"^\s*(?:is|are)\s+(?:an?\s+|the\s+)?{_NAME.format('a')}\s+(?:the\s+same\s+as"
        rf"|identical\s+to)\s+{_NAME.format('b')}\s*[?!.]*\s*$",
        # "Was ist besser: Industriekaufmann oder Bürokaufmann?": which is better depends on
        # the person; the facts side by side are what can be answered
        rf"\b(?:was|welche[rs]?)\s+(?:ist|wäre|waere|passt)\s+(?:denn\s+|eigentlich\s+)*"
        rf"(?:besser|sinnvoller)\s*[:,–—-]?\s+{_NAME.format('a')}\s+(?:oder|or)\s+"
        rf"{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"\bwhich\s+(?:one\s+)?is\s+better\s*[:,–—-]?\s+(?:an?\s+|the\s+)?{_NAME.format('a')}"
        rf"\s+or\s+{_NAME.format('b')}\s*[?!.]*\s*$",
        rf"^\s*{_NAME.format('a')}\s+(?:oder|or)\s+{_NAME.format('b')}\s*[-–—,:?]*\s*"
        rf"(?:was|welche[rs]?|which(?:\s+one)?|what)\s+(?:ist|wäre|waere|passt|is)\s+"
        rf"(?:denn\s+|eigentlich\s+)*(?:besser|better|sinnvoller)\b",
    )
)
_FILLER = re.compile(
    # "und Anwendungsentwicklung vs Systemintegration?": a follow-up's "und" is no part of a name
    r"^(?:de[mnr]|die|das|eine?[mnr]?|a|an|the|beruf(?:en)?|ausbildung(?:en)?|zum|zur|als|und|and)"
    r"\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CompareQuery:
    """The names a comparison question named, as typed: two, or more in a list ("Fachlagerist,
    Fachkraft für Lagerlogistik und Berufskraftfahrer")."""

    left: str
    right: str
    middle: tuple[str, ...] = ()  # the names between the first and the last

    @property
    def names(self) -> tuple[str, ...]:
        return (self.left, *self.middle, self.right)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A name and what it clearly means; ``candidates`` when it is not clear."""

    name: str
    occupation: Occupation | None
    candidates: tuple[Occupation, ...] = ()
    exact: bool = True  # False: a near spelling, which the reply names


def _clean(name: str) -> str:
    name = name.strip(" \t-–—,\"'„“”")
    while True:
        stripped = _FILLER.sub("", name)
        if stripped == name:
            return name
        name = stripped


def parse(text: str) -> CompareQuery | None:
    """The two names of a comparison question, or None when ``text`` is no comparison."""
    cleaned = " ".join(text.split())
    for pattern in _PATTERNS:
        found = pattern.search(cleaned)
        if found:
            first, *middle = _listed(found.group("a"))
            left, right = _clean(first), _clean(found.group("b"))
            if left and right and fold(left) != fold(right):
                return CompareQuery(left, right, tuple(filter(None, map(_clean, middle))))
    return None


# "MFA, PTA oder PKA": a comma lists names; "Kurier-, Express- und …" is one name's parts
_LIST_COMMA = re.compile(r"(?<!-),\s+")


def _listed(name: str) -> list[str]:
    return _LIST_COMMA.split(name)


def resolve(catalogue: Catalogue, name: str) -> Resolved:
    """Look ``name`` up with the lookup's own decision (skills.occupation.confidence): a
    comparison is as sure, or as unsure, about a name as a lookup of that name would be."""
    resolution = decide(catalogue, name, catalogue.search(name, limit=4))
    # A word with several meanings is asked about: a side-by-side of the likeliest could
    # compare something other than what was meant.
    if resolution.verdict is Verdict.ANSWER and not resolution.several_meanings:
        best = resolution.matches[0]
        return Resolved(name, best.occupation, exact=best.score >= 100.0)
    return Resolved(name, None, tuple(match.occupation for match in resolution.matches[:4]))
