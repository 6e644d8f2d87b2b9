"""A choice among people listed in the message (``judgement_listed.yaml``).

A counsellor pastes the people side by side — bullets, a table, a list after the question —
and asks which of them to pick: "Zwei Bewerberinnen:\n- Frau A.: …\n- Frau B.: …\nWelche
würdest du nehmen?", "Kandidat | Note | Fehltage\nAlex | …\nMoritz | …\nwen soll die Firma
nehmen?", "which one is most likely to drop out? Lisa, Mo, Ivan, Zoe", "wer hat es am
nötigsten? Müller, Şahin, Kowalski". The question itself names nobody; the people are the
list. It counts when the question asks "welche"/"wen"/"wer"/"which one"/"who" with a verb of
picking or a word of merit or need, and at least two lines of the material, or two items of a
comma list in the request, name a person (or the rows of a table or a bulleted list, one of
which does). A thing chosen ("Welcher Betrieb ist schneller zu
erreichen?") is capitalised after the question word and does not count.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_cues import cue_patterns, names_someone
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_listed.yaml")
_ITEM = re.compile(r"[,;\n]|\s+(?:und|oder|and|or)\s+")
_LISTED = 2  # people side by side: a choice among them
_ROW = re.compile(r"^\s*(?:[-*•–]\s|\d+[.)]\s|[^|\n]+\|)")  # a bullet or a table row


@cache
def _pick() -> re.Pattern[str]:
    return re.compile(load_yaml(_DATA.read_text(encoding="utf-8"))["pick"], re.IGNORECASE)


def chooses_among_listed(text: str, material: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` asks which of the people listed in it or in ``material`` to pick."""
    if _pick().search(text) is None:
        return False
    english = cue_patterns().english
    lines = material.splitlines()
    named = [line for line in lines if names_someone(line, person, english)]
    # (rows of a table or bullets of one list, one of them a person's: the others are people
    # too, named by a name the lists lack, "Alex | 2,8 | 3")
    rows = [line for line in lines if _ROW.match(line)]
    if len(named) >= _LISTED or (named and len(rows) >= _LISTED and set(named) <= set(rows)):
        return True
    items = [item for item in _ITEM.split(text) if names_someone(item, person, english)]
    return len(items) >= _LISTED
