"""A place confirmed in English: "confirm Anna's place on the welding course", "pls confirm
Ahmeds place in the german course", "confirm the place for Mr. Ito in the German course".

The request's words name the person and the decision ("place" is a cue of a place decided,
skills.email.decision), so what the letter would carry is the verb and the course as loose
lines ("confirm", "welding course"). The letter says it instead: "I am pleased to confirm
your place on the welding course."
"""

from __future__ import annotations

import re

from skills.email.clauses import Say

_PLACE_CONFIRMED = re.compile(
    r"\b(?i:confirm)\s+"
    # whose place: "Anna's", "Ahmeds" (typed without the apostrophe), "the", "his"
    r"(?:(?:[A-Z][\w-]*(?:['’]s|s)|(?i:the|your|his|her|their))\s+)?"
    r"(?i:place|spot|seat)"
    r"(?:\s+(?i:of|for)\s+(?:(?i:mr|mrs|ms|dr)\.?\s+)?[A-Z][\w-]*)?"
    r"\s+(?P<rest>(?i:in|on|at|for)\s+[^.!?\n]+)"
)


def place_confirmed(wording: str, lines: list[str], du: bool, say: Say) -> list[str]:
    """``lines`` with the place the request confirms said as the letter's first sentence: the
    bare verb and the pieces of what the place is in are left out, said by the sentence."""
    found = _PLACE_CONFIRMED.search(wording)
    if found is None:
        return lines
    rest = found["rest"].rstrip(" ,;:")
    kept = [
        line
        for line in lines
        if line.strip(" .").lower() != "confirm" and line.strip(" .") not in rest
    ]
    key = "common.clause.place_confirmed_du" if du else "common.clause.place_confirmed_sie"
    return [say(key, clause=rest), *kept]
