"""A specific person's course forecast: whether or when they drop out, give up, fail, are let
go, how long they last or stay, whether they come back (``judgement_forecast.yaml``).

"Wann schmeißt Kemal die Lehre hin?", "Einschätzung: wie lange dauert es noch, bis Jana die
Ausbildung abbricht?", "Kommt der überhaupt nochmal wieder?", "Gib mir eine Prognose, wie die
Ausbildung von Lina weiter verläuft", "is the company going to let Marek go?" ask the
assistant to foresee what a person will do or what will become of them: a judgement about the
person, like "schafft er das?". The role reading (:mod:`bot.policy.judgement_role`) already
takes the yes/no question that opens with such a verb; this reading takes the forms it leaves:
a question word before the verb ("wann", "bis wann"), a subordinate clause under a measure of
time or likelihood ("bis/dass/ob Jana … abbricht"), failing an exam said with "durch die
Prüfung", a stay asked with a word of doubt, a return doubted, a forecast of the course (the
noun, or "voraussichtlich … ausgeht"), and an employer's step in English.

It does not count a rule or a plan ("Wann darf Kemal die Lehre abbrechen?": a modal is no verb
of ending), a time ("wann kommt Frau Weber wieder"), help to prevent it ("Wie verhindere ich,
dass Jana abbricht?"), what follows from it ("Was passiert, wenn Jana abbricht?": "wenn" is no
measure), nor a market's forecast.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.policy.judgement_frame import asks_an_opinion
from bot.policy.judgement_verdict import _shapes, _starts_with_person
from bot.policy.pii_gazetteer import is_listed_name
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_forecast.yaml")
_CLAUSE = re.compile(r"[^,;:–—]+")
# A demonstrative for a person named in an earlier sentence ("Meine Azubine … Wie lange bleibt
# die noch?").
_FIRST_WORD = re.compile(r"\s*([^\W\d_]{3,})\b")
_DEMONSTRATIVE = re.compile(r"\s*(?:der|die)\b(?!\s+(?-i:[A-ZÄÖÜ]))", re.IGNORECASE)


class _Forecast(NamedTuple):
    when: re.Pattern[str]
    end_verb: re.Pattern[str]
    clause_end: re.Pattern[str]
    stay: re.Pattern[str]
    stay_doubt: re.Pattern[str]
    stay_doubt_demonstrative: re.Pattern[str]
    comes_back: re.Pattern[str]
    comes_back_doubt: re.Pattern[str]
    subordinate: re.Pattern[str]
    ends_course: re.Pattern[str]
    measure: re.Pattern[str]
    prevent: re.Pattern[str]
    prognosis: re.Pattern[str]
    course: re.Pattern[str]
    goes_on: re.Pattern[str]
    likely: re.Pattern[str]
    outcome: re.Pattern[str]
    fails_exam: re.Pattern[str]
    exam: re.Pattern[str]
    market: re.Pattern[str]
    en_employer: re.Pattern[str]
    en_future: re.Pattern[str]
    guard: re.Pattern[str]


@cache
def _forecast() -> tuple[_Forecast, dict[str, re.Pattern[str]]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    particles = {
        verb: re.compile(rf"\b(?:{particle})\b", re.IGNORECASE)
        for verb, particle in data["end_particle"].items()
    }
    return _Forecast(*compiled(data, _Forecast._fields)), particles


def forecasts_a_course(text: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` asks the assistant to foresee a specific person's course
    (module docstring)."""
    forecast, _ = _forecast()
    if forecast.guard.search(text) is None:
        return False  # most messages: no verb of ending, staying or coming back
    named_before = False
    for sentence in sentences(text):
        asked = asks_an_opinion(sentence) or forecast.measure.search(sentence) is not None
        if asked and not forecast.prevent.search(sentence):
            if any(_clause_forecasts(c, person, named_before) for c in _CLAUSE.findall(sentence)):
                return True
            if _subordinate(sentence, person) or _prognosis(sentence, person):
                return True
            if _employer_in_english(sentence, person):
                return True
        named_before = named_before or names_someone(sentence, person, cue_patterns().english)
    return False


def _subject(span: str, person: re.Pattern[str], named_before: bool) -> re.Match[str] | None:
    """The person (or, after one was named, a demonstrative) ``span`` starts with, as a match
    of its end; None when it starts with no one."""
    if _starts_with_person(span, person) or _lower_case_name(span):
        return re.match(r"\s*(?:(?:der|die|den)\s+)?\S+", span)
    if named_before:
        return _DEMONSTRATIVE.match(span)
    return None


def _lower_case_name(span: str) -> bool:
    """A listed name typed in lower case right after the verb ("fällt kai durch …"): there a
    name that is also a word ("Kai") is the subject."""
    first = _FIRST_WORD.match(span)
    return (
        first is not None
        and first.group(1).islower()
        and is_listed_name(first.group(1).capitalize())
    )


def _clause_forecasts(clause: str, person: re.Pattern[str], named_before: bool) -> bool:
    """A main clause asking when a person ends the course, how long they stay, or whether they
    come back."""
    forecast, particles = _forecast()
    when = forecast.when.match(clause)
    # (a yes/no question about papers or a date is an errand: "Gibt Tim den Antrag … ab?")
    errand = when is not None and when.group("when") is None and _shapes().admin.search(clause)
    if when is not None and not errand:
        verb = forecast.end_verb.match(clause, when.end())
        if verb is not None and (subject := _subject(clause[verb.end() :], person, False)):
            rest = clause[verb.end() + subject.end() :]
            particle = particles.get(verb.group("verb").lower())
            if particle is None:
                return True  # "wann scheitert …"
            if any(
                forecast.clause_end.match(rest, found.end()) for found in particle.finditer(rest)
            ):
                return True
    failing = forecast.fails_exam.match(clause)
    subject = None if failing is None else _subject(clause[failing.end() :], person, False)
    # ("fällt kai durch die abschlussprüfung", the exam within a few words)
    if failing is not None and subject is not None:
        after = clause[failing.end() + subject.end() :][:60]
        if forecast.exam.search(after):
            return True
    for opening, doubt in (
        (forecast.stay, forecast.stay_doubt),
        (forecast.comes_back, forecast.comes_back_doubt),
    ):
        found = opening.match(clause)
        if found is None:
            continue
        rest = clause[found.end() :]
        if (subject := _subject(rest, person, named_before)) is None:
            continue
        if opening is forecast.stay and _DEMONSTRATIVE.fullmatch(subject.group()):
            doubt = forecast.stay_doubt_demonstrative
        if doubt.search(rest, subject.end()):
            return True
    return False


def _subordinate(sentence: str, person: re.Pattern[str]) -> bool:
    """A person who ends the course after "bis/dass/ob", under a measure of time or
    likelihood ("bis Jana die Ausbildung abbricht")."""
    forecast, _ = _forecast()
    if forecast.ends_course.search(sentence) is None:
        return False
    for found in forecast.subordinate.finditer(sentence):
        rest = sentence[found.end() :]
        if not _starts_with_person(rest, person):
            continue
        clause = _CLAUSE.match(rest)
        if clause is not None and forecast.ends_course.search(clause.group()):
            return True
    return False


def _prognosis(sentence: str, person: re.Pattern[str]) -> bool:
    """A forecast asked of a specific person's course ("Prognose, wie die Ausbildung von Lina
    weiter verläuft")."""
    forecast, _ = _forecast()
    foreseen = forecast.prognosis.search(sentence) is not None and (
        forecast.goes_on.search(sentence) is not None
    )
    likely = forecast.likely.search(sentence) is not None and (
        forecast.outcome.search(sentence) is not None
    )
    return (
        (foreseen or likely)
        and forecast.course.search(sentence) is not None
        and forecast.market.search(sentence) is None
        and names_someone(sentence, person, cue_patterns().english)
    )


def _employer_in_english(sentence: str, person: re.Pattern[str]) -> bool:
    """An employer's future step on a specific person ("are they going to let Marek go?")."""
    forecast, _ = _forecast()
    if forecast.en_future.search(sentence) is None:
        return False
    for found in forecast.en_employer.finditer(sentence):
        who = found.group("who") or found.group("who2") or ""
        if _starts_with_person(who, person):
            return True
    return False
