"""From what a counsellor typed to the occupation to look up.

Free text carries question phrases ("Was macht eine …?", "Wie lange dauert die Ausbildung
zur …?", "what does a … do"); they are cut off here. Remaining filler words are dropped by
the search's normaliser, so this only needs to find where the occupation starts and ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.skill import IntentCue


class Focus(StrEnum):
    """What the question asked about, when it asked about one fact."""

    DURATION = "duration"


_ARTICLE = r"(?:(?:ein|eine|einen|einem|einer|der|die|den|dem|das|a|an|the)\s+)?"
_TO = r"(?:(?:zum|zur|zu|als|für|fuer|as|for|to\s+become|in)\s+)?"
_END = r"\s*(?:so|eigentlich|genau|beruflich|überhaupt|ueberhaupt|take|bitte|please)?\s*[?.!]*\s*$"

# (pattern, focus); the first that matches wins. ``q`` is the occupation.
_QUESTIONS: tuple[tuple[re.Pattern[str], Focus | None], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE | re.DOTALL), focus)
    for pattern, focus in (
        (
            rf"\bwie\s+lange\s+(?:dauert|geht|braucht)\s+(?:die\s+|eine\s+)?"
            rf"(?:ausbildung|lehre|umschulung)\s+{_TO}{_ARTICLE}(?P<q>.+?){_END}",
            Focus.DURATION,
        ),
        (
            rf"\bhow\s+long\s+(?:is|does|takes?)\s+(?:the\s+|an?\s+)?"
            rf"(?:training|apprenticeship)\s+{_TO}{_ARTICLE}(?P<q>.+?){_END}",
            Focus.DURATION,
        ),
        (
            rf"\bwas\s+(?:macht|tut|arbeitet)\s+(?:man\s+als\s+)?{_ARTICLE}(?P<q>.+?){_END}",
            None,
        ),
        (rf"\bwhat\s+(?:does|do)\s+{_ARTICLE}(?P<q>.+?)\s+do\b{_END}", None),
        (
            rf"\b(?:ausbildung|lehre|umschulung|training|apprenticeship)\s+"
            rf"(?:zum|zur|als|zu|as|for)\s+{_ARTICLE}(?P<q>.+?){_END}",
            None,
        ),
        (
            rf"\b(?:infos?|informationen|information|details)\s+(?:zum|zur|zu|über|ueber|"
            rf"about|on)\s+(?:beruf\s+)?{_ARTICLE}(?P<q>.+?){_END}",
            None,
        ),
        (rf"^\s*(?:beruf|berufsbild|occupation|job)\s*:?\s+{_ARTICLE}(?P<q>.+?){_END}", None),
    )
)
_LEADING_ARTICLE = re.compile(rf"^\s*{_ARTICLE}", re.IGNORECASE)
_ONLY_ARTICLE = re.compile(r"^(?:ein|eine|einen|einem|einer|der|die|den|dem|das|a|an|the)$", re.I)
_TRAILING = re.compile(r"[\s?.!,;:]+$")

# Free-text cues for the offline intent classifier (bot.routing.intent).
INTENT_CUES: tuple[IntentCue, ...] = (
    IntentCue(r"\bwas\s+(?:macht|tut|arbeitet)\s+(?:man\s+als\s+)?(?:ein|eine|einen|der|die)\b"),
    IntentCue(r"\bwie\s+lange\s+dauert\s+(?:die\s+|eine\s+)?(?:ausbildung|lehre|umschulung)\b"),
    IntentCue(r"\b(?:ausbildung|umschulung|lehre)\s+(?:als|zum|zur)\s+\w"),
    IntentCue(r"\bwhat\s+does\s+an?\s+\w.*\bdo\b"),
    IntentCue(r"\bhow\s+long\s+is\s+the\s+(?:training|apprenticeship)\b"),
    IntentCue(r"\bberufsbild\b"),
)


@dataclass(frozen=True, slots=True)
class OccupationQuery:
    """The occupation part of a request and what it asked about."""

    text: str
    focus: Focus | None = None
    from_question: bool = False  # a question phrase was recognised


def extract_query(text: str) -> OccupationQuery:
    """Cut question phrases, a leading article and closing punctuation off ``text``."""
    cleaned = " ".join(text.split())
    for pattern, focus in _QUESTIONS:
        found = pattern.search(cleaned)
        if found:
            return OccupationQuery(_clean(found.group("q")), focus, True)
    return OccupationQuery(_clean(_LEADING_ARTICLE.sub("", cleaned)))


def _clean(text: str) -> str:
    text = _TRAILING.sub("", text).strip()
    return "" if _ONLY_ARTICLE.match(text) else text
