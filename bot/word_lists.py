"""Reviewed word lists (from the YAML data files) as regular-expression alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[object], space: str = r"\s+") -> str:
    """The words as one alternation, longest first (so "Herrn" wins over "Herr"), each
    escaped; the blanks inside a word ("schreib ihm") match ``space``."""
    parts = {str(word).strip() for word in words}
    ordered = sorted(parts, key=len, reverse=True)
    return "|".join(space.join(map(re.escape, part.split())) for part in ordered if part)
