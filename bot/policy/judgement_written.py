"""A verdict on a person that the assistant is to write into a text for someone else
(``judgement_written.yaml``).

A mail is a task, and the readings leave tasks alone; :mod:`bot.policy.judgement_relay` reads
a verdict the mail is to ask or tell as an indirect question ("sag ihr, ob sie die Prüfung
schafft"). A mail can also state the verdict outright: "schreib dem Betrieb, dass Jan gut
geeignet ist", "Antwort an den Träger: Herr Ilić ist für die Maßnahme leider nicht geeignet",
"Setz eine Nachricht auf: wir trauen Lukas die Ausbildung zu", "draft a reply saying Kevin
isn't suitable". Writing that text is making the judgement, whoever signs it. It counts when
the content of the text (a "dass"/"that"/"saying" clause or what follows a colon, in the
sentence of the order) names a person and holds a judgement word — a weak one only when it
says "genug" or trusts someone with something (a chance told is encouragement) — or names whom of
several people to pick. Content about a date or paperwork ("dass Jan am Montag um 8 Uhr
kommt"), a request to the recipient ("please send the doctor's note") and content with no
judgement word ("dass Tim motiviert ist und sich freut" has only a weak trait) stay a mail.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_written.yaml")


class _Written(NamedTuple):
    order: re.Pattern[str]
    content: re.Pattern[str]
    choice: re.Pattern[str]
    aside: re.Pattern[str]
    weak_ok: re.Pattern[str]


@cache
def _written() -> _Written:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Written(*compiled(data, _Written._fields))


def writes_a_verdict(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` orders a text for someone else that states a verdict on a person."""
    written = _written()
    for sentence in sentences(text):
        order = written.order.search(sentence)
        if order is None:
            continue
        rest = sentence[order.end() :]
        if written.choice.search(rest) and names_someone(rest, person, cue_patterns().english):
            return True
        content = written.content.search(rest)
        if content is not None and _states_a_verdict(rest[content.end() :], person):
            return True
    return False


def _states_a_verdict(content: str, person: re.Pattern[str]) -> bool:
    cues = cue_patterns()
    if _written().aside.search(content) or not names_someone(content, person, cues.english):
        return False
    return any(
        not cues.weak.match(found.group()) or _written().weak_ok.match(found.group())
        for found in cues.judgement.finditer(content)
    )
