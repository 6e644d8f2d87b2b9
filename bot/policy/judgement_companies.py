"""Chains and employers named like people, read as companies where the sentence puts one.

"Obi", "Otto", "Penny" or "Douglas" are given names and chains that train apprentices. The
name lists keep them as names (a client may be called Otto); the sentence tells which is
meant (``judgement_companies.yaml``): a company after a preposition of place or employer
("eine Bewerbung bei Obi"), in a clause with a word for a company ("Ist Penny ein guter
Ausbildungsbetrieb?") or beside another company ("Hermes oder Otto – wer zahlt mehr?"). With
an article, a title or a possessive before it ("die Penny", "Frau Otto") it stays a person,
and so it does anywhere else ("Hat Obi das Zeug zum Tischler?"). Read as a company, the name
is replaced by a word that is no name, before the judgement readings look for people.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_companies.yaml")
_GAZETTEER = Path(__file__).with_name("pii_gazetteer.yaml")
_CLAUSE_END = re.compile(r"[,;:.?!\n–—]")


class _Companies(NamedTuple):
    names: re.Pattern[str]
    others: re.Pattern[str]  # any company beside one ("… oder Porsche")
    before: re.Pattern[str]
    company_word: re.Pattern[str]
    pair: re.Pattern[str]
    person_before: re.Pattern[str]
    reading: str


def _alternation(names: list[str]) -> str:
    longest_first = sorted(names, key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in longest_first) + r")(?![\w-])"


@cache
def _companies() -> _Companies:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    employers = [
        str(name) for name in load_yaml(_GAZETTEER.read_text(encoding="utf-8"))["employers"]
    ]
    names = [str(name) for name in data["names"]]
    flags = re.IGNORECASE
    return _Companies(
        re.compile(_alternation(names)),
        re.compile(_alternation([*names, *employers])),
        re.compile(data["before"], flags),
        re.compile(data["company_word"], flags),
        re.compile(data["pair"], flags),
        re.compile(data["person_before"], flags),
        str(data["reading"]),
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause around ``text[start:end]``."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    return begin, after.start() if after else len(text)


def _a_company(text: str, found: re.Match[str]) -> bool:
    companies = _companies()
    before = text[max(0, found.start() - 12) : found.start()]
    if companies.person_before.search(before):
        return False
    if companies.before.search(before):
        return True
    begin, end = _clause(text, found.start(), found.end())
    if companies.company_word.search(text, begin, end):
        return True
    # another company right before or after, joined by "oder"/"und"/a comma
    after = text[found.end() : found.end() + 40]
    joined_after = companies.pair.match(after)
    if joined_after and companies.others.match(after, joined_after.end()):
        return True
    for other in companies.others.finditer(text, max(0, found.start() - 40), found.start()):
        if companies.pair.fullmatch(text, other.end(), found.start()):
            return True
    return False


def as_companies(text: str) -> str:
    """``text`` with each chain named like a person replaced by a word for a company, where
    the sentence puts a company (module docstring)."""
    companies = _companies()
    if companies.names.search(text) is None:
        return text  # most messages: no such name

    def read(found: re.Match[str]) -> str:
        return companies.reading if _a_company(text, found) else found.group()

    return companies.names.sub(read, text)
