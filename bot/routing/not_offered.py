"""Requests for work Lotse does not do ("Schreib mir einen Lebenslauf für Tim", "Übersetz das
ins Türkische"): recognised from ``not_offered.yaml`` so that the answer says so plainly
instead of answering another question or "not understood".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.routing.topic_table import first_line, load_topics

_DATA = Path(__file__).with_name("not_offered.yaml")
KINDS = ("application", "translation", "calendar", "language", "method")
MAX_CHARS = 300  # a longer message is material (notes, a pasted mail), not such a request


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return load_topics(_DATA, KINDS)


def not_offered(text: str) -> str | None:
    """The kind of work ``text`` asks for that Lotse does not do, or None."""
    line = first_line(text, MAX_CHARS)
    if line is None:
        return None
    for kind, pattern in _patterns():
        if pattern.search(line):
            return kind
    return None
