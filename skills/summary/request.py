"""A summary asked for in words with the notes in the same message.

Counsellors type the request and the notes together: "fass mal zusammen: TN war pünktlich, will
Ausbildung als Koch", "Kannst du das zusammenfassen? Klientin 17, …", or the notes first and
"… – bitte zusammenfassen" last. The request is a clause of its own, set off by a colon, a
question mark, a dash, a full stop, a comma or a line break, made only of the words of
``request.yaml``; the rest are the notes, whatever occupation or appointment they name. A
clause with any other word ("Zusammenfassung des Berufs Tischler", "schick Frau X die
Zusammenfassung") is not read as such a request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml
from skills.summary.split import split_sentences

_DATA = Path(__file__).with_name("request.yaml")
_WORD = re.compile(r"[^\W\d_]+")
# Where a request clause ends; a comma only when no object clause follows it ("Fass mir
# zusammen, was ein Koch macht" asks about the occupation); not the dot of an initial
# ("zusammenfassen Hr. M. rief an": the notes open with the name).
_SEPARATOR = re.compile(
    r"\s*(?:[:?!\n–—]+|(?<!\b(?-i:[A-ZÄÖÜ]))\.(?!\w)|\s-+\s"
    r"|,(?!\s*(?:was|wie|welche\w*|wo\w*|wann|warum|ob|wer|what|how|which|whether|who)\b))\s*",
    re.IGNORECASE,
)
# Every request clause holds one of these stems (the asking words, "fass", a notes word): a
# message without any is no request, and its separators need not be read (most lookups).
_STEMS = ("fas", "faß", "summ", "resüm", "resum", "notiz", "stichpunkt", "note", "protokoll",
          "mitschrift", "vermerk")  # fmt: skip
_MIN_NOTE_WORDS = 3
_MAX_REQUEST_CHARS = 160


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    asks: re.Pattern[str]
    verb: re.Pattern[str]
    particle: re.Pattern[str]
    arrange: re.Pattern[str]
    notes: frozenset[str]
    words: frozenset[str]
    persons: frozenset[str]
    titles: frozenset[str]
    clause_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class AskedSummary:
    """The notes of a message that asks for their summary, and the request's words."""

    request: str
    notes: str


def _whole(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def _vocabulary() -> _Vocabulary:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Vocabulary(
        asks=_whole(raw["asks"]),
        verb=_whole([raw["separable"]["verb"]]),
        particle=_whole([raw["separable"]["particle"]]),
        arrange=_whole(raw["arrange"]),
        notes=frozenset(str(raw["notes"]).split()),
        words=frozenset(str(raw["words"]).split()),
        persons=frozenset(str(raw["persons"]).split()),
        titles=frozenset(str(raw["titles"]).split()),
        clause_words=frozenset(str(raw["clause_words"]).split()),
    )


def _is_name(words: list[str], index: int, vocabulary: _Vocabulary) -> bool:
    """Whether ``words[index]`` names the person a request is about ("für Frau Kaya",
    "von Kl. Jonas"): the word after a person word."""
    return index > 0 and words[index - 1] in vocabulary.persons


def _is_known(words: list[str], index: int, vocabulary: _Vocabulary) -> bool:
    """A request word besides the asking ones, a person word or a name."""
    word = words[index]
    return (
        word in vocabulary.words
        or word in vocabulary.persons
        or _is_name(words, index, vocabulary)
    )


def is_request_clause(clause: str) -> bool:
    """Whether ``clause`` only asks for a summary: an asking word, and nothing but request
    words (and the name of whom the notes are about) besides."""
    words = [word.casefold() for word in _WORD.findall(clause)]
    if not words or len(clause) > _MAX_REQUEST_CHARS:
        return False
    if any(character.isdigit() for character in clause):
        return False  # "zusammenfassen Gespräch 04.12.": a date is a fact of the notes
    vocabulary = _vocabulary()
    if words[-1] in vocabulary.titles:
        return False  # a title's name follows it: "zusammenfassen Kl. (17) möchte …"
    asked = has_verb = has_particle = has_arrange = has_notes = False
    for index, word in enumerate(words):
        if vocabulary.asks.fullmatch(word):
            asked = True
        elif vocabulary.verb.fullmatch(word):
            has_verb = True
        elif vocabulary.particle.fullmatch(word):
            has_particle = True
        elif vocabulary.arrange.fullmatch(word):
            has_arrange = True
        elif word in vocabulary.notes:
            has_notes = True
        elif not _is_known(words, index, vocabulary):
            return False
    return asked or (has_verb and has_particle) or (has_arrange and has_notes)


def _name_begins_notes(head: str, separator: str) -> bool:
    """Whether a comma after a name begins the notes with that name: "zusammenfassen" typed
    above "Fr. Hoffmann, 29, alleinerziehend" reaches the skill as one line, and "Fr.
    Hoffmann" is the notes' first phrase, not whom the request is for (that is said before a
    colon: "Zusammenfassung für Frau Kaya: …")."""
    words = [word.casefold() for word in _WORD.findall(head)]
    return "," in separator and len(words) > 1 and _is_name(words, len(words) - 1, _vocabulary())


def _enough_notes(text: str) -> bool:
    return len(_WORD.findall(text)) >= _MIN_NOTE_WORDS


def _request_span(text: str, words: list[re.Match[str]]) -> tuple[int, int]:
    """How far request words reach from the start and back from the end of ``text``: a
    request clause can only lie within them."""
    vocabulary = _vocabulary()
    patterns = (vocabulary.asks, vocabulary.verb, vocabulary.particle, vocabulary.arrange)
    folded = [word.group().casefold() for word in words]

    def known(index: int) -> bool:
        word = folded[index]
        return (
            _is_known(folded, index, vocabulary)
            or word in vocabulary.notes
            or any(pattern.fullmatch(word) for pattern in patterns)
        )

    indices = range(len(words))
    head = next((words[i].start() for i in indices if not known(i)), len(text))
    tail = next((words[i].end() for i in reversed(indices) if not known(i)), 0)
    return head, tail


def read_request(text: str) -> AskedSummary | None:
    """The notes of ``text`` when a clause of its own at its start or its end asks for their
    summary; None otherwise (no such clause, or too little besides it)."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return None
    stripped = text.strip()
    words = list(_WORD.finditer(stripped))
    if len(words) < _MIN_NOTE_WORDS:
        return None
    head_end, tail_start = _request_span(stripped, words)
    separators = list(_SEPARATOR.finditer(stripped))
    for separator in separators:
        if separator.start() > min(head_end, _MAX_REQUEST_CHARS):
            break
        head = stripped[: separator.start()]
        notes = stripped[separator.end() :]
        if _name_begins_notes(head, separator.group()):
            continue
        if is_request_clause(head) and _enough_notes(notes):
            return AskedSummary(head, notes)
    for separator in reversed(separators):
        if separator.end() < tail_start:
            break
        tail = stripped[separator.end() :]
        notes = stripped[: separator.start()]
        if is_request_clause(tail) and _enough_notes(notes):
            return AskedSummary(tail, notes)
    return _bracketed(stripped, words)


# The word that closes a German request clause: the particle of "fass … zusammen", or the
# infinitive after a modal ("kannst du das bitte zusammenfassen").
_CLOSING_VERB = re.compile(r"\w*fass?en|summari[sz]e", re.IGNORECASE)
_ASKED_ABOUT = re.compile(
    r"(?:was|wie|welche\w*|wo\w*|wann|warum|ob|wer|what|how|which|whether|who)\b", re.IGNORECASE
)


def _bracketed(text: str, words: list[re.Match[str]]) -> AskedSummary | None:
    """A request dictated without any separator: "fass das bitte zusammen gespräch mit emre
    …". The clause closes with its particle or infinitive, so the notes begin after it."""
    vocabulary = _vocabulary()
    opened = bool(words) and vocabulary.verb.fullmatch(words[0].group().casefold()) is not None
    for word in words[1:]:
        if word.end() > _MAX_REQUEST_CHARS:
            return None
        folded = word.group().casefold()
        closes = (opened and vocabulary.particle.fullmatch(folded)) or (
            vocabulary.asks.fullmatch(folded) and _CLOSING_VERB.fullmatch(folded)
        )
        if closes:
            head, notes = text[: word.end()], text[word.end() :].strip()
            if not notes[:1].isalnum():
                return None  # a separator follows: the clauses were read above
            if _ASKED_ABOUT.match(notes):
                return None  # "fass zusammen was ein Koch macht" asks about the occupation
            if is_request_clause(head) and _enough_notes(notes):
                return AskedSummary(head, notes)
            return None
    return None


_COMMA = re.compile(r",\s+")
_TOKEN = re.compile(r"\w+")  # numbers count as words here: "Kl. 9" is a phrase
_MIN_CHUNKS = 3


def _is_prose(line: str) -> bool:
    """Whether a line is a paragraph of sentences none of which is a list of phrases: then
    its commas stand inside sentences ("He has a forklift licence and works …, contract ends
    in March. His German is at A2, he goes to an evening course."). A comma before a clause
    word separates no phrases ("Sie möchte wieder einsteigen, aber nicht mehr in die Praxis,
    lieber etwas im Büro." holds two)."""
    sentences = split_sentences(line)
    return len(sentences) > 1 and all(len(_phrases(s)) < _MIN_CHUNKS for s in sentences)


def telegraphic_lines(notes: str) -> str:
    """Notes typed on one line, one phrase a line: "TN war pünktlich, will Ausbildung als Koch,
    Bewerbung fehlt noch" holds three notes, not one sentence. Only a single line of three
    comma-separated phrases or more is split (pasted notes keep their lines); a comma before a
    clause word ("…, weil …") and a phrase of one word ("Kl. 18, FOR, …") keep theirs."""
    line = notes.strip()
    if "\n" in line or len(_COMMA.split(line)) < _MIN_CHUNKS or _is_prose(line):
        return notes
    return "\n".join(_phrases(line))


def _phrases(text: str) -> list[str]:
    """``text`` cut at its commas into phrases; a comma before a clause word ("…, weil …"),
    inside brackets or before a phrase of one word ("Kl. 18, FOR, …") keeps its phrase."""
    chunks = _COMMA.split(text)
    clause_words = _vocabulary().clause_words
    phrases = [chunks[0]]
    for chunk in chunks[1:]:
        words = _TOKEN.findall(chunk)
        open_bracket = phrases[-1].count("(") > phrases[-1].count(")")
        # "(rücken kaputt, arzt sagt kein bau mehr)": a comma inside brackets keeps its phrase
        if open_bracket or len(words) <= 1 or words[0].casefold() in clause_words:
            phrases[-1] = f"{phrases[-1]}, {chunk}"
        else:
            phrases.append(chunk)
    return phrases
