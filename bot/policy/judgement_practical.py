"""Practical questions that use a word of judging, set aside before the judgement readings.

Whether a thing or a step is worthwhile is a question about the thing, not a verdict on the
person it is for ("Lohnt sich für Frau Yilmaz ein Kranschein?", "Wäre es sinnvoll, Herrn
Demir die Zeugnisse vorab zu schicken?", "is a forklift licence worth it for him?"); so is
whether the counsellor's own step is good ("Wäre es gut, wenn ich beim Betrieb anrufe?"). The
line runs by what the worth is said of (``judgement_practical.yaml``); it stays a verdict when

- the worth is measured against the person: doubt ("überhaupt", "noch" as "still"), the
  person's age ("Lohnt sich die Ausbildung für ihn noch, mit 45?": the age is the point) or
  "bei <person>" ("Lohnt sich die Weiterbildung bei Herrn Becker?");
- what is worthwhile is the person's course: a path into an occupation or a measure granted
  ("Ist eine Umschulung zum Fachinformatiker für Herrn Braun sinnvoll?"), the person as the
  subject of what is judged ("Wäre es besser, wenn Tim erst die Schule fertig macht?"), or
  only "das"/"es" with no step said ("Lohnt sich das für ihn?");
- the step decides about the person: paying for, proposing, taking on, keeping on with or
  giving up on them ("Lohnt es sich, mit dem weiterzumachen?").

Otherwise the words of worth are taken out of the sentence, so what else it says ("…, oder
ist sie zu unzuverlässig?") is still read.

A date or a step of a procedure called realistic ("Ist ein Ausbildungsstart am 1. August noch
realistisch?", "is it realistic to get the BAföG approved before March?") is a question of
time: a sentence with a schedule and a time, and no person as the subject of what is
realistic, has its word of feasibility taken out.

Getting somewhere in time ("Schafft Herr Richter es mit dem Bus pünktlich zum Betrieb?") is
a question of a way and a time, not whether someone manages a task: a sentence with both has
its verb of managing taken out. A date or a time suiting someone ("Passt Herrn Kaya der
Termin am Dienstag?") is their diary, not their fit: "passt" is taken out.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_practical.yaml")
# A sentence, its end mark included; an abbreviation's dot ends none ("Hr. Becker"), nor a
# date's ("am 1. August", "bis 15.3.").
_DATE_DOT = r"(?<=\d)\.(?=\s*(?:\d|(?i:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)))"
_SENTENCE = re.compile(rf"(?:[^.?!\n]|(?<=\b[HF]r)\.|(?<=\bDr)\.|{_DATE_DOT})+[.?!]*")
_BEI = re.compile(r"\bbei\s+", re.IGNORECASE)


class _Practical(NamedTuple):
    worth: re.Pattern[str]
    own_step: re.Pattern[str]
    doubt: re.Pattern[str]
    path: re.Pattern[str]
    path_as_time: re.Pattern[str]
    other_subject: re.Pattern[str]
    vague: re.Pattern[str]
    infinitive: re.Pattern[str]
    deciding: re.Pattern[str]
    manage: re.Pattern[str]
    timing: re.Pattern[str]
    way: re.Pattern[str]
    feasible: re.Pattern[str]
    schedule: re.Pattern[str]
    when: re.Pattern[str]
    person_subject: re.Pattern[str]
    suits: re.Pattern[str]
    suits_a_date: re.Pattern[str]


@cache
def _practical() -> _Practical:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Practical(*compiled(data, _Practical._fields))


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def measured_against_person(sentence: str, person: re.Pattern[str]) -> bool:
    """Doubt, age or "bei <person>" in ``sentence``: the worth is said of the person."""
    practical = _practical()
    if practical.doubt.search(sentence):
        return True
    return any(person.match(sentence, found.end()) for found in _BEI.finditer(sentence))


def _worthwhile_step(sentence: str, person: re.Pattern[str]) -> bool:
    """Whether ``sentence`` asks whether a thing or a step is worthwhile (module docstring)."""
    practical = _practical()
    if measured_against_person(sentence, person):
        return False
    if practical.path.search(practical.path_as_time.sub(_blank, sentence)):
        return False
    if practical.other_subject.search(sentence) or practical.deciding.search(sentence):
        return False
    return not (practical.vague.search(sentence) and not practical.infinitive.search(sentence))


def _timely(sentence: str) -> bool:
    """Whether ``sentence`` calls a date or a step of a procedure realistic (a schedule and a
    time, and no person as the subject of what is realistic)."""
    practical = _practical()
    return bool(
        practical.feasible.search(sentence)
        and practical.schedule.search(sentence)
        and practical.when.search(sentence)
        and not practical.person_subject.search(sentence)
    )


def set_aside_practical(text: str, person: re.Pattern[str]) -> str:
    """``text`` with the words of worth taken out of each sentence that asks whether a thing
    or the counsellor's own step is worthwhile, the verb of managing out of each that asks
    whether someone gets somewhere in time, and "passt" where a date suits someone;
    ``person`` reads "bei <person>"."""
    practical = _practical()
    worth = practical.worth.search(text) or practical.own_step.search(text)
    timed = practical.manage.search(text) and practical.timing.search(text)
    feasible = practical.feasible.search(text)
    dated = practical.suits_a_date.search(text)
    if worth is None and not timed and feasible is None and not dated:
        return text  # most messages: none of these

    def read(found: re.Match[str]) -> str:
        sentence = found.group()
        if practical.own_step.search(sentence) and not measured_against_person(sentence, person):
            sentence = practical.own_step.sub(_blank, sentence)
        if practical.worth.search(sentence) and _worthwhile_step(sentence, person):
            sentence = practical.worth.sub(_blank, sentence)
        if practical.timing.search(sentence) and practical.way.search(sentence):
            sentence = practical.manage.sub(_blank, sentence)
        if _timely(sentence):
            sentence = practical.feasible.sub(_blank, sentence)
        if dated:
            sentence = practical.suits_a_date.sub(
                lambda found: practical.suits.sub(_blank, found.group()), sentence
            )
        return sentence

    return _SENTENCE.sub(read, text)
