"""When a special-category cue describes a thing, a school subject or an occupation, not a person.

Read from the words right next to the cue (lists in ``special_context.yaml``):
- slang: an adjective such as "krank" before a noun that is no person and no part of the body
  ("ein krankes Angebot", not "ihre kranke Mutter", "das kranke Knie");
- a genitive of a thing: "Herkunft der Daten", "Diagnose des Fehlers" (not "Herkunft der
  Eltern", "Religion der Klientin");
- a school subject among others or with its grade: "in Religion und Ethik", "Reli: 2";
- the first part of an occupation's English name: "mental health nurse", "disability support
  worker";
- a product: the object of a verb of making, selling or repairing, before or after it ("die
  bauen Rollstühle", "verkauft in der Apotheke Medikamente", "ein Betrieb, der Prothesen
  fertigt", "stellt Medikamente her"), with no person between or right before ("baut ihm eine
  Prothese", "der ihm Prothesen baut" are his);
- an occupation someone wants to become: a capitalised cue before "werden" ("will
  Psychologin werden", "um Neurologe zu werden").
"""

from __future__ import annotations

import re
from functools import cache

from bot.policy.pii_gazetteer import is_listed_name
from bot.policy.special_context import context_data
from bot.word_lists import alternation

_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}+(?:-{_LETTER}+)*")
_ENDINGS = ("innen", "ern", "en", "es", "er", "em", "in", "e", "n", "s")
_ARTICLE = r"(?:der|des|dieser|dieses|eines|einer)"
_LIST_JOIN = r"\s*(?:,|&|/|\bund\b|\boder\b|\bsowie\b|\bstatt\b|\banstatt\b)\s*"
_GRADE = r"(?:[1-6](?:[+-]|,\d)?(?!\d)|eins|zwei|drei|vier|fünf|sechs)\b"


@cache
def _people_and_body() -> frozenset[str]:
    """Nouns that make the cue before them data about someone (a person or a part of one)."""
    data = context_data()
    keys = ("others", "own", "group_after", "people", "body_parts")
    return frozenset(str(word).lower() for key in keys for word in data[key])


def _is_person_or_body(word: str) -> bool:
    lower = word.lower()
    stems = [lower] + [lower[: -len(e)] for e in _ENDINGS if lower.endswith(e)]
    return any(stem in _people_and_body() for stem in stems) or is_listed_name(word)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = context_data()
    subjects = alternation(data["school_subjects"])
    return (
        # an inflected slang adjective and the noun after it
        re.compile(rf"^(?:{alternation(data['slang_adjectives'])})(?:e|en|er|es|em)$", re.I),
        re.compile(rf"\s+({_LETTER}+)"),
        # "der Daten", "des genannten Fehlers" (the first word may be the noun: "der Familie";
        # a capitalised one is: "des Begriffs Lehrling")
        re.compile(rf"\s+{_ARTICLE}\s+({_LETTER}+)(?:\s+({_LETTER}+))?", re.I),
        # the subject words themselves, subjects in a list before and after, a grade after
        re.compile(rf"^(?:{alternation(data['subject_words'])})$", re.I),
        re.compile(rf"(?<!{_LETTER})(?:{subjects}){_LIST_JOIN}$", re.I),
        re.compile(rf"{_LIST_JOIN}(?:{subjects})(?!{_LETTER})", re.I),
        re.compile(rf"(?:\s*:\s*|\s+(?:(?:jeweils\s+)?(?:eine?|ne)\s+)?){_GRADE}", re.I),
        re.compile(rf"\s+(?:{alternation(data['occupation_after'])})(?!{_LETTER})", re.I),
    )


def _slang(text: str, start: int, end: int) -> bool:
    adjective, noun, *_ = _patterns()
    if not adjective.search(text[start:end]):
        return False
    after = noun.match(text, end)
    # a capitalised word is a noun; lower-case typing leaves it open, so the cue counts
    return bool(after and after.group(1)[0].isupper() and not _is_person_or_body(after.group(1)))


def _thing_genitive(text: str, end: int, category: str) -> bool:
    if category in context_data()["named_with_genitive"]:
        return False  # "Gewerkschaft der Polizei" is a union's name
    genitive = _patterns()[2].match(text, end)
    if genitive is None:
        return False
    first, second = genitive.groups()
    if first[0].isupper():  # a noun: the genitive's own ("Herkunft des Begriffs Lehrling")
        return not _is_person_or_body(first)
    return not (_is_person_or_body(first) or (second is not None and _is_person_or_body(second)))


def _school_subject(text: str, start: int, end: int) -> bool:
    _a, _n, _g, subject, listed_before, listed_after, grade, _o = _patterns()
    if not subject.search(text[start:end]):
        return False
    return bool(
        listed_before.search(text, max(0, start - 40), start)
        or listed_after.match(text, end)
        or grade.match(text, end)
    )


@cache
def _making_verb() -> re.Pattern[str]:
    """A verb of making, selling or repairing and up to five words before the cue ("bauen ja
    auch Rollstühle und Prothesen")."""
    verbs = alternation(context_data()["making_verbs"])
    return re.compile(rf"(?<!{_LETTER})(?:{verbs})((?:\s+{_LETTER}+){{0,5}})\s+$", re.I)


@cache
def _making_verb_after() -> re.Pattern[str]:
    """Up to four words after the cue and a verb of making (a subordinate clause)."""
    verbs = alternation(context_data()["making_verbs"])
    return re.compile(rf"((?:\s+{_LETTER}+){{0,4}}?)\s+(?:{verbs})(?!{_LETTER})", re.I)


_WORD_BEFORE = re.compile(rf"({_LETTER}+)\s+$")


# the separable "stellt … her" ("stellt Medikamente her")
_PRODUCES_BEFORE = re.compile(
    rf"(?<!{_LETTER})stell(?:t|en|te|ten)((?:\s+{_LETTER}+){{0,5}})\s+$", re.I
)
_PRODUCES_AFTER = re.compile(rf"((?:\s+{_LETTER}+){{0,3}}?)\s+her(?!{_LETTER})")


def _someone(words: list[str]) -> bool:
    """A word for a person or a part of one among ``words`` (short words only as listed:
    "in" is no "i")."""
    people = _people_and_body()
    return any(
        word.lower() in people or (len(word) > 3 and _is_person_or_body(word)) for word in words
    )


def _product(text: str, start: int, end: int) -> bool:
    made = _making_verb().search(text, max(0, start - 60), start)
    if made is not None:
        return not _someone(made.group(1).split())
    produces = _PRODUCES_BEFORE.search(text, max(0, start - 60), start)
    particle = _PRODUCES_AFTER.match(text, end) if produces else None
    if produces and particle:
        return not _someone(produces.group(1).split() + particle.group(1).split())
    made = _making_verb_after().match(text, end)
    if made is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    words = made.group(1).split() + ([before.group(1)] if before else [])
    return not _someone(words)


_BECOME = re.compile(rf"\s+(?:zu\s+)?werden(?!{_LETTER})")


def _occupation_to_become(text: str, start: int, end: int) -> bool:
    return text[start].isupper() and _BECOME.match(text, end) is not None


def describes_no_person(text: str, start: int, end: int, category: str) -> bool:
    """Whether the cue at ``text[start:end]`` describes a thing, a school subject or an
    occupation rather than someone (see the module docstring)."""
    return (
        _slang(text, start, end)
        or _thing_genitive(text, end, category)
        or _school_subject(text, start, end)
        or _patterns()[-1].match(text, end) is not None
        or _product(text, start, end)
        or _occupation_to_become(text, start, end)
    )
