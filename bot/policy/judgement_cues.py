"""The looser reading of judgement requests: a specific person and a judgement word in one
clause of a sentence that asks something, unless the sentence is a task
(``judgement_cues.yaml``).

The patterns of :mod:`bot.policy.judgement` know the sentence forms; this reading catches the
forms nobody listed ("Laura und die Pflege – hat sie das Potenzial?"). It only counts a
person named as such (a first name from the list, Herr/Frau with a name, er/ihn/ihm, "meine
Klientin") and leaves "man", "jemand" and people in general alone.

The cue groups in the YAML are structured, not sentences: judgement words (strong ones count
with a person named anywhere in the request; weak ones, traits and impressions only with the
person in the same clause), request words, tasks, and what makes a clause a question of its
own (a leading verb or question word, "dass/ob" after a judgement word). A pronoun after
"einem Jugendlichen" or "jemandem" refers to nobody in particular.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_english import is_capitalised_word, is_german_noun
from bot.policy.judgement_unknown_names import is_product, used_for_something
from bot.policy.pii_gazetteer import is_listed_name, is_name_after_title, is_plain_name
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_cues.yaml")
# A full stop after counsellors' abbreviations ("Kl. ist faul …", "Fr. Weber") ends no sentence,
# nor does one after a single letter: an initial or a shorthand ("Hr. K. – belastbar genug f.
# Nachtschicht?").
_ABBREVIATION_DOT = "|".join(
    [
        *(rf"(?<=\b{a})\." for a in ("Kl", "Fr", "Hr", "Dr", "TN", "ca", "bzw", "ggf", "evtl")),
        r"(?<=(?<![^\W\d_])[^\W\d_])\.(?=[ \t]+\S)",
    ]
)
_SENTENCE = re.compile(rf"(?:[^.!?\n]|{_ABBREVIATION_DOT})+[.!?]*")
_CLAUSE = re.compile(r"[^,;–—]+")
_WORD_START = r"(?<![^\W\d_])"


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


# A capitalised word inside a sentence, not an acronym ("IHK") and not "I", nor a place ("in
# Hamm", "at Siemens"), nor a thing after an article or "without" ("without Abitur", "the
# Abitur", "an Ausbildung"): English puts no article before a name.
_INNER_NAME = re.compile(
    r"(?<=[\s,(])(?<!\bin\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bnear\s)(?<!\bfor\s)"
    r"(?<!\bwithout\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bno\s)"
    r"(?-i:[A-Z][a-z]+)(?![\w-])"
)


class Cues(NamedTuple):
    judgement: re.Pattern[str]
    asking: re.Pattern[str]
    task: re.Pattern[str]
    english: re.Pattern[str]
    weak: re.Pattern[str]
    verb_first: re.Pattern[str]
    complement: re.Pattern[str]
    generic_people: re.Pattern[str]
    verdict: re.Pattern[str]
    name_slot: re.Pattern[str]
    title_name: re.Pattern[str]
    pointing_back: re.Pattern[str]


@cache
def cue_patterns() -> Cues:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    # ("stinkfaul", "strohdumm": an intensifier typed onto the trait)
    traits = rf"(?:{data['intensifiers']})?(?:un)?(?:{'|'.join(data['traits'])})[^\W\d_]*"
    weak_words = [*data["weak_judgement"], traits]
    return Cues(
        re.compile(_WORD_START + f"(?:{_alternatives([*data['judgement'], *weak_words])})", flags),
        re.compile(_alternatives(data["asking"]), flags),
        re.compile(_alternatives(data["tasks"]), flags),
        re.compile(data["english"], flags),
        re.compile(f"{data['weak']}|(?:{_alternatives(weak_words)})$", flags),
        re.compile(data["question_verbs"], flags),
        re.compile(data["complement"], flags),
        re.compile(data["generic_people"], flags),
        re.compile(_WORD_START + f"(?:{_alternatives(data['verdicts'])})", flags),
        re.compile(data["name_slot"], flags),
        re.compile(data["title_name"], flags),
        re.compile(data["pointing_back"], flags),
    )


@cache
def _verb_shaped() -> re.Pattern[str]:
    """A clause opened by a capitalised word shaped like a verb (``verb_shaped_start``)."""
    return re.compile(load_yaml(_DATA.read_text(encoding="utf-8"))["verb_shaped_start"])


# Pronouns that name someone only by reference; after "einem Jugendlichen" they mean nobody.
_PRONOUN = re.compile(r"(?:er|sie|ihn|ihm|ihr|ihre\w*|sein\w*|he|she|him|his|her)", re.IGNORECASE)


_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


# Two names joined as alternatives ("Kai oder Max"): listed names, also those that are words.
_NAME_PAIR = re.compile(
    r"(?-i:([A-ZÄÖÜ][a-zäöüß]+))\s*(?:,|oder|und|or|and)\s+(?-i:([A-ZÄÖÜ][a-zäöüß]+))"
)


def names_someone(
    clause: str, person: re.Pattern[str], english: re.Pattern[str], generic: bool = False
) -> bool:
    for found in person.finditer(clause):
        if not (generic and _PRONOUN.fullmatch(found.group().strip())):
            return True
    # A first or last name from the maintained name lists, also one the short list lacks.
    if any(is_plain_name(word) for word in _WORD.findall(clause)):
        return True
    if any(all(map(is_listed_name, pair.groups())) for pair in _NAME_PAIR.finditer(clause)):
        return True
    if _named_in_a_slot(clause):
        return True
    # German capitalises every noun; English only names (and the first word), but a German
    # noun kept in an English sentence is no name ("will she cope with the Berufsschule?"),
    # nor is a product or a thing the clause says is used for something ("is Duolingo good
    # enough …", "Is Khan Academy good enough to brush up maths?").
    return bool(english.search(clause)) and any(
        not is_german_noun(found.group())
        and not is_capitalised_word(found.group())
        and not is_product(found.group())
        and not used_for_something(clause, found.start(), found.end())
        for found in _INNER_NAME.finditer(clause)
    )


def _named_in_a_slot(clause: str) -> bool:
    """A name where no noun can stand: a name that is also a word right after a verdict noun
    or with an age in brackets ("Einschätzung Kai", "Rose (16)"), any listed name after a
    title, in any case ("herr demir")."""
    cues = cue_patterns()
    for found in cues.name_slot.finditer(clause):
        if any(is_listed_name(name) for name in found.groups() if name):
            return True
    return any(is_name_after_title(m.group(1)) for m in cues.title_name.finditer(clause))


def sentences(text: str) -> list[str]:
    """The sentences of ``text``; a line break and an abbreviation's dot as in the cues."""
    return [match.group() for match in _SENTENCE.finditer(text)]


def _continues(clauses: list[str], index: int, cues: Cues) -> bool:
    """Whether clause ``index`` says of whom the judgement word of the clause before it is
    ("Wär's nicht besser, wenn Sophie erst jobbt, statt …?"): part of the question."""
    return bool(
        index
        and cues.complement.match(clauses[index])
        and cues.judgement.search(clauses[index - 1])
    )


def asks_to_judge(text: str, person: re.Pattern[str], about_someone: bool = False) -> bool:
    """Whether a clause of ``text`` names a person and a judgement word in a sentence that
    asks something and is no task. "Tim hat Potenzial im Handwerk, welche Betriebe …?" does
    not count: the question is another clause. A question with a strong judgement word also
    counts when the person was named before it ("… – ist das realistisch?")."""
    cues = cue_patterns()
    judgement, asking, task, english, weak, verb_first, complement, generic_people = cues[:8]
    verdict = cues[8]
    if judgement.search(text) is None and verdict.search(text) is None:
        return False  # most messages: no judgement word at all, no need to look for people
    # "Mein Klient (19, HSA) will Koch werden – ist das realistisch?"; ``about_someone``: the
    # notes before the request named someone, and the request is about them
    named_before = about_someone
    for sentence in sentences(text):
        clauses = _CLAUSE.findall(sentence)
        candidates: list[str] = []
        if task.search(sentence):
            pass
        elif asking.search(sentence):
            candidates = clauses  # a request word: the whole sentence is the request
        elif sentence.rstrip().endswith("?"):
            # a question: the clause that carries the mark, and clauses that start with a verb;
            # all of them when the last only points back ("…, reicht das für …?")
            points_back = cues.pointing_back.match(clauses[-1]) is not None
            # (and the first clause when it opens with a verb by its shape: "Belügt mich Herr
            # T., was seine Bewerbungen angeht?")
            candidates = [
                c
                for i, c in enumerate(clauses[:-1])
                if points_back
                or verb_first.match(c)
                or (i == 0 and _verb_shaped().match(c) is not None)
                or _continues(clauses, i, cues)
            ]
            candidates += clauses[-1:]
        # "einem Jugendlichen …, was er werden will": the pronoun names nobody in particular
        generic = generic_people.search(sentence) is not None

        def names(part: str, generic: bool = generic) -> bool:
            return names_someone(part, person, english, generic)

        if (
            verdict.search(sentence)
            and not task.search(sentence)
            and (about_someone or names(sentence))
        ):
            return True  # "Mehmet als Mechatroniker – gute Idee?"
        for clause in candidates:
            earlier = clauses[: clauses.index(clause)]
            found = judgement.search(clause)
            if found is None:
                # "Wer hat mehr Potenzial, Mia oder Lena?": the judgement before, the people
                # last; a weak word counts when the clause says of whom ("Chancen, dass Kevin …")
                before = next(filter(None, map(judgement.search, earlier)), None)
                strong = before is not None and not weak.match(before.group())
                about = before is not None and complement.match(clause) is not None
                if (strong or about) and names(clause):
                    return True
                continue
            if names(clause):
                return True
            context = named_before or any(names(c) for c in earlier)
            # (any strong word of the clause, not only its first: "eine Einschätzung zur
            # Ausbildungsreife" carries the strong word second)
            if context and any(not weak.match(f.group()) for f in judgement.finditer(clause)):
                return True
        named_before = named_before or names(sentence)
    return False
