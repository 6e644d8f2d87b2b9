"""Questions about what Lotse can do ("Was machst du eigentlich?", "Was kann ich dich alles
fragen?"): answered with the help. The phrasings live in ``help.yaml``; each must match the
whole message (after a leading "Hilfe," and filler words), so that a question about an
occupation that starts the same way ("Was kannst du mir über den Beruf Bäcker sagen?") is not
taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("help.yaml")
_MAX_CHARS = 80
_WORD = re.compile(r"[^\W\d_]+|,")


@dataclass(frozen=True, slots=True)
class _Phrasings:
    fillers: frozenset[str]
    openers: frozenset[str]
    questions: re.Pattern[str]


@cache
def _phrasings() -> _Phrasings:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    alternatives = "|".join(f"(?:{pattern})" for pattern in raw["questions"])
    return _Phrasings(
        fillers=frozenset(str(word) for word in raw["fillers"]),
        openers=frozenset(str(word) for word in raw["openers"]),
        questions=re.compile(alternatives),
    )


def asks_what_lotse_can_do(text: str) -> bool:
    """Whether ``text`` is a question about what Lotse can do (see the module docstring)."""
    if len(text) > _MAX_CHARS or "\n" in text.strip():
        return False
    phrasings = _phrasings()
    words = _WORD.findall(text.casefold())
    while len(words) > 1 and words[0] in phrasings.openers:  # "Hilfe, was kannst du?"
        words = words[1:]
        if words[0] == ",":
            words = words[1:]
    kept = [word for word in words if word not in phrasings.fillers]
    spoken = " ".join(kept).replace(" ,", ",")
    return bool(spoken) and phrasings.questions.fullmatch(spoken) is not None
