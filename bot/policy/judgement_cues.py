"""The looser reading of judgement requests: a specific person and a judgement word in one
clause of a sentence that asks something, unless the sentence is a task
(``judgement_cues.yaml``).

The patterns of :mod:`bot.policy.judgement` know the sentence forms; this reading catches the
forms nobody listed ("Laura und die Pflege – hat sie das Potenzial?"). It only counts a
person named as such (a first name from the list, Herr/Frau with a name, er/ihn/ihm, "meine
Klientin") and leaves "man", "jemand" and people in general alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import yaml

from bot.policy.pii_gazetteer import is_plain_name

_DATA = Path(__file__).with_name("judgement_cues.yaml")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_CLAUSE = re.compile(r"[^,;–—]+")
_WORD_START = r"(?<![^\W\d_])"


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


# A capitalised word inside a sentence, not an acronym ("IHK") and not "I".
_INNER_NAME = re.compile(r"(?<=[\s,(])(?-i:[A-Z][a-z]+)(?![\w-])")


@cache
def _cues() -> tuple[re.Pattern[str], ...]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return (
        re.compile(_WORD_START + f"(?:{_alternatives(data['judgement'])})", flags),
        re.compile(_alternatives(data["asking"]), flags),
        re.compile(_alternatives(data["tasks"]), flags),
        re.compile(data["english"], flags),
        re.compile(data["weak"], flags),
    )


_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def _names_someone(clause: str, person: re.Pattern[str], english: re.Pattern[str]) -> bool:
    if person.search(clause):
        return True
    # A first or last name from the maintained name lists, also one the short list lacks.
    if any(is_plain_name(word) for word in _WORD.findall(clause)):
        return True
    # German capitalises every noun; English only names (and the first word).
    return bool(english.search(clause) and _INNER_NAME.search(clause))


def asks_to_judge(text: str, person: re.Pattern[str]) -> bool:
    """Whether a clause of ``text`` names a person and a judgement word in a sentence that
    asks something and is no task. "Tim hat Potenzial im Handwerk, welche Betriebe …?" does
    not count: the question is another clause. A question with a strong judgement word also
    counts when the person was named before it ("… – ist das realistisch?")."""
    judgement, asking, task, english, weak = _cues()
    named_before = False  # "Mein Klient (19, HSA) will Koch werden – ist das realistisch?"
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        clauses = _CLAUSE.findall(sentence)
        candidates: list[str] = []
        if task.search(sentence):
            pass
        elif asking.search(sentence):
            candidates = clauses  # a request word: the whole sentence is the request
        elif sentence.rstrip().endswith("?"):
            candidates = clauses[-1:]  # a question: the clause that carries the mark
        for clause in candidates:
            earlier = clauses[: clauses.index(clause)]
            found = judgement.search(clause)
            if found is None:
                # "Wer hat mehr Potenzial, Mia oder Lena?": the judgement before, the people last
                before = next(filter(None, map(judgement.search, earlier)), None)
                strong = before is not None and not weak.match(before.group())
                if strong and _names_someone(clause, person, english):
                    return True
                continue
            if _names_someone(clause, person, english):
                return True
            context = named_before or any(_names_someone(c, person, english) for c in earlier)
            if context and not weak.match(found.group()):
                return True
        named_before = named_before or _names_someone(sentence, person, english)
    return False
