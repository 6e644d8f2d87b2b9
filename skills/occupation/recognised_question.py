"""Whether an occupation is a recognised training occupation, asked with its name.

"Ist Tischler ein anerkannter Ausbildungsberuf?", "Ist Erzieherin eine richtige
Ausbildung?", "is a carpenter a proper apprenticeship?": the catalogue's legal basis of the
training answers it (BBiG/HwO, a federal or a state act), so the question asks for that fact
(``Focus.LEGAL``). The words around the name must be cut off it, or the search reads "Tischler
ein anerkannter Ausbildungsberuf" as the name. Asked after a card without the name, the same
words are read by the follow-up (``follow_up.focus.legal`` in ``data/words.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

_ARTICLE = r"(?:(?:ein|eine|einen|der|die|das|a|an|the)\s+)?"
_ADVERB = r"(?:(?:eigentlich|überhaupt|ueberhaupt|denn|auch|wirklich|actually|really)\s+)*"
_RECOGNISED_DE = (
    r"(?:(?:staatlich|offiziell)\s+)?(?:anerkannte[rn]?|richtige[rn]?|echte[rn]?|geregelte[rn]?)"
)
_OCCUPATION_DE = r"(?:ausbildungsberuf|ausbildung|lehrberuf|beruf|lehre)"
_RECOGNISED_EN = r"(?:officially\s+|state[- ])?(?:recogni[sz]ed|proper|real|official)"
_OCCUPATION_EN = r"(?:apprenticeship|training\s+occupation|trade|training)"
_PATTERNS = (
    # "Ist Tischler ein anerkannter Ausbildungsberuf?", "ist die Ausbildung zur Erzieherin …"
    rf"^\W*ist\s+{_ARTICLE}(?:ausbildung\s+(?:zum|zur|als)\s+)?(?P<q>.+?)\s+{_ADVERB}"
    rf"(?:ein|eine|einen|ne|n)\s+{_RECOGNISED_DE}\s+{_OCCUPATION_DE}\s*[?.!]*\s*$",
    # "is a carpenter a proper apprenticeship?"
    rf"^\W*is\s+{_ARTICLE}(?P<q>.+?)\s+{_ADVERB}(?:a|an)\s+{_RECOGNISED_EN}\s+"
    rf"{_OCCUPATION_EN}\s*[?.!]*\s*$",
)


@cache
def _questions() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in _PATTERNS)


def recognition_asked(text: str) -> str | None:
    """The occupation a question asks to be a recognised training occupation, or None."""
    cleaned = " ".join(text.split())
    for pattern in _questions():
        asked = pattern.search(cleaned)
        if asked is not None:
            return asked["q"]
    return None
