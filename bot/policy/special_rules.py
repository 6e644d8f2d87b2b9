"""Rules about occupations and health stated without a question, not data about a client.

"Für Piloten ist Diabetes ein Ausschlussgrund." or "Insulin-treated diabetes rules you out as
a pilot." states a rule about an occupation; nobody is named, so no client's data is
recorded. ``special.py`` already leaves questions in general alone ("Darf man mit Epilepsie
Busfahrer werden?"); this reads the same thing said as a statement: a sentence with no
question mark and a word of a rule (excluding, requiring, fitness for a service:
``special_rules.yaml``), in a message that names nobody (checked by the caller). A clause of
notes whose subject is left out ("hat Asthma, Polizei ist damit raus") is no such rule.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("special_rules.yaml")
_CLAUSE_START = re.compile(r"[,;:–—(]")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return (
        re.compile(data["rule"], re.IGNORECASE),
        re.compile(data["note_clause"], re.IGNORECASE),
    )


def states_a_rule(sentence: str, cue_start: int) -> bool:
    """Whether ``sentence`` (the cue at ``cue_start`` in it) states a rule about an occupation
    or a service rather than asking something or noting something of someone."""
    if sentence.rstrip().endswith("?"):
        return False
    rule, note_clause = _patterns()
    if rule.search(sentence) is None:
        return False
    clause_start = max(
        (m.end() for m in _CLAUSE_START.finditer(sentence, 0, cue_start)), default=0
    )
    return note_clause.match(sentence, clause_start) is None
