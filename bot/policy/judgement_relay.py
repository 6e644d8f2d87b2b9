"""A verdict on a person that the assistant is told to pass on in a text
(``judgement_relay.yaml``).

A request for a mail is a task, and the other readings leave tasks alone. But a mail can
carry a verdict the assistant is to make: "Mail an Frau Lehmann: sag ihr, ob sie die Prüfung
schafft", "schreib ihm ehrlich, wie du seine Chancen einschätzt", "email to Mr Brown: tell
him whether he is suitable". It counts when the assistant is told to tell someone (the
imperative, "in der du ihm mitteilst", "tell him") an indirect question ("ob", "wie",
"whether") that names a person and holds a judgement word, or asks for the assistant's own
view of the person. A human asked in the mail ("teilen Sie mir mit, ob …") is no verdict of
the assistant, nor is advice on improving someone's chances or a date to make.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_relay.yaml")
_SENTENCE_END = re.compile(r"[.?!\n]")


class _Relay(NamedTuple):
    tell: re.Pattern[str]
    indirect: re.Pattern[str]
    own_view: re.Pattern[str]
    weak_ok: re.Pattern[str]
    aside: re.Pattern[str]


@cache
def _relay() -> _Relay:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Relay(**{key: re.compile(data[key], re.IGNORECASE) for key in _Relay._fields})


def relays_a_verdict(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` tells the assistant to pass on its verdict on a named person."""
    relay = _relay()
    for told in relay.tell.finditer(text):
        rest = text[told.end() :]
        end = _SENTENCE_END.search(rest)
        rest = rest[: end.start()] if end else rest
        question = relay.indirect.match(rest)
        if question is None:
            continue
        clause = rest[question.start("word") :]  # "ob sie die Prüfung schafft"
        if not relay.aside.search(clause) and _judged(clause, person):
            return True
    return False


def _judged(clause: str, person: re.Pattern[str]) -> bool:
    cues, relay = cue_patterns(), _relay()
    if not names_someone(clause, person, cues.english):
        return False
    if relay.own_view.search(clause):
        return cues.judgement.search(clause) is not None
    return any(
        not cues.weak.match(found.group()) or relay.weak_ok.match(found.group())
        for found in cues.judgement.finditer(clause)
    )
