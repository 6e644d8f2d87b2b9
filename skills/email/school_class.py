"""A school class or year group the mail is for: "Mail an die Klasse 9b", "nachricht an die
9c", "message to class 10c", "invite class 8b …", "message to year 10". Its members are pupils:
the German salutation greets "Liebe Schülerinnen und Schüler der Klasse 9b,", the English one
"Dear students (class 10c),", and the class typed is no stray line of the letter."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

Span = tuple[int, int]
# Where the words that address the mail end: the colon or "dass" that opens what it says
_SAYS = re.compile(r":\s|:$|\bdass\b|\bthat\b|\n", re.IGNORECASE)
# "an die Klasse 9b", "to class 10c", "invite year 9", "an die 9c", "an den Jahrgang 10"
_CLASS = re.compile(
    r"\b(?:an|to|für|for|invite|remind|inform|tell|email|e-mail|mail)\s+"
    r"(?:(?:die|den|the|all|alle)\s+)?(?:(?:schüler\w*|students|pupils)\s+(?:der|of)\s+)?"
    r"(?:(?P<noun>klasse|class|year|form|jahrgang(?:sstufe)?|stufe)\s+"
    r"(?P<grade>\d{1,2}(?:[a-z]\b|\b))"
    r"|(?P<bare>\d{1,2}[a-z])\b)"
    # the school it belongs to: "Klasse 10b der Realschule Mitte", "class 9a of Hill School"
    r"(?P<school>\s+(?:der|des|of(?:\s+the)?)\s+(?-i:[A-ZÄÖÜ])[\w-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w.-]*){0,3})?",
    re.IGNORECASE,
)
_GERMAN_NOUN = {"klasse": "Klasse", "jahrgang": "Jahrgangs", "jahrgangsstufe": "Jahrgangsstufe"}
_GERMAN_NOUN |= {"stufe": "Stufe", "class": "Klasse", "form": "Klasse", "year": "Jahrgangs"}


@dataclass(frozen=True, slots=True)
class SchoolClass:
    genitive: str  # for a German salutation: "der Klasse 9b", "des Jahrgangs 10"
    typed: str  # as typed, for an English one: "class 10c", "year 10", "9c"
    span: Span


def school_class(text: str) -> SchoolClass | None:
    """The class the mail is addressed to, named before what it says; None when none is."""
    says = _SAYS.search(text)
    end = says.start() if says else len(text)
    match = _CLASS.search(text, 0, end)
    return _school_class(match) if match is not None else None


# "die Eltern der 9b", "alle Eltern Jahrgang 9", "parents of year 9", "Elternbrief Klasse 8a":
# the class whose parents the mail is for (one class; "der 9a und 9b" stays as typed)
_PARENTS_OF = re.compile(
    r"\b(?:eltern|parents|elternbrief\w*)\s+(?:(?:der|des|von|aus|of(?:\s+the)?|in)\s+)?"
    r"(?:(?P<noun>klasse|class|year|form|jahrgang(?:sstufe)?|stufe)\s+(?P<grade>\d{1,2}(?:[a-z]\b|\b))"
    r"|(?P<bare>\d{1,2}[a-z])\b)(?!\s*(?:und|and|&|,|/)\s*\d)",
    re.IGNORECASE,
)


def parents_class(text: str) -> SchoolClass | None:
    """The class whose parents the mail is for, named before what it says."""
    says = _SAYS.search(text)
    match = _PARENTS_OF.search(text, 0, says.start() if says else len(text))
    if match is None:
        return None
    found = _school_class(match)
    # the salutation says "Eltern" (and "Elternbrief") as well as the class
    return replace(found, span=(match.start(), found.span[1]))


def _school_class(match: re.Match[str]) -> SchoolClass:
    if match["bare"] is not None:  # "die 9c": a class by its grade alone
        grade, noun = match["bare"], "klasse"
        start = match.start("bare")
    else:
        grade, noun = match["grade"], match["noun"].lower()
        start = match.start("noun")
    german = _GERMAN_NOUN[noun]
    article = "des" if german == "Jahrgangs" else "der"
    school = match.groupdict().get("school") or ""  # the English salutation gives it as typed
    return SchoolClass(
        f"{article} {german} {grade}{school}",
        match.string[start : match.end()],
        (start, match.end()),
    )


# An order to write that opens the request: "invite class 8b …", "message to year 10: …"
_ORDER = re.compile(
    r"^\s*(?:bitte\s+|please\s+|pls\s+)?(?:invite|remind|inform|tell|e-?mail|mail|message"
    r"|nachricht|rundmail|info)\b",
    re.IGNORECASE,
)


def written_to_class(text: str) -> bool:
    """The request opens with an order to write and is addressed to a class ("invite class 8b
    to the open day …"): an email, though no person is named."""
    return _ORDER.match(text) is not None and school_class(text) is not None
