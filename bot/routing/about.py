"""Questions about Lotse itself ("Wohin gehen meine Daten?", "Welches Modell nutzt du?").

The cues live in ``about.yaml``. Only the first line of a short message is read: a question
about Lotse is short, and pasted notes that mention "Daten" are no such question.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from bot.routing.topic_table import alternatives, first_line, load_topics
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("about.yaml")
MAX_CHARS = 300
TOPICS = (
    "learning",
    "decisions",
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
    "limits",
)
# Read before ``exclude``: their cues name Lotse's own rules in words of training and
# apprenticeships ("training the AI", "wer den Ausbildungsplatz bekommt").
BEFORE_EXCLUDE = frozenset({"learning", "decisions"})
# Asked of Lotse's rules on judging people: a verdict asked for in the same words is refused
# instead (bot.routing.router).
ON_JUDGING = frozenset({"decisions"})


@cache
def _data() -> dict[str, Any]:
    return dict(load_yaml(_DATA.read_text(encoding="utf-8")))


@cache
def _exclude() -> re.Pattern[str]:
    return alternatives(_data()["exclude"])


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return load_topics(_DATA, TOPICS, frozenset({"exclude", "by_words", "question"}))


@cache
def _by_words() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    data = _data()["by_words"]
    return tuple(
        (topic, tuple(re.compile(p, re.IGNORECASE) for p in patterns))
        for topic, patterns in data.items()
    )


@cache
def _question() -> re.Pattern[str]:
    return re.compile(_data()["question"], re.IGNORECASE)


def about_topic(text: str) -> str | None:
    """The topic of a question about Lotse (one of ``TOPICS``), or None."""
    line = first_line(text, MAX_CHARS)
    if line is None:
        return None
    excluded = _exclude().search(line) is not None
    for topic, pattern in _patterns():
        if (not excluded or topic in BEFORE_EXCLUDE) and pattern.search(line):
            return topic
    if excluded or not _question().search(line):
        return None
    for topic, patterns in _by_words():  # a phrasing none of the patterns knows
        if all(pattern.search(line) for pattern in patterns):
            return topic
    return None
