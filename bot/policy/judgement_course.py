"""A person's course chosen between alternatives, asked as the assistant's verdict
(``judgement_course.yaml``): "Kurzes Urteil bitte: Ausbildung oder lieber erst FSJ für Lea?",
"Was denkst du, sollte Emma die Bewerbung überhaupt noch abschicken oder es lieber lassen?",
"quick verdict: college or an apprenticeship for Lea?".

The sentence asks a verdict (a frame: "Urteil", "Einschätzung", "Meinung", "Tipp", "was
denkst du", "your call"), holds two alternatives of which one is a course (a training, a
school, a job, an application, doing it at all), and names a specific person: the decision
about that person's course is handed to the assistant. It does not count when the sentence
asks a fact about the alternatives ("… – was wird besser bezahlt?"), when the alternatives
are means or times ("per Post oder online", "vormittags oder nachmittags"), or when the
sentence is a task (a mail, a list of occupations).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_course.yaml")


class _Course(NamedTuple):
    frame: re.Pattern[str]
    alternatives: re.Pattern[str]
    course: re.Pattern[str]
    fact_question: re.Pattern[str]
    means: re.Pattern[str]


@cache
def _course() -> _Course:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Course(*compiled(data, _Course._fields))


def chooses_a_course(text: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` hands the choice of a specific person's course between
    alternatives to the assistant (module docstring)."""
    course, cues = _course(), cue_patterns()
    if course.alternatives.search(text) is None or course.frame.search(text) is None:
        return False  # most messages: no alternatives, no verdict asked
    for sentence in sentences(text):
        frame = course.frame.search(sentence)
        if frame is None or cues.task.search(sentence):
            continue
        rest = sentence[: frame.start()] + " " + sentence[frame.end() :]
        if course.fact_question.search(rest) or course.means.search(rest):
            continue
        alternative = course.alternatives.search(rest)
        if alternative is None or course.course.search(rest) is None:
            continue
        if names_someone(rest, person, cues.english):
            return True
    return False
