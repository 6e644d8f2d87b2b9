"""Requests for work Lotse does not do ("Schreib mir einen Lebenslauf für Tim", "Übersetz das
ins Türkische"): recognised from ``not_offered.yaml`` so that the answer says so plainly
instead of answering another question or "not understood".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("not_offered.yaml")
KINDS = ("application", "translation", "calendar", "language")
MAX_CHARS = 300  # a longer message is material (notes, a pasted mail), not such a request


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    unknown = set(data) - set(KINDS)
    if unknown:
        raise ValueError(f"{_DATA.name}: unknown kinds {sorted(unknown)}")
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in data[kind]), re.IGNORECASE))
        for kind in KINDS
    )


def not_offered(text: str) -> str | None:
    """The kind of work ``text`` asks for that Lotse does not do, or None."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CHARS:
        return None
    first_line = stripped.split("\n", 1)[0]
    for kind, pattern in _patterns():
        if pattern.search(first_line):
            return kind
    return None
