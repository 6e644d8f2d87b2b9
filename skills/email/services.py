"""Recognise the service a client is referred to; names are kept, never made up."""

from __future__ import annotations

import re

_F = re.IGNORECASE
# Services counsellors refer to every day, with the name the client will find them under.
_KNOWN: tuple[tuple[str, str], ...] = (
    (r"jugendberufsagentur", "Jugendberufsagentur"),
    (r"job\s*-?cent(?:er|re)", "Jobcenter"),
    (r"agentur\s+für\s+arbeit|arbeitsagentur|employment\s+agency", "Agentur für Arbeit"),
    (
        r"schuldner(?:-\s*und\s+insolvenz)?beratung|debt\s+(?:advice|counsell?ing)",
        "Schuldnerberatung",
    ),
    (r"jugendmigrationsdienst|\bjmd\b|youth\s+migration\s+service", "Jugendmigrationsdienst"),
    (
        r"\bmbe\b|migrationsberatung\s+für\s+erwachsene\s+zuwander\w*",
        "Migrationsberatung für erwachsene Zuwanderer (MBE)",
    ),
    (r"kommunale[sn]?\s+integrationszentrum", "Kommunales Integrationszentrum"),
    (r"ausländerbehörde", "Ausländerbehörde"),
    (r"integrationsfachdienst", "Integrationsfachdienst"),
    (r"\bihk\b|industrie-\s*und\s+handelskammer", "IHK"),
    (r"handwerkskammer|\bhwk\b", "Handwerkskammer"),
)
SERVICE_PATTERN = "|".join(f"(?:{pattern})" for pattern, _ in _KNOWN)

# Otherwise a capitalised compound ending in a service word ("Suchtberatung", "Jugendamt").
_GENERIC = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*"
    r"(?:beratung|beratungsstelle|stelle|dienst|amt|behörde|agentur|zentrum|kammer|büro)\b"
)
_TOO_GENERAL = {
    "Beratungsstelle",
    "Anlaufstelle",
    "Dienststelle",
    "Berufsberatung",
    "Erstberatung",
}
# "Schuldnerberatung der Caritas", "Jugendamt der Stadt Köln": keep who runs it.
_CARRIER = re.compile(
    r"\s+(?:der|des)\s+(?!(?:Frau|Herrn?)\b)[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
)
# "Jugendberufsagentur Hamm für Frau …", "Jobcenter in Unna, Tel. …": the town the service is
# in, a capitalised word the name or clause ends with (not "Termin am …", not a title)
_TOWN = re.compile(
    r"\s+(?:in\s+)?(?!(?:Frau|Herrn?|Familie|Dr|Bitte|Tel|Kontakt|Termin)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?=\s*(?:[,.;:()\n]|$)|\s+(?:für|fuer|for|wegen|bzgl|weil|because)\b)"
)
_OURS = re.compile(r"\b(?:unsere[rnms]?|our|hiesige[rn]?)\s+$", _F)


def _is_ours(text: str, start: int) -> bool:
    return bool(_OURS.search(text[max(0, start - 20) : start]))


def _with_carrier(text: str, end: int, name: str) -> str:
    carrier = _CARRIER.match(text, end)
    if carrier is not None:
        return name + carrier.group(0)
    town = _TOWN.match(text, end)
    return name + town.group(0) if town else name


def find_service(text: str) -> str | None:
    """The first service named in ``text`` that is not the counsellor's own office."""
    for pattern, name in _KNOWN:
        for match in re.finditer(pattern, text, _F):
            if not _is_ours(text, match.start()):
                return _with_carrier(text, match.end(), name)
    for match in _GENERIC.finditer(text):
        if match.group(0) not in _TOO_GENERAL and not _is_ours(text, match.start()):
            return _with_carrier(text, match.end(), match.group(0))
    return None
