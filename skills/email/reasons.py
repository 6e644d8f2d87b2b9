"""Why documents are asked for, when the request says so: "für den Antrag auf
Bildungsgutschein brauche ich noch …", "for his recognition procedure we need …".

The documents template has a reason of its own ("damit ich unser Beratungsgespräch gut
vorbereiten kann"); a reason the request gives replaces it, and the words that only lead to
the list ("brauche ich noch ihren") are no part of the first document's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OWNER = r"(?:ihren|seinen|ihre|seine|ihr|sein|deinen|deine|dein|his|her|your)"
_GERMAN = re.compile(
    r"(?P<reason>\b(?:für|zur|zum)\s+[^,:;.!?\n]{3,80}?)\s+"
    r"(?:brauche|benötige|bräuchte|brauchen|benötigen|bräuchten)\s+(?:ich|wir)"
    r"(?:\s+(?:noch|bitte|dringend|von\s+(?:ihr|ihm|dir|Ihnen)))*"
    rf"(?:\s+{_OWNER}(?=\s))?\s+",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    r"(?P<reason>\bfor\s+[^,:;.!?\n]{3,80}?),?\s+(?:I|we)\s+(?:still\s+)?need"
    rf"(?:\s+{_OWNER}(?=\s))?\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reason:
    """``text`` as typed ("für den Antrag auf Bildungsgutschein"); ``lead`` the span from the
    reason to the first document, which names no document."""

    text: str
    lead: tuple[int, int]


def find_reason(text: str) -> Reason | None:
    """The reason a request gives for the documents it asks for, or None."""
    for pattern in (_GERMAN, _ENGLISH):
        found = pattern.search(text)
        if found is not None:
            return Reason(found["reason"].strip(), found.span())
    return None
