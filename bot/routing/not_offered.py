"""Requests for work Lotse does not do ("Schreib mir einen Lebenslauf für Tim", "Übersetz das
ins Türkische", "schick das an Frau Weber"): recognised from ``not_offered.yaml`` so that the
answer says so plainly instead of answering another question or "not understood".

The table has two stages. The kinds at its top are orders no skill serves, checked before the
classifier (else "send it" became an occupation search). Those under ``unclaimed`` are wider
(a person named in "Wie spreche ich mit Emma …?", "freie Ausbildungsplätze in Hamm"): checked
only when the classifier found no skill, so they can never take a request a skill serves.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.routing.topic_table import alternatives, first_line, load_topics
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("not_offered.yaml")
KINDS = (
    "application",
    "translation",
    "calendar",
    "language",
    "method",
    "sending",
    "lookup",
    "search",
    "contacts",
    "editing",
)
UNCLAIMED = "unclaimed"
MAX_CHARS = 300  # a longer message is material (notes, a pasted mail), not such a request


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return load_topics(_DATA, KINDS, frozenset({UNCLAIMED}))


@cache
def _unclaimed() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))[UNCLAIMED]
    unknown = set(data) - set(KINDS)
    if unknown:
        raise ValueError(f"{_DATA.name}: unknown topics under {UNCLAIMED} {sorted(unknown)}")
    return tuple((kind, alternatives(data[kind])) for kind in KINDS if data.get(kind))


def _first_kind(text: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    line = first_line(text, MAX_CHARS)
    if line is None:
        return None
    for kind, pattern in table:
        if pattern.search(line):
            return kind
    return None


def not_offered(text: str) -> str | None:
    """The kind of work ``text`` orders that Lotse does not do, or None."""
    return _first_kind(text, _patterns())


def not_offered_unclaimed(text: str) -> str | None:
    """The kind of work ``text`` asks for that Lotse does not do, read only for a message no
    skill took (the wider cues of the table's ``unclaimed`` section), or None."""
    return _first_kind(text, _unclaimed())
