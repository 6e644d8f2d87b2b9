"""Tables of topics recognised by regular expressions in the first line of a short message
(``about.yaml``: questions about Lotse; ``not_offered.yaml``: work Lotse does not do)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.yaml_data import load_yaml


def alternatives(patterns: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def load_topics(
    path: Path, topics: Sequence[str], other_keys: frozenset[str] = frozenset()
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each topic of ``path`` with its patterns, in the order of ``topics``; a key that is
    neither a topic nor one of ``other_keys`` is refused (a misspelt topic would be ignored)."""
    data = load_yaml(path.read_text(encoding="utf-8"))
    unknown = set(data) - {*topics, *other_keys}
    if unknown:
        raise ValueError(f"{path.name}: unknown topics {sorted(unknown)}")
    return tuple((topic, alternatives(data[topic])) for topic in topics if data.get(topic))


def first_line(text: str, max_chars: int) -> str | None:
    """The first line of a short message; None for an empty or a long one (material such as
    pasted notes, not a question of its own)."""
    stripped = text.strip()
    if not stripped or len(stripped) > max_chars:
        return None
    return stripped.split("\n", 1)[0]
