"""A lexicon of evaluative predicates about people for the frame reading of judgement requests
(``judgement_predicates.yaml``).

Each new batch of requests to judge a person brings words the readings do not know: "ist der
ein Blender?", "eine Fehlbesetzung an der Rezeption", "große Klappe und nix dahinter", "out of
his depth", "management material". Rather than add each phrasing to a reading, the lexicon
holds the open classes of such words - nouns for a kind of person, adjectives and idioms of
ability, character, reliability, motivation, prospects and fit, in German and English - and
:mod:`bot.policy.judgement_frame` counts them as evaluative words. They count only behind that
reading's gates: a specific person, an opinion or a confirmation asked of the assistant, no
task, not a place or a company, not people in general.

Spelling: an umlaut also matches as "ae" or the bare vowel and "ß" as "ss" ("blauaeugig");
single words take any ending; long ones are repaired when typed with a letter doubled,
single or dropped (:func:`bot.policy.judgement_role.with_repaired_words`). Colloquial
contractions of a verb with "es" ("schaffts", "packt's") are read as the verb and "es".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_predicates.yaml")
_SPELLINGS = {"ä": "(?:ä|ae?)", "ö": "(?:ö|oe?)", "ü": "(?:ü|ue?)", "ß": "(?:ß|ss)"}
_START = r"(?<![^\W\d_])"
# Before a noun as a predicate: an article, "kein", "so ein", "als" ("hältst du ihn für eine
# Niete", "als Azubi ein Totalausfall", "kein Einstein"), with one word between ("ne echte
# Niete", "a total write-off").
_ARTICLE = (
    r"\b(?:ein|eine|einen|einer|kein|keine|keinen|n|ne|so\s+ein\w*|als|a|an|such\s+a|the"
    r"|the\s+kind\s+of)"
    r"\s+(?:[^\W\d_]+\s+)?"
)
# Before an adjective as a predicate: a copula, a verb of opinion, a degree word.
_PREDICATE = (
    r"\b(?:ist|is|isser|sind|wäre|wär|wären|war|sei|sein|wirkt|wirken|scheint|bleibt|halte\w*|"
    r"hältst|hält|findest|finde|find|für|are|was|were|be|seems?|looks?|sounds?|too|so|"
    r"zu|total|völlig|ziemlich|echt|sehr|eher|einfach|really|totally|pretty|very|quite)"
    r"\s+(?:[^\W\d_]+\s+){0,4}?"
)


class Predicates(NamedTuple):
    evaluative: str  # a regular expression: any predicate of the lexicon in its place
    tags: str  # confirmation tags that ask the whole statement
    pronoun_noun: str  # "ist der ein Blender": a pronoun for a person before a noun
    contraction: re.Pattern[str]


def _spelled(text: str) -> str:
    """``text`` with each umlaut and "ß" open to its other spellings."""
    return "".join(_SPELLINGS.get(char, char) for char in text)


def _words(entries: list[str]) -> str:
    """Single words and multi-word entries as alternatives, longest first, any ending."""
    forms = sorted({str(entry).lower() for entry in entries}, key=len, reverse=True)
    escaped = (re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", "-?") for form in forms)
    return rf"{_START}(?:{'|'.join(_spelled(form) for form in escaped)})[^\W\d_]*"


@cache
def predicates() -> Predicates:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    nouns = _words([*data["nouns_de"], *data["nouns_en"]])
    adjectives = _words([*data["adjectives_de"], *data["adjectives_en"]])
    idioms = "|".join(
        f"(?:{_spelled(idiom)})" for idiom in [*data["idioms_de"], *data["idioms_en"]]
    )
    verbs = "|".join(_spelled(re.escape(str(verb))) for verb in data["contracted_verbs"])
    return Predicates(
        rf"{_ARTICLE}{nouns}|{_PREDICATE}{adjectives}|{_START}(?:{idioms})",
        _spelled(data["confirmation_tags"]),
        rf"{_spelled(data['pronoun_copula'])}{nouns}",
        re.compile(rf"\b({verbs})[’']?s\b", re.IGNORECASE),
    )


def repairable_words() -> list[str]:
    """The lexicon's single words of eight letters or more, for the repair of misspellings."""
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    entries = [
        *data["nouns_de"],
        *data["adjectives_de"],
        *data["nouns_en"],
        *data["adjectives_en"],
    ]
    return [str(word) for word in entries if str(word).isalpha() and len(str(word)) >= 8]


def with_contractions(text: str) -> str:
    """``text`` with a verb contracted with "es" written out ("schaffts der" → "schafft es
    der"); everything else unchanged."""
    return predicates().contraction.sub(lambda found: f"{found.group(1)} es", text)
