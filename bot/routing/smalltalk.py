"""Greetings, thanks, goodbyes and acknowledgements ("super", "alles klar"): recognised
word by word from ``smalltalk.yaml``.

Two questions are answered here:

- is the whole message small talk ("Hallo Lotse 👋", "vielen Dank!", "tschüss")? Then it gets
  a short friendly reply. Single words may carry one typo ("Halo", "Danek") here. A message
  of emoji alone is small talk too ("🙏" thanks, "😊" a reaction, any other a greeting), except
  the ratings 👍 and 👎. Saying who one is ("ich bin die neue Kollegin im Team Jugend") greets.
- does a request start with a greeting ("Hallo, was macht ein Tischler?", "Moin Lotse: beruf
  Koch")? Then the greeting is taken off and the rest is routed. No typos are tolerated there;
  thanks and goodbyes, and words that are dates as well ("Morgen ..."), only count when
  punctuation follows them, so that a request never loses a word that belongs to it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("smalltalk.yaml")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_PAUSE = re.compile(r"\s*[,!.:;\n–-]")  # punctuation that ends a greeting in front of a request
_LEAD = re.compile(r"^[\W_]+")
_CLOSING = re.compile(r"[\W_]+$")
_FUZZY_MIN_LENGTH = 4
_MAX_WORDS = 10  # "Hallo, ich bin die neue Kollegin aus der Berufsberatung"


class TalkKind(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    WISHES = "wishes"  # "schönes WE", "frohe Weihnachten": returned in kind
    # "super", "ok", "alles klar": a reaction to the last reply. It never takes the place of
    # an answer a skill waits for (the router checks), and it is never guessed from a typo.
    ACK = "ack"


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """What :func:`read_smalltalk` found: ``kind`` when the whole message is small talk, and
    ``rest``, the message without a leading greeting (the message itself when there is none,
    or when nothing would be left)."""

    kind: TalkKind | None
    rest: str


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    phrases: dict[tuple[str, ...], TalkKind]
    single: dict[str, TalkKind]  # one-word phrases, for typo tolerance
    only_alone: frozenset[tuple[str, ...]]
    address: frozenset[str]
    fillers: frozenset[str]
    english: frozenset[str]
    emoji: dict[str, TalkKind]  # emoji-only messages; others greet
    introductions: re.Pattern[str]  # "ich bin die neue Kollegin aus …"
    longest: int
    # Per word length, the one-word phrases a typo of that length can be (one edit changes
    # the length by at most one), in the order of ``single``: a word is compared with a few
    # phrases instead of all of them.
    by_length: dict[int, tuple[tuple[str, TalkKind], ...]]


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold().replace("’", "'") for word in _WORD.findall(text))


@cache
def _vocabulary() -> _Vocabulary:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    phrases: dict[tuple[str, ...], TalkKind] = {}
    for kind in TalkKind:
        for phrase in data[kind.value]:
            phrases[_words(str(phrase))] = kind
    single = {words[0]: kind for words, kind in phrases.items() if len(words) == 1}
    fuzzy = [
        (phrase, kind)
        for phrase, kind in single.items()
        if len(phrase) >= _FUZZY_MIN_LENGTH and kind is not TalkKind.ACK  # "soll" is no "toll"
    ]
    lengths = {len(phrase) + step for phrase, _ in fuzzy for step in (-1, 0, 1)}
    return _Vocabulary(
        phrases=phrases,
        single=single,
        only_alone=frozenset(_words(str(p)) for p in data["only_alone"]),
        address=frozenset(str(word).casefold() for word in data["address"]),
        fillers=frozenset(str(word).casefold() for word in data["fillers"]),
        english=frozenset(" ".join(_words(str(phrase))) for phrase in data["english"]),
        introductions=re.compile(
            r"(?:^|(?<=[\s,!.:;-]))(?:"
            + "|".join(f"(?:{p})" for p in data["introductions"])
            + ")$"
        ),
        emoji={
            str(mark): TalkKind(kind) for kind, marks in data["emoji"].items() for mark in marks
        },
        longest=max(len(words) for words in phrases),
        by_length={
            size: tuple(item for item in fuzzy if abs(len(item[0]) - size) <= 1)
            for size in lengths
        },
    )


def _phrase_at(words: tuple[str, ...], start: int, vocabulary: _Vocabulary) -> int:
    """The length of the longest phrase starting at ``start`` (0: none)."""
    for length in range(min(vocabulary.longest, len(words) - start), 0, -1):
        if words[start : start + length] in vocabulary.phrases:
            return length
    return 0


def _typo_kind(word: str, vocabulary: _Vocabulary) -> TalkKind | None:
    if len(word) < _FUZZY_MIN_LENGTH:
        return None
    for phrase, kind in vocabulary.by_length.get(len(word), ()):
        if OSA.distance(word, phrase, score_cutoff=1) <= 1:
            return kind
    return None


def _all_courtesy(words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """Whether every word is small talk or one of the words that go with it."""
    return _whole_kind(words, vocabulary, need_phrase=False) is not None or not words


def _whole_kind(
    words: tuple[str, ...], vocabulary: _Vocabulary, *, need_phrase: bool = True
) -> TalkKind | None:
    """The kind of small talk when every word is small talk (the last phrase decides);
    ``need_phrase=False`` accepts fillers alone (reported as a greeting)."""
    kind: TalkKind | None = None
    position = 0
    while position < len(words):
        length = _phrase_at(words, position, vocabulary)
        if length:
            found = vocabulary.phrases[words[position : position + length]]
            if found is not TalkKind.ACK or kind is None:  # "Danke, super!" thanks
                kind = found
            position += length
            continue
        word = words[position]
        if word in vocabulary.address or word in vocabulary.fillers:
            position += 1
            continue
        typo = _typo_kind(word, vocabulary)
        if typo is None:
            return None
        kind = typo
        position += 1
    return kind if kind is not None or need_phrase else TalkKind.GREETING


def _strip_greeting(text: str, vocabulary: _Vocabulary) -> str:
    """``text`` without the greeting (and "Lotse", "zusammen", ...) it starts with."""
    matches = list(_WORD.finditer(text))
    words = tuple(m.group().casefold().replace("’", "'") for m in matches)
    position = 0
    cut = 0  # character offset after the last word taken off
    while position < len(words):
        length = _phrase_at(words, position, vocabulary)
        if length:
            end = matches[position + length - 1].end()
            phrase = words[position : position + length]
            needs_pause = (
                phrase in vocabulary.only_alone
                or vocabulary.phrases[phrase] is not TalkKind.GREETING
            )
            if needs_pause and not _PAUSE.match(text, end):
                break
            position += length
            cut = end
        elif position > 0 and words[position] in vocabulary.address:
            cut = matches[position].end()
            position += 1
        else:
            break
    if cut == 0:
        return text
    return _LEAD.sub("", text[cut:]) or text


def without_courtesy(text: str) -> str:
    """``text`` without small talk at its end: "ja, danke!" -> "ja", "ok gelesen" -> "ok"."""
    vocabulary = _vocabulary()
    matches = list(_WORD.finditer(text))
    words = tuple(m.group().casefold().replace("’", "'") for m in matches)
    for start in range(1, len(words)):
        if _all_courtesy(words[start:], vocabulary):
            return text[: matches[start].start()]
    return text


def is_english(text: str) -> bool:
    """Whether ``text`` is an English greeting, thanks or goodbye ("hello", "thanks a lot")."""
    return " ".join(_words(text)) in _vocabulary().english


def _introduction(text: str, vocabulary: _Vocabulary) -> TalkKind | None:
    """A greeting when the message says who one is, after nothing but small talk."""
    spoken = _CLOSING.sub("", text.casefold())
    found = vocabulary.introductions.search(spoken)
    if found is None or not _all_courtesy(_words(spoken[: found.start()]), vocabulary):
        return None
    return TalkKind.GREETING


# Ratings are the evaluation's (bot.evaluation): "👍" alone is feedback, not small talk.
_RATINGS = frozenset("👍👎")


def _emoji_kind(text: str, vocabulary: _Vocabulary) -> TalkKind | None:
    """The kind of a message of emoji only ("😊", "🙏🙏", "🤔?"); called only for a message
    without a word, so it costs nothing for ordinary text."""
    marks = [char for char in text if unicodedata.category(char) == "So"]
    if not marks or any(mark in _RATINGS for mark in marks):
        return None
    return next(
        (vocabulary.emoji[mark] for mark in marks if mark in vocabulary.emoji), TalkKind.GREETING
    )


def read_smalltalk(text: str) -> SmallTalk:
    """Small talk in ``text``; see the module docstring."""
    vocabulary = _vocabulary()
    words = _words(text)
    if not words:
        return SmallTalk(_emoji_kind(text, vocabulary), text)
    kind = _whole_kind(words, vocabulary) if len(words) <= _MAX_WORDS else None
    if kind is None and ("neu" in words or "neue" in words or "new" in words):
        kind = _introduction(text, vocabulary)
    return SmallTalk(kind, _strip_greeting(text, vocabulary))
