"""A thing as the subject of a judging word, set aside before the judgement readings.

"Ist so ein Online-Excel-Kurs für Frau Brückner eher Zeitverschwendung?" or "Ist das
Berufskolleg in Unna für Herrn Maier besser als das in Hamm?" judge a course or a school, not
the person: the person is only whom the thing is for; so do a cost, a duration or an effort
estimated ("Wie schätzt man die Kosten für den Führerschein von Lea ein?"). A sentence that
opens with a thing as
its subject (``judgement_things.yaml``: courses, licences, schools, providers, companies,
tools) has its "für <person>" taken out, so the readings find nobody judged there; what else
the text says ("…, oder ist sie zu langsam dafür?") is still read.

A grade or a rank ordered for a thing that names nobody ("Gib dem Flyer eine Note von 1 bis
6", "Bewerte meine Präsentation auf einer Skala") is set aside whole
(:func:`set_aside_graded_things`), and so is a group grading a thing ("ein Bogen, mit dem die
TN den Kurs bewerten", :func:`set_aside_raters`): the people there grade, they are not graded.

It stays a verdict when the thing is measured against the person: doubt or age ("überhaupt",
"noch", "mit 58", as in :mod:`bot.policy.judgement_practical`), "bei <person>", or a word of
ability or difficulty ("zu schwer", "machbar", "realistisch"). A path into an occupation or a
measure ("Ist eine Umschulung … für Herrn Braun sinnvoll?") is no thing here: it is the
person's course.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_practical import measured_against_person
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_things.yaml")
# A sentence, its end mark included; an abbreviation's dot ends none ("Hr. Becker").
_SENTENCE = re.compile(r"(?:[^.?!\n]|(?<=\b[HF]r)\.|(?<=\bDr)\.)+[.?!]*")
# The rest of a name after the person found ("Frau B" + "rückner", "Mr H" + "addad"), and
# further capitalised words of it ("Frau Anna Weber").
_NAME_REST = re.compile(r"[^\W\d_]*(?:\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+)*")
# A plural possessive after a group of raters: the group's own.
_GROUP_POSSESSIVE = re.compile(r"\b(?:ihr|ihre|ihren|ihrem|ihrer|their)\b", re.IGNORECASE)
# A clause of circumstances after the thing weighed ("…, wenn er aufs Land zieht", "…, given
# his shifts"): it says why the thing may be worth it, not what the person is worth.
_CIRCUMSTANCE = re.compile(
    r",\s*(?:wenn|falls|weil|da|sofern|given|since|because|as|if)\b[^,.;?!]*", re.IGNORECASE
)


class _Things(NamedTuple):
    subject: re.Pattern[str]
    beneficiary: re.Pattern[str]
    ability: re.Pattern[str]
    estimate: re.Pattern[str]
    quantity: re.Pattern[str]
    owner: re.Pattern[str]
    graded_order: re.Pattern[str]
    raters: re.Pattern[str]
    grading_verb: re.Pattern[str]


@cache
def _things() -> _Things:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    subject = str(data["subject"]).replace("{thing}", str(data["thing"]))
    graded = str(data["graded"]).replace("{thing}", str(data["thing"]))
    flags = re.IGNORECASE
    return _Things(
        re.compile(subject, flags),
        re.compile(data["beneficiary"], flags),
        re.compile(data["ability"], flags),
        re.compile(data["estimate"], flags),
        re.compile(data["quantity"], flags),
        re.compile(data["owner"], flags),
        re.compile(str(data["graded_order"]).replace("{graded}", graded), flags),
        re.compile(_raters(data, graded), flags),
        re.compile(rf"\b{data['verb']}", flags),
    )


def _raters(data: dict[str, str], graded: str) -> str:
    """A group and the thing it grades (``raters`` and ``rated_thing`` in the YAML); group
    ``thing``: from after the group to the end."""
    rated = (
        str(data["rated_thing"])
        .replace("{determiner}", str(data["determiner"]))
        .replace("{verb}", str(data["verb"]))
        .replace("{graded}", graded)
    )
    return f"{data['raters']}(?P<thing>{rated})"


def _without_beneficiary(
    sentence: str, person: re.Pattern[str], before: re.Pattern[str] | None = None
) -> str:
    """``sentence`` with each "für <person>" (``before``: another word before the person)
    blanked."""
    parts: list[str] = []
    last = 0
    for found in (before or _things().beneficiary).finditer(sentence):
        if found.start() < last:
            continue
        who = person.match(sentence, found.end())
        if who is None:
            continue
        rest = _NAME_REST.match(sentence, who.end())
        end = rest.end() if rest else who.end()
        parts.append(sentence[last : found.start()] + " " * (end - found.start()))
        last = end
    return "".join(parts) + sentence[last:]


def set_aside_things(text: str, person: re.Pattern[str]) -> str:
    """``text`` without the person a thing is weighed for, in each sentence that opens with a
    thing as its subject and does not measure it against the person (module docstring)."""
    things = _things()

    def read(found: re.Match[str]) -> str:
        sentence = found.group()
        estimated = things.estimate.search(sentence) and things.quantity.search(sentence)
        if things.subject.match(sentence) is None and not estimated:
            return sentence  # most sentences
        if things.ability.search(sentence) or measured_against_person(sentence, person):
            return sentence
        kept = _without_beneficiary(sentence, person, things.owner if estimated else None)
        return _CIRCUMSTANCE.sub(lambda clause: " " * len(clause.group()), kept)

    return _SENTENCE.sub(read, text)


def set_aside_graded_things(text: str, person: re.Pattern[str]) -> str:
    """``text`` without each sentence that orders a grade, points or a rank for a thing ("Gib
    dem Flyer eine Note von 1 bis 6") and names nobody ``person`` finds: the thing is
    judged. Only for a request without notes: a grade for a document among notes on a
    client is theirs."""
    order = _things().graded_order

    def read(found: re.Match[str]) -> str:
        sentence = found.group()
        if order.match(sentence) is None or person.search(sentence) is not None:
            return sentence
        return " " * len(sentence)

    return _SENTENCE.sub(read, text)


def set_aside_raters(text: str, person: re.Pattern[str]) -> str:
    """``text`` without each span where a group grades a thing ("mit dem die TN den Kurs
    bewerten können"): the group grades, nobody is graded. The span stays when someone stands
    in what is graded ("die TN bewerten den Lebenslauf von Tim")."""

    def read(found: re.Match[str]) -> str:
        # (after a group, "ihren"/"their" is the group's own: "Azubis benoten ihren Betrieb")
        graded = _GROUP_POSSESSIVE.sub(" ", found.group("thing"))
        if person.search(graded) is not None:
            return found.group()
        return " " * len(found.group())

    things = _things()

    def sentence(found: re.Match[str]) -> str:
        if things.grading_verb.search(found.group()) is None:
            return found.group()  # most sentences: no grading verb, nothing to read
        return things.raters.sub(read, found.group())

    return _SENTENCE.sub(sentence, text)
