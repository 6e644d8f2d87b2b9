"""A verdict on a person that the assistant is told to pass on in a text
(``judgement_relay.yaml``).

A request for a mail is a task, and the other readings leave tasks alone. But a mail can
carry a verdict the assistant is to make: "Mail an Frau Lehmann: sag ihr, ob sie die Prüfung
schafft", "schreib ihm ehrlich, wie du seine Chancen einschätzt", "email to Mr Brown: tell
him whether he is suitable". It counts when the assistant is told to tell someone (the
imperative, "in der du ihm mitteilst", "tell him") an indirect question ("ob", "wie",
"whether") that names a person and holds a judgement word, or asks for the assistant's own
view of the person. A human asked in the mail ("teilen Sie mir mit, ob …") is no verdict of
the assistant, nor is advice on improving someone's chances or a date to make, nor the
person's own wish or plan asked of them ("schreib Tim, ob er die Ausbildung abbrechen will":
a verdict would be "ob er abbrechen sollte").

A third party's question passed on counts the same way: "Der Betrieb fragt mich, ob sich
Jannik in der Probezeit bewährt hat", "Die Mutter will wissen, ob ihr Sohn das Zeug fürs Abi
hat" ask the assistant to answer it, outside a task. So does a text for someone else whose
content is such a question ("Im Entwicklungsbericht soll stehen, ob Jannis die BvB schafft",
"a paragraph for the report on whether Ms Nowak is fit for full-time training"), a task or not.
A third party's verdict reported and put to the assistant to confirm counts too: "Der Vater
meint, sein Sohn sei zu faul für eine Ausbildung. Stimmt das?", "the employer says he's lazy.
is he?" — the question asks the assistant's own verdict on the person.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_relay.yaml")
_SENTENCE_END = re.compile(r"[.?!\n]")
_AGE = re.compile(r"\(\d{1,2}\)")  # "ihr Sohn (16)": an age, not a date
_CLAUSE_BREAK = re.compile(r"[,;–—]")  # "…, sein Sohn sei zu faul – stimmt das?"


class _Relay(NamedTuple):
    tell: re.Pattern[str]
    reported: re.Pattern[str]
    report: re.Pattern[str]
    indirect: re.Pattern[str]
    own_view: re.Pattern[str]
    held_for: re.Pattern[str]
    weak_ok: re.Pattern[str]
    aside: re.Pattern[str]
    claimed: re.Pattern[str]
    confirm: re.Pattern[str]
    own_wish: re.Pattern[str]


@cache
def _relay() -> _Relay:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Relay(*compiled(data, _Relay._fields))


def relays_a_verdict(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` tells the assistant to pass on its verdict on a named person."""
    relay = _relay()
    if any(_asks_in(text, told.end(), person) for told in relay.tell.finditer(text)):
        return True
    # (a report's content asked as "ob …": written by the assistant, a task or not)
    if any(
        _asks_in(sentence, found.end(), person)
        for sentence in sentences(text)
        for found in relay.report.finditer(sentence)
    ):
        return True
    task = cue_patterns().task
    if any(
        _asks_in(sentence, found.end(), person)
        for sentence in sentences(text)
        if not task.search(sentence)
        for found in relay.reported.finditer(sentence)
    ):
        return True
    return _confirms_a_claim(text, person)


def _confirms_a_claim(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` reports a third party's verdict on a person and asks the assistant
    whether it holds ("Der Vater meint, sein Sohn sei zu faul. Stimmt das?")."""
    relay, task = _relay(), cue_patterns().task
    parts = sentences(text)
    for index, sentence in enumerate(parts):
        claim = relay.claimed.search(sentence)
        if claim is None or task.search(sentence):
            continue
        clause = sentence[claim.end() :]
        following = parts[index + 1 : index + 2]
        asked = any(relay.confirm.match(p) for p in [*_CLAUSE_BREAK.split(clause)[1:], *following])
        # (any judgement word, a trait too: the claim says it of the person named in it)
        cues = cue_patterns()
        judged = cues.judgement.search(clause) and names_someone(clause, person, cues.english)
        if asked and judged:
            return True
    return False


def _asks_in(text: str, start: int, person: re.Pattern[str]) -> bool:
    """Whether an indirect question at ``start`` of ``text`` asks a verdict on a person."""
    relay = _relay()
    rest = text[start:]
    end = _SENTENCE_END.search(rest)
    rest = rest[: end.start()] if end else rest
    question = relay.indirect.match(rest)
    if question is None:
        return False
    clause = rest[question.start("word") :]  # "ob sie die Prüfung schafft"
    if relay.own_wish.match(clause):
        return False  # "schreib Tim, ob er abbrechen will": his own plan asked of him
    return not relay.aside.search(_AGE.sub("", clause)) and _judged(clause, person)


def _judged(clause: str, person: re.Pattern[str]) -> bool:
    cues, relay = cue_patterns(), _relay()
    if relay.held_for.search(clause):
        return True  # "ob ich den für zuverlässig halte": the person a pronoun
    if not names_someone(clause, person, cues.english):
        return False
    if relay.own_view.search(clause):
        return cues.judgement.search(clause) is not None
    return any(
        not cues.weak.match(found.group()) or relay.weak_ok.match(found.group())
        for found in cues.judgement.finditer(clause)
    )
