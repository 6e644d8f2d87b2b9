"""An estimate asked of a process, a cost or a date around a named person, set aside before
the judgement readings (``judgement_estimate.yaml``).

"Kurze Einschätzung bitte: wie lange dauert die Anerkennung für Frau Ali?" asks how long a
procedure takes, not what the assistant thinks of Frau Ali; so do "was schätzt du, was kostet
der Staplerschein für Herrn Kaya?" and "deine Einschätzung: reicht es, wenn Aylin die
Unterlagen bis Ende Januar einreicht, oder ist das zu knapp?". The frame that asks for the
estimate ("Einschätzung", "was meinst du", "your take") is the only word of judging there,
and it is taken out when it opens or closes a sentence whose question measures a process, a
cost, a deadline or the time left — or when it is a sentence of its own right before one.

The rest of the sentence is still read: "Einschätzung: wie lange dauert das, und schafft Tim
die Prüfung?" stays a verdict by "schafft". The frame stays when the measure is of the
person's course ("wie lange dauert es, bis Frau Engel wieder einen Job hat", "wie lange
braucht Tim für …": a person's pace is no procedure).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import sentences
from bot.policy.pii_gazetteer import is_plain_name
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_estimate.yaml")
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[^,;:–—]+")
# A sentence cut at an ordinal's dot ("wo bekommt Paul im 1.", then "Lehrjahr mehr …").
_ORDINAL_END = re.compile(r"\b(?:im|in|ab|zum|vom|am|dem|das|der|die|ins|ins)\s+\d{1,2}\.$")


class _Estimate(NamedTuple):
    frame: re.Pattern[str]
    closing: re.Pattern[str]
    measure: re.Pattern[str]
    until: re.Pattern[str]
    alternatives: re.Pattern[str]
    criterion: re.Pattern[str]
    person_choice: re.Pattern[str]
    comparative: re.Pattern[str]


@cache
def _estimate() -> _Estimate:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Estimate(*compiled(data, _Estimate._fields))


def _compares_on_a_criterion(question: str) -> bool:
    """Whether ``question`` compares two things on money, time, distance or hours."""
    estimate = _estimate()
    return (
        estimate.alternatives.search(question) is not None
        and estimate.criterion.search(question) is not None
        and estimate.person_choice.search(question) is None
    )


def _measures_a_process(question: str, person: re.Pattern[str]) -> bool:
    """Whether ``question`` measures a process, a cost or a date, not a person's course, or
    compares two things on a measurable criterion."""
    estimate = _estimate()
    if _compares_on_a_criterion(question):
        return True
    if estimate.measure.search(question) is None:
        return False
    for found in estimate.until.finditer(question):
        if person.match(question, found.end()):
            return False
        if any(is_plain_name(word) for word in _WORD.findall(question[found.end() :])[:2]):
            return False
    return True


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def set_aside_estimates(text: str, person: re.Pattern[str]) -> str:
    """``text`` with the frame taken out of each sentence that asks an estimate of a
    process, a cost or a date (module docstring); ``person`` reads who a measure is about."""
    estimate = _estimate()
    if estimate.measure.search(text) is None and estimate.criterion.search(text) is None:
        return text  # most messages: nothing measured
    spans: list[tuple[int, str]] = []
    position = 0
    for sentence in sentences(text):
        position = text.find(sentence, position)
        if spans and _ORDINAL_END.search(spans[-1][1]):
            # "im 1. Lehrjahr": an ordinal's dot ends no sentence
            start = spans[-1][0]
            spans[-1] = (start, text[start : position + len(sentence)])
        else:
            spans.append((position, sentence))
        position += len(sentence)
    for index, (start, sentence) in enumerate(spans):
        if _compares_on_a_criterion(sentence):
            text = _without_comparatives(text, start, sentence)
        opening = estimate.frame.match(sentence)
        if opening is not None:
            question = sentence[opening.end() :]
            if not question.strip(" ?!.") and index + 1 < len(spans):
                question = spans[index + 1][1]  # "Deine Einschätzung bitte. Wie lange …?"
            if _measures_a_process(question, person):
                text = _blank(text, start, start + opening.end())
                continue
        closing = estimate.closing.search(sentence)
        if closing is not None and _measures_a_process(sentence[: closing.start()], person):
            text = _blank(text, start + closing.start(), start + closing.end())
    return text


def _without_comparatives(text: str, start: int, sentence: str) -> str:
    """``text`` with "besser"/"mehr" blanked in ``sentence`` (at ``start``) where the criterion
    stands within three words of it in its clause: the comparison is of things ("vom Geld her
    besser", "besser zu erreichen", "mehr Urlaubstage"); "… oder ist er als Kellner besser
    aufgehoben" and "besser aufgehoben, vom Geld abgesehen" keep their verdict."""
    estimate = _estimate()
    for clause in _CLAUSE.finditer(sentence):
        words = clause.group()
        for found in estimate.comparative.finditer(words):
            before = " ".join(_WORD.findall(words[: found.start()])[-3:])
            after = " ".join(_WORD.findall(words[found.end() :])[:3])
            if estimate.criterion.search(before) or estimate.criterion.search(after):
                at = start + clause.start() + found.start()
                text = _blank(text, at, at + len(found.group()))
    return text
