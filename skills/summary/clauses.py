"""Split a sentence that carries facts of two sections into its clauses.

Counsellors join a situation and a wish in one sentence ("Sie ist in der 10. Klasse und will
danach eine Ausbildung ..."), a fact and an agreed step ("Zeugnis ist okay, sie schickt es mir
bis Freitag"), or an interest and what is not wanted ("likes patients but not the night
shifts"). Filed whole, one half lands in the wrong section. A sentence is split only at a
coordinating point — "; ", a spaced dash, an arrow (not before an answer: "-> ja"),
"aber"/"but", "und"/"and", a comma before a subject (a pronoun, or a noun followed by its verb
or by "aber": "…, Theorie macht ihm Angst", "…, NC aber zu hoch"), before a lack ("…, ohne
Abschluss aber schwierig") or before a verb of a wish, plan or task (split.yaml), or, in notes
typed without commas, after a participle before a noun and its verb ("zusammen durchgesehen
foto fehlt noch") — and only into parts of two words or more whose cue words each name a
section, and different ones. Every word stays, in order ("und", "aber" open the second part);
only punctuation at the cut may go. Never split inside brackets, after a question mark (a
question keeps its answer), between "weder" and "noch" (one negation) or between figures
("9 - 12 Uhr").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skills.summary.cues import CueBook
from skills.summary.run_on import is_run_on, run_on_parts
from skills.summary.split import Vocabulary, starts_with_answer, tidy, vocabulary

_WORD = re.compile(r"\w+")
_MIN_WORDS = 2  # "Handwerk ja, aber nichts mit Höhe": two words make a clause of notes
_POINT = re.compile(
    r"(?P<semicolon>;\s+)|(?P<colon>(?<=[^\W\d_]{3}):\s+)|(?P<dash>\s+[-–—]\s+)|(?P<arrow>\s+(?:->|→|=>)\s+)"
    r"|(?P<gap>,?\s+)(?P<word>[^\W\d_]+)\.?(?=\s+(?P<next>[^\W\d_]+))"
)


_COMMA = re.compile(r",\s+")
# where a phrase ends; not at the dot of a short abbreviation ("2 Wo. Praktikum", "17 J.")
_PHRASE_END = re.compile(r"[,;:()\[\]!?]|(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})(?<!\b[^\W\d_]{3})\.")
_NOUN = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")  # "Theorie", "Reha-Antrag", "writing"
# "gemacht", "mitgepflegt", "ausgeholfen", "absolviert"
_PARTICIPLE = re.compile(r"^(?:[^\W\d_]*ge[^\W\d_]+(?:t|en)|[^\W\d_]+iert)$")
_APPOSITION_MAX = 3  # "…, gelernte Verkäuferin": a phrase of a few words after the last comma
_PERFECT_MIN = 3  # "hat … gemacht": the auxiliary, what was done, the participle
_STRONG = 1.5  # a clause needs a cue word at least this heavy
_GAP = re.compile(r"(?<=[^\W\d_])\s+(?=[^\W\d_])")
_LISTED_BRACKET = re.compile(r"\([^()]*,[^()]*\)\s+(?=[^\W\d_])")
_JOINED = re.compile(r"\s(?:und|and)\s+", re.IGNORECASE)


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
    # "…, Deutsch aber erst B1", "…, nc aber zu hoch": a noun put first against what went
    # before; "…, Kita eher nix", "…, Mathe eher schwach": a noun weighed by a degree word
    return noun not in words.clause_stops and (
        verb in words.clause_noun_verbs or verb in words.contrasts or verb in words.clause_degrees
    )


def _party(rest: str, words: Vocabulary) -> bool:
    """Whether ``rest`` opens with someone other than the client, verb or not: "…, Vater eher
    dagegen", "…, Mutter meint …", "…, Betrieb bietet EQ an": their view or part, not the
    client's."""
    tokens = [token.lower() for token in _WORD.findall(_PHRASE_END.split(rest, maxsplit=1)[0])]
    if tokens and tokens[0] in words.clause_determiners:
        tokens = tokens[1:]
    return len(tokens) >= _MIN_WORDS and tokens[0] in words.clause_parties


def _perfect(rest: str, words: Vocabulary) -> bool:
    """Whether ``rest`` is a clause in the perfect tense, its auxiliary first and a participle
    last: "hat seinen Vater 2 Jahre mitgepflegt", "hat im Blumenladen ausgeholfen" — but not
    an opinion of what went before ("hat ihr gefallen")."""
    tokens = [token.lower() for token in _WORD.findall(_PHRASE_END.split(rest, maxsplit=1)[0])]
    if len(tokens) < _PERFECT_MIN or tokens[0] not in words.clause_auxiliaries:
        return False
    return _PARTICIPLE.match(tokens[-1]) is not None and tokens[-1] not in words.clause_opinions


def _possession(rest: str, words: Vocabulary) -> bool:
    """Whether ``rest`` says what someone has: "hat 2 Kinder", "hat einen Führerschein" (a
    figure or an article after the verb; not "hat ihr gefallen")."""
    tokens = [token.lower() for token in _WORD.findall(_PHRASE_END.split(rest, maxsplit=1)[0])]
    if len(tokens) < _PERFECT_MIN - 1 or tokens[0] not in words.clause_possessions:
        return False
    return tokens[1].isdigit() or tokens[1] in words.clause_articles


def _apposition(rest: str, words: Vocabulary) -> bool:
    """Whether ``rest``, all that follows the sentence's last comma, is a short phrase added
    about the person: "…, gelernte Verkäuferin." (no conjunction or question word first, no
    subject or finite verb in it)."""
    if _PHRASE_END.search(rest.rstrip(" .!")):
        return False  # not the last comma, or a bracket or question follows
    tokens = [token.lower() for token in _WORD.findall(rest)]
    if not tokens or len(tokens) > _APPOSITION_MAX:
        return False
    opener = tokens[0]
    if opener in words.clause_stops or opener in words.contrasts | {"und", "and"}:
        return False
    # a clause of its own, not a phrase: "…, habe ich erklärt", "…, war super"
    verbs = words.clause_subjects | words.clause_noun_verbs | words.clause_verbs
    return not verbs.intersection(tokens)


def _cuts(sentence: str) -> Iterator[tuple[int, int, bool]]:
    """Candidate cuts: (where the left part ends, where the right part starts, whether both
    parts need a strong cue word), in order. A clause in the perfect tense, of what someone
    has, or a short phrase after the last comma is cut off only when both parts say enough on
    their own (see ``_weak``)."""
    words = vocabulary()
    cuts = {(end, start, False) for end, start in _word_cuts(sentence, words)}
    for comma in _COMMA.finditer(sentence):
        rest = sentence[comma.end() :]
        if _noun_subject(rest, words) or _party(rest, words):
            cuts.add((comma.start(), comma.end(), False))
        elif _perfect(rest, words) or _possession(rest, words) or _apposition(rest, words):
            cuts.add((comma.start(), comma.end(), True))
    # typed without commas: "mappe zusammen durchgesehen foto fehlt noch" (a participle ends the
    # first clause, a noun and its verb open the next)
    for gap in _GAP.finditer(sentence):
        before = sentence[: gap.start()].split()
        if (
            before
            and _PARTICIPLE.match(before[-1].lower())
            and _noun_subject(sentence[gap.end() :], words)
        ):
            cuts.add((gap.start(), gap.end(), False))
    # "Jonas (15, 9. Kl. Realschule) bastelt gern …": facts listed in a bracket after a name
    # are where things stand, the verb after them opens what the person does or wants
    for bracket in _LISTED_BRACKET.finditer(sentence):
        if sentence[bracket.end() :].split(maxsplit=1)[0].lower() in words.clause_verbs:
            cuts.add((bracket.end() - 1, bracket.end(), False))
    cuts.update(
        (joined.start(), joined.start() + 1, True)  # "und hat …": "und" opens the second part
        for joined in _JOINED.finditer(sentence)
        # "… und hat im Lager ausgeholfen", "… und hat keine Lust mehr auf Schule"
        if _perfect(rest := sentence[joined.end() :], words) or _possession(rest, words)
    )
    yield from sorted(cuts)


def _word_cuts(sentence: str, words: Vocabulary) -> Iterator[tuple[int, int]]:
    opens = words.clause_verbs | words.clause_subjects
    for match in _POINT.finditer(sentence):
        if match.group("semicolon") or match.group("dash"):
            yield match.start(), match.end()
            continue
        if match.group("colon"):
            # "Potenzialanalyse gemacht: stark im Handwerk": what was done, then what it
            # showed; not a label ("Nicht besprochen: Fahrtkosten", "Mutter fragt: …")
            done = sentence[: match.start()].split()
            negated = any(word.lower() in words.clause_lacks for word in done)
            if _PARTICIPLE.match(done[-1].lower()) and not negated:
                yield match.start(), match.end()
            continue
        if match.group("arrow"):
            # "Praktikumsplatz fehlt noch -> Kl. fragt …"; but "fragt, ob … -> ja" is answered
            if not starts_with_answer(sentence[match.end() :]):
                yield match.start(), match.end()
            continue
        word, following = match.group("word").lower(), match.group("next").lower()
        joined = word in ("und", "and") and following in opens  # "und will …", "und sie …"
        # "…, sie schickt es mir"; "…, ohne Führerschein aber schwierig": a lack after a comma
        after_comma = "," in match.group("gap") and (
            word in opens or word in words.clause_lacks or word in words.comma_contrasts
        )
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


def _weak(part: str, cues: CueBook) -> bool:
    """Whether the only cue words of ``part`` are weak ones ("hat", "Termin"): too little to
    give a clause a section of its own. A negated clause ("aber nicht nachts") has its
    section without cue words."""
    scores = cues.scores(part)
    return bool(scores) and max(scores.values()) < _STRONG


def split_clauses(sentence: str, cues: CueBook) -> list[str]:
    """``sentence`` as its clauses when they belong to different sections, else whole. A
    part's section is what its own cue words name (a negation such as "aber nicht nachts"
    counts as one). A dictated run without punctuation is first cut by its words alone."""
    if is_run_on(sentence):
        return [clause for part in run_on_parts(sentence, cues) for clause in _split(part, cues)]
    return _split(sentence, cues)


def _split(sentence: str, cues: CueBook) -> list[str]:
    for end, start, strict in _cuts(sentence):
        if not _may_cut(sentence, end, start):
            continue
        left, right = tidy(sentence[:end]), sentence[start:].strip()
        first, second = cues.best(left), cues.best(right)
        if first is None or second is None or first is second:
            continue
        if strict and (_weak(left, cues) or _weak(right, cues)):
            continue  # "und hat im Lager die Azubis eingearbeitet": only "hat" names a section
        return [*_split(left, cues), *_split(right, cues)]
    return [sentence]
