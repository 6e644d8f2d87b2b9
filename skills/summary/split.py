"""Split raw session notes into lines and sentences, robust to German note-taking habits.

Counsellors write telegraphically: bullets, abbreviations ("Kl.", "ggf.", "z.B."), dates
("12.03.") and ordinals ("10. Klasse"). A full stop after any of these does not end a sentence.
The result keeps the counsellor's wording; only bullet markers and stray whitespace go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case abbreviations (without the final dot) common in German counselling notes.
ABBREVIATIONS = _words(
    """
    kl tn tln bew ggf ggfs bzw usw etc ca evtl inkl max min mind nr tel vgl sog bzgl bspw ggü
    gem lt zzgl abt allg anm ausb bes betr dgl dt eigtl einschl entspr insb insbes mtl
    hr hrn fr frl dr prof std tsd mio mrd vs zt zzt abschl beh abs art anl erg ehem vorauss jew
    hauptsächl
    jan feb mär apr jun jul aug sep sept okt nov dez
    """
)
# A number followed by one of these nouns is an ordinal ("10. Klasse"), not a sentence end.
ORDINAL_NOUNS = _words(
    """
    klasse klassen jahrgang jahrgangsstufe stufe lehrjahr ausbildungsjahr schuljahr semester
    halbjahr quartal woche monat tag termin gespräch beratungsgespräch versuch mal platz
    praktikum bewerbung runde stunde etage stock
    januar februar märz april mai juni juli august september oktober november dezember
    """
)
# A capitalised function word after a date or number does start a sentence: in German these
# words are capitalised only there ("Termin am 20.05. Danach ...", "bis 12.03. Sie ...").
SENTENCE_OPENERS = _words(
    """
    der die das den dem des ein eine einen er sie es wir ich man dann danach anschließend
    außerdem zudem weiterhin auch offen ob wenn da dabei hier dort zum zur im am in mit bei
    für bis vereinbart nächster nächste als kl tn
    """
)
# ... and so is a number after one of these words ("am 3. Mai", "in der 9. Kl.").
ORDINAL_LEADS = _words(
    "der die das dem den des im am zum zur ab bis vom seit ins je pro jede jeden jeder"
)

_BULLET = re.compile(r"^\s*(?:[-–—*•·▪►→>+]+|\(?\d{1,2}[.)]|[a-zA-Z]\))\s+")
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(\w+)")
_BOUNDARY = re.compile(r"([.!?…]+)([\"'»«“”)\]]*)\s+")
_DATE = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?$")
# "berufl.", "voraussichtl.": a lower-case word ending in consonant + "l" is cut short.
_CLIPPED = re.compile(r"^[a-zäöüß]+[bcdfgjkmnpqstvwxzß]l$")
_LETTER_DOTS = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")  # z.B, u.a, m.E, i.d.R
_SPACES = re.compile(r"\s+")
_STRIP_TAIL = " \t,;"
_WRAP_MIN = 40  # only lines at least this long are taken as hard-wrapped


def _strip_bullet(line: str) -> tuple[str, bool]:
    """Remove a list marker; a number is a marker only when it is not an ordinal."""
    numbered = _NUMBERED.match(line)
    if numbered and numbered.group(1).lower() in ORDINAL_NOUNS:
        return line.strip(), False
    stripped = _BULLET.sub("", line, count=1)
    return stripped.strip(), stripped != line


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the notes; ``text`` is "" for a blank line."""

    text: str
    bullet: bool = False


def split_lines(notes: str) -> list[Line]:
    """Notes as tidy lines without list markers; blank lines stay (they end a heading's scope).

    A long line without closing punctuation followed by a line starting in lower case is a
    hard-wrapped sentence (pasted from an e-mail) and is joined back together.
    """
    lines: list[Line] = []
    previous_open = False
    for raw in notes.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text, bullet = _strip_bullet(raw)
        if not text.strip(" -–—*_=#"):
            lines.append(Line(""))
            previous_open = False
            continue
        if previous_open and not bullet and text[0].islower():
            lines[-1] = Line(f"{lines[-1].text} {text}", lines[-1].bullet)
        else:
            lines.append(Line(text, bullet))
        last = lines[-1].text
        previous_open = len(last) >= _WRAP_MIN and last[-1] not in ".!?:;"
    return lines


def _token_before(text: str, end: int) -> tuple[str, str]:
    """The word ending at ``end`` (internal dots kept) and the word before it."""
    head = text[:end].rstrip()
    words = head.split()
    token = words[-1].lstrip("([{\"'»«„“") if words else ""
    previous = words[-2].lower().strip("([{\"'»«„“,") if len(words) > 1 else ""
    return token, previous


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    punct = match.group(1)
    if any(mark in punct for mark in "!?…") or len(punct) > 1:
        return True
    following = text[match.end() :]
    if not following or following[0].islower():
        return False
    token, previous = _token_before(text, match.start())
    next_word = following.split(maxsplit=1)[0].lower().strip(".,;:")
    if token.lower() in ABBREVIATIONS or _LETTER_DOTS.match(token) or _CLIPPED.match(token):
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "A. Muster"
        return False
    if _DATE.match(token):
        return next_word in SENTENCE_OPENERS
    if token.isdigit():
        ordinal = previous in ORDINAL_LEADS or next_word in ORDINAL_NOUNS
        return next_word in SENTENCE_OPENERS or not ordinal
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
            sentences.append(line[start : match.end()])
            start = match.end()
    sentences.append(line[start:])
    return [s for s in (tidy(part) for part in sentences) if any(c.isalnum() for c in s)]


@dataclass(frozen=True, slots=True)
class NoteLine:
    """The sentences of one line; none for a blank line."""

    sentences: tuple[str, ...]
    bullet: bool = False


def split_notes(notes: str) -> list[NoteLine]:
    """Every line of the notes split into sentences."""
    return [
        NoteLine(tuple(split_sentences(line.text)) if line.text else (), line.bullet)
        for line in split_lines(notes)
    ]
