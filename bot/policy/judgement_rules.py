"""A rule, a right or a procedure asked for a named person, and text work on a pasted text,
in a verdict's words; set aside before the judgement readings (``judgement_rules.yaml``).

Each asks what the law, a table or a text tool answers, not what the assistant thinks of a
person, and each takes out only the word that looked like a verdict, so that a verdict asked
in the same sentence is still read:

- a step of the person's own asked as permitted or required ("Wann darf Dominik die
  Umschulung abbrechen?"): the step word is taken out;
- a sanction asked as what follows from the person's step ("Kriegt Herr Nguyen eine
  Sperrzeit, wenn er die Maßnahme abbricht?"): the sanction is read as a consequence, and
  one to be avoided ("…, ohne dass das Jobcenter sperrt?") is taken out;
- a person's step supposed in a condition ("…, wenn sie die Prüfung nicht besteht?") is no
  forecast: the step word is taken out;
- "kürzen" in a message that names a text and no money ("Ich kopier dir die Stellenanzeige
  rein, kannst du sie kürzen?"): the text is shortened, read as "straffen";
- a grade converted between scales ("Welcher deutschen Note entspricht das?"): the grade
  words of that sentence are read as "Wert";
- a situation weighed by the law ("Wie ist das rechtlich zu beurteilen: …"): the judging
  verb is taken out.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_rules.yaml")
# A sentence ends at a mark followed by a space or a line break ("3.2 GPA" is one sentence).
_SENTENCE = re.compile(r"(?:[^.?!\n]|[.?!](?=\S))+[.?!]*")


class _Rules(NamedTuple):
    own_step: re.Pattern[str]
    sanction_follows: re.Pattern[str]
    drohen: re.Pattern[str]
    sanction_then: re.Pattern[str]
    supposed_step: re.Pattern[str]
    without_sanction: re.Pattern[str]
    texts: re.Pattern[str]
    money: re.Pattern[str]
    shorten: re.Pattern[str]
    conversion: re.Pattern[str]
    scale: re.Pattern[str]
    performed: re.Pattern[str]
    grades: re.Pattern[str]
    legal_view: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Rules(*compiled(data, _Rules._fields))


def _as_consequence(found: re.Match[str]) -> str:
    start, end = found.span("word")
    return found.string[found.start() : start] + "Folge" + found.string[end : found.end()]


def _grade_as_value(found: re.Match[str]) -> str:
    # (a grade converted between scales; not the person's performance converted)
    rules, sentence = _rules(), found.group()
    converted = rules.conversion.search(sentence) and rules.scale.search(sentence)
    if converted and rules.performed.search(sentence) is None:
        return rules.grades.sub("Wert", sentence)
    return sentence


def set_aside_rules_asked(text: str) -> str:
    """``text`` with the verdict-like word of a rule, a right, a grade conversion or text work
    read as what it is there (see the module's docstring)."""
    rules = _rules()
    text = rules.own_step.sub(lambda found: found.group("keep"), text)
    text = rules.sanction_follows.sub(_as_consequence, text)
    text = rules.drohen.sub(_as_consequence, text)
    text = rules.sanction_then.sub(_as_consequence, text)
    text = rules.supposed_step.sub(lambda found: found.group("keep"), text)
    text = rules.without_sanction.sub(lambda found: found.group("keep"), text)
    if rules.texts.search(text) and not rules.money.search(text):
        text = rules.shorten.sub("straffen", text)
    if rules.grades.search(text) is not None:
        text = _SENTENCE.sub(_grade_as_value, text)
    return rules.legal_view.sub(lambda found: found.group().replace(_verb(found), " "), text)


def _verb(found: re.Match[str]) -> str:
    return found.group("verb") or found.group("verb2")
