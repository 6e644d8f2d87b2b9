"""Split a sentence that carries facts of two sections into its clauses.

Counsellors join a situation and a wish in one sentence ("Sie ist in der 10. Klasse und will
danach eine Ausbildung ..."), a fact and an agreed step ("Zeugnis ist okay, sie schickt es mir
bis Freitag"), or an interest and what is not wanted ("likes patients but not the night
shifts"). Filed whole, one half lands in the wrong section. A sentence is split only at a
coordinating point — "; ", a spaced dash, "aber"/"but", "und"/"and" or a comma before a subject
(a pronoun, or a noun followed by its verb: "…, Theorie macht ihm Angst") or a verb of a wish,
plan or task (split.yaml) — and only into parts of two words or more whose
cue words each name a section, and different ones. Every word stays, in order ("und", "aber"
open the second part); only punctuation at the cut may go. Never split inside brackets, after a
question mark (a question keeps its answer), between "weder" and "noch" (one negation) or
between figures ("9 - 12 Uhr").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skills.summary.cues import CueBook
from skills.summary.split import Vocabulary, tidy, vocabulary

_WORD = re.compile(r"\w+")
_MIN_WORDS = 2  # "Handwerk ja, aber nichts mit Höhe": two words make a clause of notes
_POINT = re.compile(
    r"(?P<semicolon>;\s+)|(?P<dash>\s+[-–—]\s+)"
    r"|(?P<gap>,?\s+)(?P<word>[^\W\d_]+)\.?(?=\s+(?P<next>[^\W\d_]+))"
)


_COMMA = re.compile(r",\s+")
_PHRASE_END = re.compile(r"[,;:()\[\].!?]")
_NOUN = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")  # "Theorie", "Reha-Antrag", "writing"


def _noun_subject(rest: str, words: Vocabulary) -> bool:
    """Whether ``rest`` opens with a noun (an article or possessive before it at most) and
    then its finite verb: "Bescheid steht noch aus", "die Theorie macht ihm Angst", "writing
    is hard". Conjunctions and question words open no main clause ("…, was ist …")."""
    tokens = _PHRASE_END.split(rest, maxsplit=1)[0].split()
    if tokens and tokens[0].lower() in words.clause_determiners:
        tokens = tokens[1:]
    if len(tokens) < 2 or not _NOUN.match(tokens[0]):
        return False
    noun, verb = tokens[0].lower(), tokens[1].lower()
    return noun not in words.clause_stops and verb in words.clause_noun_verbs


def _cuts(sentence: str) -> Iterator[tuple[int, int]]:
    """Candidate cuts: (where the left part ends, where the right part starts), in order."""
    words = vocabulary()
    cuts = set(_word_cuts(sentence, words))
    cuts.update(
        (comma.start(), comma.end())
        for comma in _COMMA.finditer(sentence)
        if _noun_subject(sentence[comma.end() :], words)
    )
    yield from sorted(cuts)


def _word_cuts(sentence: str, words: Vocabulary) -> Iterator[tuple[int, int]]:
    opens = words.clause_verbs | words.clause_subjects
    for match in _POINT.finditer(sentence):
        if match.group("semicolon") or match.group("dash"):
            yield match.start(), match.end()
            continue
        word, following = match.group("word").lower(), match.group("next").lower()
        joined = word in ("und", "and") and following in opens  # "und will …", "und sie …"
        after_comma = "," in match.group("gap") and word in opens  # "…, sie schickt es mir"
        if joined or after_comma or word in words.contrasts:  # "…, aber Mathe ist schwach"
            yield match.start(), match.start("word")


def _may_cut(sentence: str, end: int, start: int) -> bool:
    left, right = sentence[:end], sentence[start:]
    if "?" in left or left.count("(") != left.count(")"):
        return False  # a question keeps its answer; a bracket its content
    left_words = [w.lower() for w in _WORD.findall(left)]
    right_words = [w.lower() for w in _WORD.findall(right)]
    if len(left_words) < _MIN_WORDS or len(right_words) < _MIN_WORDS:
        return False
    if "weder" in left_words and "noch" in right_words:
        return False  # "weder Pflege – noch Reinigung": one negation over both
    return not (left.rstrip()[-1:].isdigit() and right.lstrip()[:1].isdigit())


def split_clauses(sentence: str, cues: CueBook) -> list[str]:
    """``sentence`` as its clauses when they belong to different sections, else whole. A
    part's section is what its own cue words name (a negation such as "aber nicht nachts"
    counts as one)."""
    for end, start in _cuts(sentence):
        if not _may_cut(sentence, end, start):
            continue
        left, right = tidy(sentence[:end]), sentence[start:].strip()
        first, second = cues.best(left), cues.best(right)
        if first is not None and second is not None and first is not second:
            return [*split_clauses(left, cues), *split_clauses(right, cues)]
    return [sentence]
