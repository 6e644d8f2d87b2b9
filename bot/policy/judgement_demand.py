"""A demand measured against a person: the path or the task is said to be too hard for them
(``judgement_demand.yaml``).

"Ist die Ausbildung zum Fachinformatiker für Lukas nicht zu schwer?", "ist die ausbildung zur
mfa für die selin nicht zu viel neben dem kind", "wird ihr das nicht zu viel?", "is nursing
too demanding for Chloe?" say nothing of the person in words of character or ability; the
verdict lies in measuring a demand against them. It counts in a clause that is asked (a
question mark, a leading verb or an opinion frame; the other readings' tasks and people in
general never count) when a degree word stands before a word of difficulty or load and the
person stands after "für"/"for" or as a dative pronoun in the same clause. Cost, distance
and time ("zu teuer für Herrn Demir", "zu weit für Jonas", "zu spät") are no demand on the
person and stay practical.

The other way round, the person is the subject and the purpose comes first: "Ist Frau Yıldız
fürs Lehramt zu weich?" — any adjective closing the clause counts there, except those of
circumstances ("Ist Jonas für die Polizei zu klein?" asks a rule) and where the purpose is
itself a person ("Ist die Frist für Herrn Demir zu knapp?" is about the deadline).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.policy.judgement_frame import asks_an_opinion, circumstances
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_demand.yaml")
_CLAUSE = re.compile(r"[^,;:–—]+")
# ("zu" closing a clause, "so weit, dass": the cheap first test of the other two shapes)
_ZU = re.compile(
    r"\bzu\s+[^\W\d_]+\s*(?:[?!.,;–—]|$)|\bso\s+weit\s*,", re.IGNORECASE | re.MULTILINE
)


class _Demand(NamedTuple):
    too_hard: re.Pattern[str]
    set_high: re.Pattern[str]
    measured_for: re.Pattern[str]
    dative: re.Pattern[str]
    subject_too: re.Pattern[str]
    ready: re.Pattern[str]
    circumstance: re.Pattern[str]
    money: re.Pattern[str]


@cache
def _demand() -> _Demand:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return _Demand(
        re.compile(f"{data['degree']}(?:{data['demand']})|{data['idiom']}", flags),
        re.compile(data["set_high"], flags),
        re.compile(data["measured_for"], flags),
        re.compile(data["dative"]),
        re.compile(data["subject_too"], flags),
        re.compile(data["ready"], flags),
        re.compile(circumstances(), flags),
        re.compile(data["money"], flags),
    )


def measures_a_demand(text: str, person: re.Pattern[str]) -> bool:
    """Whether a clause asked in ``text`` says that a demand is too much for a specific
    person."""
    demand = _demand()
    if demand.too_hard.search(text) is None and _ZU.search(text) is None:
        # (a level "zu hoch" closes its clause, so _ZU finds it)
        return False  # most messages: no "zu schwer", "too much", no "zu" closing a clause
    cues, english = cue_patterns(), cue_patterns().english
    for sentence in sentences(text):
        if cues.task.search(sentence) or not asks_an_opinion(sentence):
            continue
        if cues.generic_people.search(sentence):
            continue  # "für jemanden mit Hauptschulabschluss": people in general
        ready = demand.ready.match(sentence)
        if ready is not None and names_someone(ready["subject"], person, english):
            return True  # "Ist Jonas schon so weit, dass er allein …?"
        clauses = _CLAUSE.findall(sentence)
        # the clauses asked: those opening with a verb, the one with the mark, all with a tag
        asked = [c for c in clauses if cues.verb_first.match(c)]
        if sentence.rstrip().endswith("?") and clauses:
            asked.append(clauses[-1])
        if not sentence.rstrip().endswith("?"):
            asked = clauses
        for clause in asked:
            if (
                _too_hard(clause)
                and not demand.money.search(clause)
                and _measured_against(clause, person)
            ):
                return True
            if _too_much_for_a_purpose(clause, person):
                return True
    return False


def _too_hard(clause: str) -> bool:
    """A degree before a word of difficulty or load, or a level set too high that no number
    makes a quota ("das Ziel von 10 Bewerbungen … zu hoch")."""
    demand = _demand()
    if demand.too_hard.search(clause):
        return True
    return demand.set_high.search(clause) is not None and not any(c.isdigit() for c in clause)


def _too_much_for_a_purpose(clause: str, person: re.Pattern[str]) -> bool:
    """ "Ist Frau Yıldız fürs Lehramt zu weich?": the person as the subject, measured against a
    purpose that names no one."""
    demand, english = _demand(), cue_patterns().english
    found = demand.subject_too.match(clause)
    return (
        found is not None
        and demand.circumstance.match(found["adjective"]) is None
        and names_someone(found["subject"], person, english)
        and not names_someone(found["purpose"], person, english)
    )


def _measured_against(clause: str, person: re.Pattern[str]) -> bool:
    demand, english = _demand(), cue_patterns().english
    if demand.dative.search(clause):
        return True
    return any(
        names_someone(found.group(1), person, english)
        for found in demand.measured_for.finditer(clause)
    )
