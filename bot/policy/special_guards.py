"""Forms in which a special-category cue names no client's data, read before or beside
:mod:`bot.policy.special`'s clause reading (``special_guards.yaml``):

- a surname: the word right after a title ("Frau Krebs hat den Termin verpasst", "frau taub
  fragt …");
- a colleague named with their team ("Frau Brandt aus dem Team ist krankgeschrieben"): read
  as the counsellor's side, like a name after the word for a colleague;
- the counsellor's own state continued: a clause with no subject of its own right after a
  clause in which the counsellor speaks of their own health ("I'm off sick tomorrow,
  migraine again");
- a case that may happen: being ill in a clause of a condition ("wenn er am Tag vom Termin
  krank ist"), and the papers for it asked about in the same sentence ("braucht er ne AU?");
  not where it happens again or often ("wenn er wieder krank ist");
- a health paper asked for as a requirement ("Braucht er für den Busführerschein ein
  ärztliches Gutachten?");
- a person named with a title right before the place or service they are from ("Fr. Meyer
  vom Integrationsfachdienst");
- a question after a headline and a colon ("Allgemeine Frage für den Infoabend: Darf ein
  Betrieb das Kopftuch verbieten?"): read like a question that opens its sentence; opened by
  a verb, only as one clause ("Frage: hat Diabetes, welche Ausbildungen gehen?" is a note).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.special_cues import cue_patterns
from bot.policy.special_patterns import context_patterns, question_opener, works_there
from bot.yaml_data import compiled, load_yaml

_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d|\s+[a-zäöüß])(?<![A-Z]\.)(?<!\b[HhFf]r\.)")
_COLON = re.compile(r":")
_CLAUSE_BREAK = re.compile(r"[,;–—]|\s-\s")
_DATA = Path(__file__).with_name("special_guards.yaml")
_NAMES = Path(__file__).with_name("first_names.yaml")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


class _Guards(NamedTuple):
    title_before: re.Pattern[str]
    team_colleague: re.Pattern[str]
    illness: re.Pattern[str]
    condition: re.Pattern[str]
    recurring: re.Pattern[str]
    paper_after: re.Pattern[str]
    needed: re.Pattern[str]
    role_group: re.Pattern[str]
    decision: re.Pattern[str]
    from_place: re.Pattern[str]
    as_occupation_at: re.Pattern[str]
    subject_before: re.Pattern[str]
    decision_verb: re.Pattern[str]
    colleague_subject: re.Pattern[str]
    possessive: re.Pattern[str]
    topic: re.Pattern[str]
    copula_before: re.Pattern[str]
    verb_form: re.Pattern[str]
    staff_of: re.Pattern[str]
    worry_ache: re.Pattern[str]
    worry_after: re.Pattern[str]


@cache
def _guards() -> _Guards:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Guards(*compiled(data, _Guards._fields))


@cache
def _given_names() -> frozenset[str]:
    names = load_yaml(_NAMES.read_text(encoding="utf-8"))["names"]
    return frozenset(str(name).lower() for name in names)


def is_a_surname(text: str, start: int, words: str) -> bool:
    """A one-word cue right after a title ("Frau Krebs", "frau taub") or right after a listed
    given name, in any case ("termin mit kevin taub"), is a surname; not a verb ("Yusuf
    fastet") nor after a copula before the name ("ist Kevin taub?")."""
    if not words.isalpha():
        return False
    guards = _guards()
    if guards.title_before.search(text, max(0, start - 20), start) is not None:
        return True
    name = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if name is None or guards.verb_form.match(words):
        return False
    if name.group(1).lower() not in _given_names():
        return False
    return guards.copula_before.search(text, max(0, name.start(1) - 12), name.start(1)) is None


def staff_of(text: str, start: int) -> bool:
    """The weak cue at ``start`` is the place or service of a person named right before it
    ("Fr. Meyer vom Integrationsfachdienst"): where that person works."""
    return _guards().staff_of.search(text, max(0, start - 60), start) is not None


def is_a_role_group(words: str) -> bool:
    """A person found by its words is a group by its role ("die Absolventen")."""
    return _guards().role_group.fullmatch(words.strip()) is not None


def employer_decision(clause: str, cue_at: int) -> bool:
    """The cue at ``cue_at`` in ``clause`` is an employer answering an application ("Absage
    vom Krankenhaus") or the place of a job offered as an occupation ("Zusage als Koch in der
    Psychiatrie"), or deciding on an applicant as the subject ("Die Klinik hat ihn
    abgelehnt")."""
    guards = _guards()
    if (
        guards.subject_before.fullmatch(clause, 0, cue_at)
        and guards.decision_verb.search(clause, cue_at)
        and works_there(clause[cue_at:])
    ):
        return True
    if guards.decision.search(clause, 0, cue_at) is None:
        return False
    return bool(
        guards.from_place.search(clause, max(0, cue_at - 30), cue_at)
        or guards.as_occupation_at.search(clause, max(0, cue_at - 60), cue_at)
    )


def without_colleague_possessives(clause: str) -> str:
    """``clause`` with the possessives blanked where a colleague opens it ("Kollegin Schulte
    hat morgen ihre OP"): the colleague's own (same length)."""
    guards = _guards()
    subject = guards.colleague_subject.match(clause)
    if subject is None:
        return clause
    rest = guards.possessive.sub(lambda found: " " * len(found.group()), clause[subject.end() :])
    return clause[: subject.end()] + rest


def a_topic(sentence: str) -> bool:
    """The sentence names a course's or an event's topic ("… ist Religion das Thema")."""
    return _guards().topic.search(sentence) is not None


def with_team_colleagues(clause: str) -> str:
    """``clause`` with a colleague named with their team read as "ich" (same length)."""
    return _guards().team_colleague.sub(_as_own, clause)


def _as_own(found: re.Match[str]) -> str:
    name = found.group("name")
    return "ich".ljust(len(name)) + found.group()[len(name) :]


def continues_own_state(previous: str, mark: str, notes: bool) -> bool:
    """Whether ``previous``, the clause before a clause with no subject of its own and joined
    to it by ``mark`` (a comma or a dash, not a sentence end), is the counsellor speaking of
    their own health and of nobody else: the clause goes on about the same person ("I'm off
    sick tomorrow, migraine again"). In ``notes`` only a word for oneself counts, not a
    clause opened by a verb ("war krank, …" is the client's there)."""
    if mark.strip() not in {",", "–", "—", "-", ";"}:
        return False
    own, opener, others, *_rest = context_patterns()
    mine = own.search(previous) or (not notes and opener.match(previous))
    if not mine or others.search(previous):
        return False
    return any(pattern.search(previous) for pattern, weak in cue_patterns() if not weak)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start + 1)), default=0)
    stop = _SENTENCE_END.search(text, end)
    return begin, stop.end() if stop else len(text)


def may_happen_or_required(text: str, start: int, end: int, words: str) -> bool:
    """Being ill as a case that may happen, a health paper asked for as a requirement, or an
    ache that is the counsellor's worry ("Bauchschmerzen, ob …")."""
    return (
        _may_happen(text, start, end, words)
        or _a_required_paper(text, start, end)
        or _a_worry(text, end, words)
    )


def _a_worry(text: str, end: int, words: str) -> bool:
    guards = _guards()
    return bool(guards.worry_ache.match(words.strip()) and guards.worry_after.match(text, end))


def _may_happen(text: str, start: int, end: int, words: str) -> bool:
    """Being ill in general in a clause of a condition, or its papers asked about in a
    sentence with such a clause: a case that may happen, nobody's state."""
    guards = _guards()
    if not guards.illness.match(words.strip()):
        return False
    begin, stop = _sentence_bounds(text, start, end)
    sentence = text[begin:stop]
    for word in re.finditer(r"[^\W\d_]+", sentence):
        if not guards.illness.match(word.group()):
            continue
        condition = guards.condition.search(sentence, max(0, word.start() - 80), word.start())
        if condition is None:
            continue
        if guards.recurring.search(sentence, condition.start(), word.end()):
            continue
        return True
    return False


def _a_required_paper(text: str, start: int, end: int) -> bool:
    """A health word naming a paper asked for as a requirement ("ein ärztliches
    Gutachten", with "braucht"/"muss … vorlegen" in its sentence)."""
    guards = _guards()
    if guards.paper_after.match(text, end) is None:
        return False
    begin, stop = _sentence_bounds(text, start, end)
    return guards.needed.search(text, begin, stop) is not None


def asked_after_colon(text: str, start: int, end: int) -> bool:
    """The cue stands in a question that opens after a headline and a colon ("Allgemeine
    Frage für unseren Infoabend: Darf ein Betrieb das Kopftuch verbieten?")."""
    begin, stop = _sentence_bounds(text, start, end)
    if not text[begin:stop].rstrip().endswith("?"):
        return False
    colons = [m.end() for m in _COLON.finditer(text, begin, start)]
    if not colons:
        return False
    word, verb = question_opener()
    if word.match(text, colons[-1]):
        return True
    # a verb only where the question is one clause: "Frage: hat Diabetes, welche Ausbildungen
    # gehen?" is a note on a client and a question about her
    return verb.match(text, colons[-1]) is not None and not _CLAUSE_BREAK.search(
        text, colons[-1], stop
    )
