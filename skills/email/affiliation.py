"""Where the person written to works, named right after them: the line "An: …" above the
subject, not a line of the letter.

"Mail an Frau Dr. Schneider vom Jobcenter Hamm: …", "Schreib Herrn Wolf von der Agentur für
Arbeit Hamm, dass …", "Mail an Herrn Becker (Autohaus Becker), ob …", "Mr. Lopez (Lopez
Logistics)", "frau lindner bei der stadt hamm (ausländerbehörde)".
"""

from __future__ import annotations

import re

from skills.email.words import words

Span = tuple[int, int]

# The organisation runs to the end of its clause: a punctuation mark, or the word that opens
# what the mail says ("…, ob er …", "… dass …", "… asking whether …")
_NAME = (
    r"(?P<name>[^\W\d_][^,:;()\n]*?(?:[ \t]*\([^()\n\d]{2,40}\))?)"
    r"(?=[ \t]*(?:[,:;\n]|$|\((?!\s*(?:du|sie|informal|formal)\b))"
    r"|[ \t]+(?:ob|dass|daß|that|whether|asking|wegen|bzgl\.?|per)\b)"
)
_AFTER = re.compile(
    rf"[ \t]*(?:(?:vom|von[ \t]+der|von[ \t]+dem|bei[ \t]+der|beim|bei[ \t]+dem"
    # "bei Rewe Hamm": a name of its own right after "bei"
    rf"|bei(?=[ \t]+(?-i:[A-ZÄÖÜ]))|from(?:[ \t]+the)?"
    rf"|at(?:[ \t]+the)?)[ \t]+{_NAME}|\([ \t]*(?P<bracketed>[^\W\d_][^()\n]{{1,60}}?)[ \t]*\))",
    re.IGNORECASE,
)
_LONGEST = 60  # characters: a longer run is a sentence, not a name
_NOT_AN_ORGANISATION = re.compile(
    r"^(?:du|sie|informal|formal|\d+|mir|mich|ihm|ihr|uns|me|us|him|her|them)$", re.IGNORECASE
)


# The word right before the person writes to them ("Mail an Herrn …", "Schreib Frau …",
# "email Mr. …"), or the person opens the request; a person named later in what it tells
# ("…, Herr Kaya von der Spedition Ost hat angerufen") is no one the line "An: …" is for
_WRITTEN_TO = re.compile(
    r"(?:^|\b(?:an|to|schreib\w*|frag\w*|e-?mail|mail|write|ask|für|for)\s+)(?:bitte\s+)?$",
    re.IGNORECASE,
)
# Small words inside an organisation's name ("Agentur für Arbeit", "Haus am See"); any other
# word in lower case ends it ("Spedition Ost hat zurückgerufen")
_INSIDE = frozenset({"für", "am", "an", "der", "des", "die", "und", "&", "im", "zu", "zur", "of"})


def _name_end(name: str) -> int:
    """Where a name typed with capitals ends: before its first lower-case word that is none
    of the small words a name holds."""
    kept = 0
    for word in re.finditer(r"\S+", name):
        if word.group()[:1].isupper() or word.group()[:1] in "(&":
            kept = word.end()
        elif word.group().lower() not in _INSIDE:
            break
    return kept


def find_affiliation(text: str, person: Span) -> Span | None:
    """The span of the organisation named right after the person written at ``person``."""
    found = _AFTER.match(text, person[1])
    if found is None or _WRITTEN_TO.search(text, 0, person[0]) is None:
        return None
    group = "bracketed" if found["bracketed"] else "name"
    name = found[group].strip()
    if name[:1].isupper() and _name_end(name) < len(name):
        return None  # "Spedition Ost hat zurückgerufen": a sentence, not a name
    if len(name) > _LONGEST or _NOT_AN_ORGANISATION.match(name):
        return None
    # a name of its own is capitalised ("vom Jobcenter Hamm", not "vom letzten Termin"),
    # unless the person's name, too, was typed in lower case
    if (
        not name[:1].isupper()
        and text[person[0] : person[1]] != text[person[0] : person[1]].lower()
    ):
        return None
    start = found.start(group)
    return start, start + len(name)


_BRACKET = re.compile(r"[ \t]*\([ \t]*(?P<role>[^()\n]{2,60}?)[ \t]*\)")
# nouns of the recipient list that name an organisation, not a person's role
_PLACES = frozenset({"firma", "schule", "agentur", "betrieb", "company", "school", "agency"})


def find_role(text: str, person: Span) -> Span | None:
    """The span of the person's role in brackets right after them, when it starts with a
    role noun ("Ausbildungsleitung", "Klassenlehrer 10b", "HR, Lidl"); else None."""
    found = _BRACKET.match(text, person[1])
    if found is None or _WRITTEN_TO.search(text, 0, person[0]) is None:
        return None
    first = re.match(r"[\wäöüß-]+", found["role"])
    noun = first.group(0) if first else ""
    if noun.lower() in _PLACES or not words().recipient_noun.fullmatch(noun):
        return None
    return found.span("role")


def bracket_end(text: str, role: Span) -> int:
    """Where the bracket around the role at ``role`` closes."""
    return text.index(")", role[1]) + 1


def named_with_role(text: str, person: Span, role: Span) -> str:
    """ "Frau Yilmaz (Ausbildungsleitung)": the person as typed, capitalised as a name is."""
    typed = text[person[0] : person[1]].split()
    name = " ".join(word[:1].upper() + word[1:] for word in typed)
    said = text[role[0] : role[1]]
    return f"{name} ({said[:1].upper() + said[1:]})"
