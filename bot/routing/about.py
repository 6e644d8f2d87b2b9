"""Questions about Lotse itself ("Wohin gehen meine Daten?", "Welches Modell nutzt du?").

The cues live in ``about.yaml``. Only the first line of a short message is read: a question
about Lotse is short, and pasted notes that mention "Daten" are no such question.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("about.yaml")
MAX_CHARS = 300
TOPICS = ("minors", "personal_data", "data_flow", "storage", "visibility", "model", "ai")


def _alternatives(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def _exclude() -> re.Pattern[str]:
    return _alternatives(load_yaml(_DATA.read_text(encoding="utf-8"))["exclude"])


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    unknown = set(data) - {*TOPICS, "exclude"}
    if unknown:
        raise ValueError(f"{_DATA.name}: unknown topics {sorted(unknown)}")
    return tuple((topic, _alternatives(data[topic])) for topic in TOPICS if data.get(topic))


def about_topic(text: str) -> str | None:
    """The topic of a question about Lotse (one of ``TOPICS``), or None."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CHARS:
        return None
    first_line = stripped.split("\n", 1)[0]
    if _exclude().search(first_line):
        return None
    for topic, pattern in _patterns():
        if pattern.search(first_line):
            return topic
    return None
