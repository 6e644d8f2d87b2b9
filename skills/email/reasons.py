"""Why documents are asked for, when the request says so: "für den Antrag auf
Bildungsgutschein brauche ich noch …", "for his recognition procedure we need …".

The documents template has a reason of its own ("damit ich unser Beratungsgespräch gut
vorbereiten kann"), which fits only a request about a counselling meeting; a reason the
request gives replaces it, and the words that only lead to the list ("brauche ich noch ihren")
are no part of the first document's name. The reason may also stand after the list ("…,
brauche ich für die Kammer", "…, für den BAB-Antrag.") or be a clause ("damit wir die
Bewerbung fertig machen können").
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

_ARTICLE = r"(?:den|die|das|dem|der|ihren|ihre|ihr|seinen|seine|sein|deinen|deine|dein|Ihren|Ihre)"
_PLACE = r"(?:für|zur|zum)\s+[^,:;.!?\n]{3,60}?"
_END = r"\s*(?=[,.;!?\n]|$)"
# "…, brauche ich für die Kammer": the reason after the verb, at the end of its clause
_AFTER_VERB = re.compile(
    r"\b(?:brauche|benötige|brauchen|benötigen)\s+(?:ich|wir)"
    r"(?:\s+(?:sie|ihn|es|das|die|den|noch|dringend|bitte))*\s+"
    rf"(?P<reason>{_PLACE}){_END}",
    re.IGNORECASE,
)
# "…, für den BAB-Antrag." / "… Arbeitsnachweise, für den Antrag auf Anerkennung": a
# prepositional phrase of its own after a comma, closing the sentence
_AFTER_COMMA = re.compile(
    rf",\s*(?P<reason>(?:für|zur|zum)\s+(?:{_ARTICLE}\s+)?[^,:;.!?\n]{{3,60}}?)"
    r"\s*(?=[.;!?\n]|$)",
    re.IGNORECASE,
)
# "damit wir die Bewerbung bei der Stadt Hamm fertig machen können": a clause of purpose
_CLAUSE = re.compile(
    r"(?P<reason>\bdamit\s+(?:ich|wir)\s+[^,:;.!?\n]{3,80}?\s+(?:kann|können|könnten))\b"
    r"|(?P<en>\bso\s+that\s+(?:I|we)\s+can\s+[^,:;.!?\n]{3,80}?)(?=[,.;!?\n]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reason:
    """``text`` as typed ("für den Antrag auf Bildungsgutschein"); ``lead`` the span from the
    reason to the first document, which names no document."""

    text: str
    lead: tuple[int, int]


def find_reason(text: str) -> Reason | None:
    """The reason a request gives for the documents it asks for, or None. For a reason after
    the list, ``lead`` is the reason itself: its words name no document either."""
    for pattern in (_GERMAN, _ENGLISH):
        found = pattern.search(text)
        if found is not None:
            return Reason(found["reason"].strip(), found.span())
    for pattern in (_AFTER_VERB, _AFTER_COMMA):
        found = pattern.search(text)
        if found is not None:
            return Reason(found["reason"].strip(), found.span("reason"))
    found = _CLAUSE.search(text)
    if found is not None:
        group = "reason" if found["reason"] else "en"
        return Reason(found[group].strip(), found.span(group))
    return None


def is_clause(reason: str) -> bool:
    """Whether the reason is a clause ("damit wir …"), which no subject line can end with."""
    return reason.casefold().startswith(("damit ", "so that "))
