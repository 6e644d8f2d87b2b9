"""Split raw session notes into lines and sentences, robust to German note-taking habits.

Counsellors write telegraphically: bullets, abbreviations ("Kl.", "ggf.", "z.B."), dates
("12.03.") and ordinals ("10. Klasse"). A full stop after any of these does not end a sentence.
The result keeps the counsellor's wording; only bullet markers and stray whitespace go.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml
from skills.summary.marks import Check, arrows_are_bullets, read_check
from skills.summary.tables import Row, flatten_tables


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word lists of ``split.yaml``, lower case and without dots."""

    abbreviations: frozenset[str]
    list_ends: frozenset[str]
    ordinal_nouns: frozenset[str]
    sentence_openers: frozenset[str]
    ordinal_leads: frozenset[str]
    answers: frozenset[str]
    question_words: frozenset[str]
    subjects: frozenset[str]
    wrap_words: frozenset[str]
    wrap_prepositions: frozenset[str]
    nominative_pronouns: frozenset[str]
    clause_verbs: frozenset[str]
    clause_auxiliaries: frozenset[str]
    clause_opinions: frozenset[str]
    clause_possessions: frozenset[str]
    clause_articles: frozenset[str]
    clause_subjects: frozenset[str]
    clause_noun_verbs: frozenset[str]
    clause_determiners: frozenset[str]
    clause_stops: frozenset[str]
    contrasts: frozenset[str]
    clause_lacks: frozenset[str]
    comma_contrasts: frozenset[str]
    clause_degrees: frozenset[str]
    clause_parties: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    with _DATA.open(encoding="utf-8") as handle:
        raw = load_yaml(handle)
    return Vocabulary(**{name: frozenset(str(raw[name]).lower().split()) for name in FIELDS})


_DATA = Path(__file__).with_name("split.yaml")
FIELDS = tuple(Vocabulary.__dataclass_fields__)

_BULLET = re.compile(r"^\s*(?:=>|[-–—*•·▪►→>+]+|\(?\d{1,2}[.)]|[a-zA-Z]\))\s+")
# "-> AG-Besuch Do. 9h", "→ Bewerbung schreiben": an arrow marks what follows from the talk.
_ARROW = re.compile(r"^\s*(?:-+>|=>|→|⇒)")
# "+ sicherer Job" / "– Schichtdienst": a pro, and a con right after one, weighed in the talk.
_PRO = re.compile(r"^\s*\+\s")
_CON = re.compile(r"^\s*[-–—]\s")
# Only "3." can be an ordinal ("3. Kl."); "3)" and "(3)" always mark an item ("3) Kl. stark …").
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}\.\s+(\w+)")
_BOUNDARY = re.compile(r"([.!?…]+)([\"'»«“”)\]]*)\s+")
_DATE = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?$")
# "berufl.", "zuverl.", "kaufm.", "Fähigk.", "Möglichk.": a word ending in a cluster no German
# word ends in is cut short (lower case for "-l"/"-m"/"-n": a name such as "Seidl" is whole).
_CLIPPED = re.compile(
    r"^(?:[a-zäöüß]+[bcdfgjkmnpqrstvwxzß]l|[a-zäöüß]+[bdfgkpstzß][mn]|[^\W\d_]+(?:g|ch)k)$"
)
_LETTER_DOTS = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")  # z.B, u.a, m.E, i.d.R
_SPACES = re.compile(r"\s+")
_ONE_WORD_ANSWER = re.compile(r"\?[\s\-–—>→=:]*(\w+)$")
_ANSWER_LEAD = re.compile(r"^[\s\-–—>→=:]*")  # "? -> ja", "? – nein"
_STRIP_TAIL = " \t,;"
# a colon that opens a whole sentence: a subject pronoun, capitalised as after a full stop
_INTRO_COLON = re.compile(r":\s+(?=(?:Sie|Er|Es|Wir|Ich|Du|Ihr)\s)")
_INTRO_WORDS = 4  # fewer words before the colon are a label
_WRAP_MIN = 50  # only lines at least this long are taken as hard-wrapped
_WRAP_SLACK = 12  # how much shorter than the longest a line wrapped at the same width may be
# "Bewerbungen bisher? 3 Stück", "Schulabschluss? Realschule": a question of a few words that
# asks nothing with a question word is a field of the notes, and what follows is its answer.
_FIELD_QUESTION_WORDS = 3
_CLAUSE_END = re.compile(r"[.!?:;]\s")
# "Anliegen: ...", "hobbys: ...": a line opening with a label is an item of its own.
_LABELLED = re.compile(r"^[^\s:]{2,30}(?:\s[^\s:]{1,30})?\s*:(?!\d)")
# "Liebe Frau Demir," / "Hi Laura,": a letter's greeting is a line of its own, even when the
# letter goes on in lower case below it.
_GREETING = re.compile(
    r"^(?:hallo|hi|hey|moin|servus|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|dear)"
    r"\b[^,]{0,50},$",
    re.IGNORECASE,
)


def _strip_bullet(line: str) -> tuple[str, bool]:
    """Remove a list marker; a number is a marker only when it is not an ordinal."""
    numbered = _NUMBERED.match(line)
    if numbered and numbered.group(1).lower() in vocabulary().ordinal_nouns:
        return line.strip(), False
    stripped = _BULLET.sub("", line, count=1)
    return stripped.strip(), stripped != line


def is_arrow(line: str) -> bool:
    """Whether a raw line opens with an arrow ("-> Praktikum anfragen")."""
    return _ARROW.match(line) is not None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the notes; ``text`` is "" for a blank line."""

    text: str
    bullet: bool = False
    arrow: bool = False  # led by an arrow: a step that follows from the talk
    weighed: bool = False  # a pro ("+ …") or a con after one ("– …"): weighed in the talk
    plus: bool = False  # of the weighed lines, a "+" one
    check: Check | None = None  # "✓ Lebenslauf fertig", "✗ Foto fehlt"
    row: Row | None = None  # a pasted table's header or record


def split_lines(notes: str) -> list[Line]:
    """Notes as tidy lines without list markers; blank lines stay (they end a heading's scope).

    A long line without closing punctuation followed by a line starting in lower case is a
    hard-wrapped sentence (pasted from an e-mail) and is joined back together, but only where
    a wrap could have broken it: the next line's first word would not have fitted on it
    within the longest line of the notes. Lengths are those of the typed lines, not of what was
    joined already: one long line does not pull in every short line after it.
    """
    lines: list[Line] = []
    previous_open = False
    typed = ""  # the line before as typed (without its list marker)
    rows = flatten_tables(notes.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    raws = [raw for raw, _ in rows]
    lower_case_typist = _types_in_lower_case(raws)
    width = _wrap_width(raws)
    arrows = not arrows_are_bullets(raws)
    for raw, row in rows:
        text, bullet = _strip_bullet(raw)
        text, check = read_check(text)
        bullet = bullet or check is not None
        if not text.strip(" -–—*_=#"):
            lines.append(Line(""))
            previous_open = False
            continue
        if (
            lines
            and row is None
            and (
                (
                    previous_open
                    and not bullet
                    and text[0].islower()
                    and _wrapped(typed, text, width)
                )
                or (lines[-1].text.endswith("?") and starts_with_answer(text))
            )
            and not _LABELLED.match(text)
        ):
            before = lines[-1]
            lines[-1] = Line(
                f"{before.text} {text}",
                before.bullet,
                before.arrow,
                before.weighed,
                before.plus,
                before.check,
            )
        else:
            after_pro = bool(lines) and lines[-1].weighed
            plus = _PRO.match(raw) is not None
            weighed = plus or (after_pro and _CON.match(raw) is not None)
            arrow = arrows and bullet and is_arrow(raw)
            lines.append(Line(text, bullet, arrow, weighed, plus, check, row))
        last, typed = lines[-1].text, text
        previous_open = (
            last[-1] not in ".!?:;"
            and not _GREETING.match(last)
            and not _LABELLED.match(last)
            and (_ends_mid_clause(last) or (len(typed) >= _WRAP_MIN and not lower_case_typist))
        )
    return lines


def _wrap_width(raws: list[str]) -> int:
    """The width the notes were wrapped at: their longest line, but only when another line
    comes close to it. A wrap leaves several lines of about its width; a single long line
    among short ones is a long note, and a short line after it is a note of its own ("Ziel
    wäre eine Umschulung …, Start frühestens Herbst 2027" / "war 8 J. Verkäuferin …")."""
    lengths = sorted((len(raw.strip()) for raw in raws), reverse=True)
    if len(lengths) > 1 and lengths[1] >= lengths[0] - _WRAP_SLACK:
        return lengths[0]
    return sys.maxsize  # no width attested: only a line ending mid-clause is a wrap


def opens_with_label(text: str) -> bool:
    """Whether ``text`` opens with a label and a colon ("Idee: …", "Anliegen: …")."""
    return _LABELLED.match(text) is not None


def _wrapped(last: str, text: str, width: int) -> bool:
    """Whether the typed line ``last`` could have been broken before ``text`` by a wrap: it
    ends mid-clause, or ``text``'s first word would not have fitted on it within ``width``."""
    first = text.split()[0]
    if _ends_mid_clause(last):
        lexicon = vocabulary()
        ends_in_preposition = last.split()[-1].lower() in lexicon.wrap_prepositions
        return not (ends_in_preposition and first.lower() in lexicon.nominative_pronouns)
    return len(last) + 1 + len(first) > width


def _types_in_lower_case(raws: list[str]) -> bool:
    """Whether most lines start in lower case: then a lower-case line is no sign of a wrap
    ("wants help w/ his CV" / "not into office jobs" are two notes, not one sentence)."""
    starts = [text[0] for text in (_strip_bullet(raw)[0] for raw in raws) if text[:1].isalpha()]
    return 2 * sum(c.islower() for c in starts) >= len(starts) > 0


def _ends_mid_clause(line: str) -> bool:
    """A line ending in a comma or a word that cannot end a clause ("und", "zum", "the")."""
    words = line.split()
    return line.endswith(",") or (bool(words) and words[-1].lower() in vocabulary().wrap_words)


def starts_with_answer(text: str) -> bool:
    """True when ``text`` opens with an answer ("ja, im Sommer", "-> nein", "noch nicht", a
    number: "3 Stück, alle Absagen")."""
    words = _ANSWER_LEAD.sub("", text).split(maxsplit=1)
    if not words:
        return False
    return words[0][0].isdigit() or words[0].lower().strip(".,;:!") in vocabulary().answers


def _field_answer(head: str, following: str) -> bool:
    """Whether the question ending ``head`` is a note's field ("Führerschein?", "Eltern
    einverstanden?"), not one asked in words ("Wie geht es weiter?"), and ``following`` its
    answer, not a sentence with a subject of its own ("Kl. weiß es nicht.")."""
    words = _CLAUSE_END.split(head)[-1].split()
    if not words or len(words) > _FIELD_QUESTION_WORDS:
        return False
    lexicon = vocabulary()
    if words[0].lower().strip("([{\"'»«„“") in lexicon.question_words:
        return False
    next_word = following.split(maxsplit=1)[0].lower().strip(".,;:!")
    return next_word not in lexicon.subjects


def _token_before(text: str, end: int) -> tuple[str, str]:
    """The word ending at ``end`` (internal dots kept) and the word before it."""
    head = text[:end].rstrip()
    words = head.split()
    token = words[-1].lstrip("([{\"'»«„“") if words else ""
    previous = words[-2].lower().strip("([{\"'»«„“,") if len(words) > 1 else ""
    return token, previous


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    punct = match.group(1)
    following = text[match.end() :]
    if "?" in punct and "!" not in punct and following:
        # A question with its answer on the same line is one fact, not an open question.
        return not (
            following[0].islower()
            or starts_with_answer(following)
            or _field_answer(text[: match.start()], following)
        )
    head = text[: match.start()]
    if head.count("(") > head.count(")") and ")" in following:
        return False  # "(gesetzl. Betreuung)", "(Stand 3.4. Mo)": inside brackets, no end
    if any(mark in punct for mark in "!?…") or len(punct) > 1:
        return True
    if not following:
        return False
    words = vocabulary()
    token, previous = _token_before(text, match.start())
    lowered = token.lower()
    # "gewerbl.-techn.": the last part of a hyphenated run of abbreviations
    last = token.rsplit("-", 1)[-1] if token.count(".") else token
    abbreviated = (
        lowered in words.abbreviations
        or last.lower() in words.abbreviations
        or _CLIPPED.match(last) is not None
        or _LETTER_DOTS.match(token) is not None
        or _CLIPPED.match(token) is not None
    )
    if following[0].islower():
        # "wartet auf bescheid. todo: ich kläre …": typed in lower case, a label still opens
        # an item of its own; so does any word when the line itself opens in lower case
        # ("zockt viel. schule läuft mies"). Otherwise a lower-case word continues the
        # sentence ("Kl. ca. 3 Wochen").
        if abbreviated:
            return False
        if _LABELLED.match(following) is not None:
            return True
        # a unit after a figure ("seit 1 J. im Lager"), a short token, a number: no end
        unit = previous[:1].isdigit() or len(token) <= 2
        if unit or token.isdigit() or _DATE.match(token):
            return False
        return text.lstrip()[:1].islower()
    answer = _ONE_WORD_ANSWER.search(text[: match.start()])
    if answer and answer.group(1).lower() in words.answers:  # "beworben? Ja. Bei zwei ..."
        return False
    next_word = following.split(maxsplit=1)[0].lower().strip(".,;:")
    if lowered in words.list_ends:
        return next_word in words.sentence_openers
    if abbreviated:
        return False
    if lowered.endswith("str") and len(lowered) > 4:  # "Hauptstr. 5"
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "A. Muster"
        return False
    if _DATE.match(token):
        return next_word in words.sentence_openers
    if token.isdigit():
        # "die 10. Kl. der Gesamtschule", "Ausgangslage - 9. Kl.": an ordinal, not an end.
        if previous in words.ordinal_leads or not any(c.isalnum() for c in previous):
            return False
        if next_word in words.ordinal_nouns:
            return False
        return next_word in words.sentence_openers or next_word not in words.ordinal_nouns
    return True


def tidy(text: str) -> str:
    """Collapse whitespace and drop trailing separators, keeping the wording."""
    return _SPACES.sub(" ", text).strip().rstrip(_STRIP_TAIL).strip()


def split_sentences(line: str) -> list[str]:
    """Split one line into sentences (semicolons do not split: "ToDo: A; B" stays one)."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if _ends_sentence(line, match):
            sentences += _after_intro(line[start : match.end()])
            start = match.end()
    sentences += _after_intro(line[start:])
    # Separators ("---") go; a lone "?" is the counsellor's question and stays.
    return [
        s for s in (tidy(part) for part in sentences) if any(c.isalnum() or c in "?!" for c in s)
    ]


def _after_intro(sentence: str) -> list[str]:
    """An introducing clause and the sentence its colon opens: "wie besprochen fasse ich
    unser Gespräch zusammen: Sie möchten …". A label ("Vater: Er findet …") stays whole."""
    found = _INTRO_COLON.search(sentence)
    if found is None or len(sentence[: found.start()].split()) < _INTRO_WORDS:
        return [sentence]
    return [sentence[: found.start() + 1], sentence[found.end() :]]


@dataclass(frozen=True, slots=True)
class NoteLine:
    """The sentences of one line; none for a blank line."""

    sentences: tuple[str, ...]
    bullet: bool = False
    arrow: bool = False
    weighed: bool = False
    plus: bool = False
    check: Check | None = None
    row: Row | None = None


def split_notes(notes: str) -> list[NoteLine]:
    """Every line of the notes split into sentences."""
    return [
        NoteLine(
            tuple(split_sentences(line.text)) if line.text else (),
            line.bullet,
            line.arrow,
            line.weighed,
            line.plus,
            line.check,
            line.row,
        )
        for line in split_lines(notes)
    ]
