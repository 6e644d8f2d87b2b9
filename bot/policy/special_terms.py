"""Special-category words that name no one's data: a term being discussed, a condition of a job
asked about, and a condition or an indirect question about an indefinite person.

- a term: right after a word for a term ("den Begriff Nachteilsausgleich", "the term
  disability"), or in quotation marks in a sentence about wording ("Wie formuliere ich
  „psychisch krank“ neutral?");
- a condition of a job asked about ("muss er katholisch sein?");
- an indefinite person in a condition or an indirect question ("Was tun, wenn ein Teilnehmer
  krank ist?", "Darf ich eine Bewerberin fragen, ob sie schwanger ist?", "if a client is
  pregnant"), when the message names nobody definite (a name, "die Klientin", "Herr K."):
  such a person is anyone's case, not a client's data. A statement is not read so ("Eine
  Klientin hat mir erzählt, dass sie schwanger ist" is hers), nor one's case introduced ("Ich
  habe einen Klienten mit Diabetes, welche …?").
"""

from __future__ import annotations

import re
from functools import cache

from bot.policy.judgement import person_pattern
from bot.policy.judgement_parts import EN_PEOPLE, PERSON_NOUN
from bot.policy.special_patterns import context_patterns

_LETTER = r"[^\W\d_]"
_QUOTES = "„“”\"'‚‘’»«"
_TERM_BEFORE = re.compile(
    rf"(?<!{_LETTER})(?:begriffs?|worte?|ausdrucks?|bezeichnung|term|word|expression)"
    rf"\s*[:{_QUOTES}]?\s*$",
    re.IGNORECASE,
)
_QUOTE_BEFORE = re.compile(rf"[{_QUOTES}]\s*$")
_WORDING = re.compile(
    rf"(?<!{_LETTER})(?:formulier|bezeichn|umschreib|übersetz|word|phrase|translat){_LETTER}*",
    re.IGNORECASE,
)
# (a question alone is not enough: "Darf man einen Klienten mit Epilepsie als Fahrer
# vermitteln?" is read as a case at hand)
_CONDITION = re.compile(r"\b(?:wenn|falls|sobald|ob|if|when|whenever|whether)\b", re.IGNORECASE)
# (counsellors' shorthand too: "wenn ein TN …", "falls eine Kl. …")
_INDEFINITE = re.compile(
    rf"\b(?:ein|eine|einen|einem|einer|a|an|any)\s+(?:{_LETTER}+\s+)?"
    rf"(?:{PERSON_NOUN}|{EN_PEOPLE}s?\b|(?-i:TN)\b|(?-i:Kl)\.)",
    re.IGNORECASE,
)
# someone introduced as one's case is a definite person ("Ich habe einen Klienten mit …",
# "hab eine TN, die …", "I have a client who …")
_INTRODUCED = re.compile(
    r"\b(?:habe|hab|hätte|have|'ve|got|betreue|begleite|berate)\s+(?:hier\s+|gerade\s+)?"
    r"(?:ein|eine|einen|a|an)\b",
    re.IGNORECASE,
)
# words for a person that only refer back: an indefinite person's too
_PRONOUN = re.compile(
    r"er|ihm|ihn|ihr(?:e|en|em|er|es)?|sein(?:e|en|em|er|es)?|sie|he|she|him|his|her|they|them"
    r"|their",
    re.IGNORECASE,
)


_MODAL = re.compile(
    r"\b(?:muss|müssen|musst|must|has\s+to|have\s+to|needs?\s+to)\b", re.IGNORECASE
)
_MUST_BE = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:an?\s+)?$", re.IGNORECASE
)
# "… sein?", "… sein, um dort zu arbeiten?", "… be to work there?"
_TO_BE = re.compile(r"\s+(?:sein|werden|be)(?:\s*\?|\s*,?\s+(?:um|damit|wenn|falls|to|if)\b)")


def is_a_requirement(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is asked about as a condition of a job, not said
    of someone ("Herr Ali will bei der Caritas arbeiten, muss er katholisch sein?")."""
    if _MUST_BE.search(text, max(0, start - 30), start):
        return True  # "does she have to be Christian"
    return _TO_BE.match(text, end) is not None and bool(
        _MODAL.search(text, max(0, start - 30), start)
    )


def is_a_term(text: str, start: int, end: int, sentence: str) -> bool:
    """Whether the cue at ``text[start:end]`` is a term being discussed; ``sentence`` is the
    sentence it stands in."""
    if _TERM_BEFORE.search(text, max(0, start - 30), start):
        return True
    quoted = _QUOTE_BEFORE.search(text, max(0, start - 3), start) is not None
    closed = any(mark in text[end : end + 30] for mark in _QUOTES)
    return quoted and closed and _WORDING.search(sentence) is not None


@cache
def _definite() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return context_patterns()[2], person_pattern()


def indefinite_person_only(sentence: str, text: str) -> bool:
    """Whether ``sentence`` is a condition or an indirect question about an indefinite person
    and the message ``text`` names nobody definite (see the module docstring)."""
    if not _CONDITION.search(sentence):
        return False
    if not _INDEFINITE.search(sentence) or _INTRODUCED.search(sentence):
        return False
    rest = _INDEFINITE.sub(" ", text)
    others, person = _definite()
    for pattern in (others, person):
        for found in pattern.finditer(rest):
            if not _PRONOUN.fullmatch(found.group().strip()):
                return False
    return True
