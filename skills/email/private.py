"""What the counsellor notes for themselves in a request stays out of the letter.

"Einladung Erstgespräch für Herrn Al-Hassan, 19.1. 11:30, bitte Dolmetscher (Arabisch)
einplanen – das ist nur für mich, nicht in die Mail": the interpreter is the counsellor's to
arrange, not the client's to read. Such a note is taken out of what the draft is made from and
shown beside the draft ("Nur für Sie, nicht im Entwurf: …"), so it is neither sent nor lost.
A note is either labelled ("nur für mich: …", "intern: …", "note to self: …") or the clause
right before a marker ("…, bitte Dolmetscher einplanen – nur für mich").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE
_FOR_ME = (
    r"(?:das\s+ist\s+|this\s+is\s+)?(?:nur|only|just)\s+(?:für|fuer|for)\s+mich"
    r"|(?:this\s+is\s+)?(?:only|just)\s+for\s+me|note\s+to\s+self|notiz\s+(?:für|an)\s+mich"
    r"|intern(?:al)?"
)
_NOT_IN_MAIL = (
    r"(?:aber\s+)?nicht\s+(?:in\s+(?:die|der|den)|für\s+die|mit\s+in\s+die)\s+"
    r"(?:e-?mail|mail|nachricht|entwurf)(?:\s+(?:schreiben|aufnehmen|übernehmen|erwähnen))?"
    r"|(?:but\s+)?(?:not\s+(?:in|for)\s+the|don'?t\s+(?:put|include|mention)\s+(?:this|that|it)"
    r"\s+in\s+the)\s+(?:e-?mail|mail|message|draft)"
)
_MARKER = rf"(?:{_FOR_ME}|{_NOT_IN_MAIL})"
# "nur für mich: Dolmetscher einplanen" up to the line's or sentence's end
_LABELLED = re.compile(
    rf"(?:^|(?<=[\s(,;]))(?:{_FOR_ME})\s*:\s*(?P<note>[^\n;)]+?)\s*(?=$|\n|;|\)|\.\s)", _F | re.M
)
# "…, bitte Dolmetscher einplanen – das ist nur für mich, nicht in die Mail"
_AFTER = re.compile(
    rf"(?P<note>(?:[^,;:\n–—()]|\([^()\n]*\))+?)\s*(?:[-–—,;(]\s*|\s)(?:{_MARKER})"
    rf"(?:\s*,\s*(?:{_MARKER}))*\s*\)?"
    r"(?=\s*(?:$|\n|[.!;]))",
    _F | re.M,
)


@dataclass(frozen=True, slots=True)
class SetAside:
    text: str  # what the draft is made from
    notes: tuple[str, ...]  # the counsellor's own notes, shown beside the draft


def set_aside(text: str) -> SetAside:
    """``text`` without the notes the counsellor keeps for themselves, and those notes."""
    notes: list[str] = []

    def take(match: re.Match[str]) -> str:
        note = match.group("note").strip(" ,-–—")
        if not note:
            return match.group(0)
        notes.append(note)
        return ""

    kept = _LABELLED.sub(take, text)
    kept = _AFTER.sub(take, kept)
    if not notes:
        return SetAside(text, ())
    kept = re.sub(r"\s*\(\s*\)", "", kept)  # "(intern: …)" taken whole
    kept = re.sub(r"[ \t]*,[ \t]*(?=$|\n|[.!;])", "", kept, flags=re.M)  # a comma left dangling
    return SetAside(re.sub(r"[ \t]{2,}", " ", kept).strip(), tuple(notes))
