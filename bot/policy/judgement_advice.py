"""Advice for a person is no judgement of that person (GDPR Art. 22 reads the other way).

How the counsellor can help someone ("Wie verbessere ich seine Chancen …?") is set aside the
same way: the clause up to an alternative ("…, oder ist er zu faul?") or the sentence's end.

"Welche Betriebe kannst du Tim empfehlen?", "kannst du Lea einen Deutschkurs empfehlen" and
"Can you recommend a course for him?" ask for things to recommend to Tim, Lea or him; "Würdest
du Tim dem Betrieb empfehlen?" and "Should we recommend him to the company?" ask for a verdict
on the person. What tells them apart is the object asked for: a thing ("welche Betriebe",
"einen Kurs", "something") that is no person. Such a span — from the thing to the verb — is
set aside before the judgement readings look at the message, so what else the sentence says
("…, oder ist er zu faul dafür?") is still read. A choice offered between options ("Umschulung
oder direkt einen Job?") hands a decision over and is not set aside.

Asked with "welche"/"which", or in a question such as "soll ich …", "würdest du …", the person
as the object of recommending is a verdict ("Welchen Bewerber würdest du empfehlen?", "Soll
ich Frau Kaya oder Herrn Brandt vorschlagen?").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_advice.yaml")
_SPAN = r"[^.?!\n,]{0,80}?"  # within one clause ("ein Fehler, Frau Berg vorzuschlagen")
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")


class _Advice(NamedTuple):
    verb: re.Pattern[str]
    asked: re.Pattern[str]  # a thing to recommend to someone
    person_asked: re.Pattern[str]  # "welchen Bewerber … empfehlen"
    asking: re.Pattern[str]
    recipient: re.Pattern[str]
    help: re.Pattern[str]  # the counsellor asking how to help someone
    help_verb: re.Pattern[str]
    polar: re.Pattern[str]  # a yes/no question ("Kann ich …", "Soll ich …")
    placement: re.Pattern[str]  # a particular vacancy ("die Stelle", "die Ausbildung bei …")


@cache
def _advice() -> _Advice:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    verbs, people = data["verbs"], data["people"]
    thing = rf"(?!(?:[^\W\d_]+\s+)?{people})[^\W\d_]"  # a word that is no person word
    asked = (
        # the thing asked for before the verb: "Welche Betriebe kannst du Tim … empfehlen"
        rf"{data['asked_thing']}(?P<thing1>{thing}){_SPAN}\b{verbs}\b"
        # an indefinite object before the verb: "kannst du Lea einen Deutschkurs empfehlen"
        rf"|{data['indefinite']}(?P<thing2>{thing}){_SPAN}\b{verbs}\b"
        # … or after it (English): "recommend a course for him", "suggest something"
        rf"|\b{verbs}\s+(?:to\s+(?:him|her|them)\s+)?{data['indefinite']}(?P<thing3>{thing})"
    )
    person_asked = rf"\b(?:welche[nrsm]?|which)\s+(?:[^\W\d_]+\s+)?{people}{_SPAN}\b{verbs}\b"
    flags = re.IGNORECASE
    return _Advice(
        re.compile(verbs, flags),
        re.compile(asked, flags),
        re.compile(person_asked, flags),
        re.compile(data["asking"], flags),
        re.compile(data["recipient"], flags),
        re.compile(rf"(?:{data['help_question']})[^.?!;\n]*?{data['help_end']}", flags),
        re.compile(data["help_verb"], flags),
        re.compile(data["polar"], flags),
        re.compile(data["placement"], flags),
    )


# Options offered in the same sentence ("…: Umschulung oder direkt einen Job?").
_OPTIONS = re.compile(r"[^.?!\n]*?\b(?:oder|or)\b", re.IGNORECASE)


def set_aside_advice(text: str, person: re.Pattern[str]) -> str:
    """``text`` with each request for things to recommend to a person blanked out; an object
    that ``person`` reads as a person ("die Lea als Azubi empfehlen") is no thing."""
    advice = _advice()
    if advice.verb.search(text) is None:
        return text  # most messages: nothing recommended

    def blank(found: re.Match[str]) -> str:
        offers_options = _OPTIONS.match(text, found.start()) is not None
        thing = next(found.start(g) for g in ("thing1", "thing2", "thing3") if found[g])
        names_a_person = person.match(text, thing) is not None or any(
            pronoun.start() <= found.start() < pronoun.end() for pronoun in person.finditer(text)
        )  # (the article itself may be the person: "Kann ich die guten Gewissens empfehlen?")
        placement = _offers_a_placement(text, found.start())
        return found.group() if offers_options or names_a_person or placement else " "

    return advice.asked.sub(blank, text)


def _offers_a_placement(text: str, start: int) -> bool:
    """Whether the span at ``start`` recommends a particular vacancy in a yes/no question."""
    advice = _advice()
    sentence = next((m for m in _SENTENCE.finditer(text) if m.start() <= start < m.end()), None)
    if sentence is None or advice.polar.match(sentence.group()) is None:
        return False
    return advice.placement.match(text, start) is not None


def set_aside_help(text: str) -> str:
    """``text`` with each question how the counsellor can help someone blanked out, up to an
    alternative or the end of its sentence (see ``help_question`` in the data)."""
    advice = _advice()

    def blank(found: re.Match[str]) -> str:
        return " " if advice.help_verb.search(found.group()) else found.group()

    return advice.help.sub(blank, text)


def recommends_someone(text: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` (after :func:`set_aside_advice`) asks whether, or which
    one, to recommend a person: the person as the object of a verb of recommending."""
    advice = _advice()
    if advice.verb.search(text) is None:
        return False
    for sentence in _SENTENCE.findall(text):
        verb = advice.verb.search(sentence)
        if verb is None or cue_patterns().task.search(sentence):
            continue
        if advice.person_asked.search(sentence):
            return True
        if advice.asking.search(sentence) and any(
            not advice.recipient.match(found.group().strip())
            for found in person.finditer(sentence)
        ):
            return True
    return False
