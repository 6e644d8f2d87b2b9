"""Items of a list typed on one line, as typed: "Lebenslauf, Zeugnisse; Personalausweis (Vorder-
und Rückseite)". Agreed steps and documents to bring are both split this way."""

from __future__ import annotations

import re

# A sentence after the list ends it ("... Zeugnisse. Bitte bis Freitag."), abbreviations aside.
# "Müller & Söhne GmbH & Co. KG", "Nr. 5": the dot of an abbreviation ends no sentence either.
SENTENCE_END = re.compile(
    r"(?<!\b\w)(?<!\bCo)(?<!\bNr)(?<!\bStr)(?<!\bInc)(?<!\bLtd)(?<!\bca)(?<!\bjun)"
    r"\.\s+(?=[A-ZÄÖÜ])"
)


def until_sentence_end(rest: str) -> str:
    return SENTENCE_END.split(rest, maxsplit=1)[0]


# "Stahl & Co.", "Müller GmbH & Co. KG": the dot of an abbreviation stays with the item, and
# so does the closing dot of a date ("bis 22.01."): without it the date is no date.
_ABBREVIATED = re.compile(
    r"\b(?:Co|Nr|Str|Inc|Ltd|e\.V|gGmbH|Corp)\.$|(?<![\d.])\d{1,2}\.\d{1,2}\.$"
)


def item_as_typed(part: str) -> str:
    item = part.strip(" \t;,")
    if _ABBREVIATED.search(item):
        return item
    return item.strip(" .;,")


# A suspended compound ("Vorder- und Rückseite", "Kranken- und Pflegekasse") is one item.
_SUSPENDED = re.compile(r"\w-\s*$")


def _split_outside_brackets(rest: str, splitter: str) -> list[str]:
    """``rest`` split at ``splitter``, but never inside brackets ("Personalausweis (Vorder-
    und Rückseite)") nor after a suspended compound's hyphen."""
    parts: list[str] = []
    depth = start = 0
    position = 0
    pattern = re.compile(splitter)
    while position < len(rest):
        char = rest[position]
        depth += {"(": 1, ")": -1}.get(char, 0)
        match = pattern.match(rest, position) if depth <= 0 else None
        if match and match.end() > position and not _SUSPENDED.search(rest[start:position]):
            parts.append(rest[start:position])
            start = position = match.end()
            continue
        position += 1
    parts.append(rest[start:])
    return parts


def items_of(rest: str, splitter: str) -> list[str]:
    rest = until_sentence_end(rest)
    parts = _split_outside_brackets(rest, splitter)
    return [item_as_typed(part) for part in parts if part.strip(" .;,")]
