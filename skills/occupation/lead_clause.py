"""An occupation named before a question that refers back to it: "Tischler, was macht man da?",
"Kfz-Mechatroniker bei nem Autohaus in Unna, was macht man da".

The question's own words name nothing ("man da"), so the clause before the comma is what it
asks about, with the fact the question asks for. The caller checks that the clause names an
occupation."""

from __future__ import annotations

import re

from skills.occupation.query import OccupationQuery, extract_query, only_refers_back

_SPLIT = re.compile(r"^\s*(?P<head>[^,;:?!\n]{3,80}?)\s*[,;:]\s+(?P<rest>\S[^\n]*)$")


def named_before(text: str) -> OccupationQuery | None:
    """The clause before a back-referring question, with that question's focus; or None."""
    found = _SPLIT.match(text)
    if found is None:
        return None
    rest = extract_query(found["rest"])
    if not rest.text or not only_refers_back(rest.text):
        return None
    if not rest.from_question and rest.focus is None:  # "Tischler, Koch": two names, no question
        return None
    return OccupationQuery(found["head"].strip(), rest.focus)
