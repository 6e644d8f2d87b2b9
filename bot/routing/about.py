"""Questions about Lotse itself ("Wohin gehen meine Daten?", "Welches Modell nutzt du?").

The cues live in ``about.yaml``. Only the first line of a short message is read: a question
about Lotse is short, and pasted notes that mention "Daten" are no such question.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.routing.topic_table import alternatives, first_line, load_topics
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("about.yaml")
MAX_CHARS = 300
TOPICS = (
    "acknowledgement",
    "minors",
    "personal_data",
    "files",
    "review",
    "transparency",
    "data_flow",
    "storage",
    "visibility",
    "maker",
    "model",
    "ai",
)


@cache
def _exclude() -> re.Pattern[str]:
    return alternatives(load_yaml(_DATA.read_text(encoding="utf-8"))["exclude"])


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return load_topics(_DATA, TOPICS, frozenset({"exclude"}))


def about_topic(text: str) -> str | None:
    """The topic of a question about Lotse (one of ``TOPICS``), or None."""
    line = first_line(text, MAX_CHARS)
    if line is None or _exclude().search(line):
        return None
    for topic, pattern in _patterns():
        if pattern.search(line):
            return topic
    return None
