"""The words of ``data/explore.yaml`` (topics, school certificates, training types), compiled.

A word matches a whole word of the folded text; a trailing "*" makes it a prefix. Long words
also match a close misspelling ("zeichent" for "zeichnet").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.yaml_data import load_yaml
from skills.occupation.model import TrainingType
from skills.occupation.normalise import fold

EXPLORE_PATH = Path(__file__).with_name("data") / "explore.yaml"
_TYPO = 88.0  # a token this close to a vocabulary word counts as that word
_TYPO_MIN = 6  # letters a vocabulary word needs to be matched despite a typo
# Tokens compared with the frame words: long ones starting with a letter of theirs
# ("ausbidlungen", "asubildungen", "lehrstelen")
_FRAME_TOKEN = re.compile(r"\b[al]\w{7,}")


@dataclass(frozen=True, slots=True)
class Topic:
    """An interest or area a question may name, and what it matches in the catalogue."""

    label: str
    fields: frozenset[str]
    interests: tuple[str, ...]
    titles: tuple[str, ...] = ()  # folded parts of titles ("flug" -> Fluggerätmechaniker/in)
    label_en: str | None = None
    # Entries named outright, most typical first: a workplace ("Krankenhaus", "Apotheke")
    # spans fields and interests, and the catalogue records no workplaces.
    ids: tuple[str, ...] = ()
    # Only ever ruled out ("nicht in der Pflege"); named positively, a broader topic with the
    # same word reads it ("Ausbildungen in der Pflege" stays the health list).
    exclude_only: bool = False
    # What to suggest when this topic is all a question rules out and it names nothing else
    # ("wo man nicht viel rechnen muss"): labels of other topics, best first.
    instead: tuple[str, ...] = ()
    # A way of working rather than a subject ("handwerklich", "draußen"): beside a subject
    # ("mag Tiere und ist praktisch veranlagt") it qualifies the subject's list instead of
    # adding its own entries (no Industriemechaniker/in for an animal lover)
    manner: bool = False

    def name(self, language: str) -> str:
        """The label in the user's language (German when there is no English one)."""
        return self.label_en if language == "en" and self.label_en else self.label


@dataclass(frozen=True, slots=True)
class Word:
    """One vocabulary word, compiled to match on folded text."""

    pattern: re.Pattern[str]
    text: str  # folded, without the prefix star
    prefix: bool


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words of ``data/explore.yaml``, compiled once."""

    topics: tuple[tuple[Topic, tuple[Word, ...]], ...]
    schools: tuple[tuple[int, tuple[Word, ...]], ...]
    training_types: tuple[tuple[TrainingType, tuple[Word, ...]], ...]
    other_skills: tuple[Word, ...]
    capitals: tuple[tuple[re.Pattern[str], str], ...] = ()
    frames: tuple[re.Pattern[str], ...] = ()  # question frames that ask for a list
    loose_frames: tuple[re.Pattern[str], ...] = ()  # ... only together with an interest
    spoken: tuple[tuple[re.Pattern[str], str], ...] = ()  # everyday spellings, standardised
    part_time: tuple[Word, ...] = ()  # words of a question about part-time training
    part_time_training: tuple[str, ...] = ()  # one of these must be part of a word, too
    frame_words: tuple[str, ...] = ()  # frame words read despite a typo ("ausbidlungen")
    unheeded: tuple[Word, ...] = ()  # conditions no field holds: said back, never filtered by
    _combined: tuple[re.Pattern[str], ...] = field(init=False, repr=False)
    _master: re.Pattern[str] = field(init=False, repr=False)
    _whole: dict[str, int] = field(init=False, repr=False)
    _prefixes: dict[int, dict[str, int]] = field(init=False, repr=False)
    _generic_names: frozenset[str] = field(init=False, repr=False)
    _kind_words: tuple[tuple[Word, TrainingType], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # One alternation per topic (one search instead of one per word) and, for typos, the
        # single words long enough for typo matching, whole words apart from prefixes by length.
        combined = tuple(
            re.compile("|".join(f"(?:{word.pattern.pattern})" for word in words))
            for _, words in self.topics
        )
        whole: dict[str, int] = {}
        prefixes: dict[int, dict[str, int]] = {}
        for index, (_, words) in enumerate(self.topics):
            for word in words:
                if len(word.text) < _TYPO_MIN or " " in word.text:
                    continue  # short words are close to too much ("kasse" ~ "klasse")
                if word.prefix:
                    prefixes.setdefault(len(word.text), {}).setdefault(word.text, index)
                else:
                    whole.setdefault(word.text, index)
        object.__setattr__(self, "_combined", combined)
        object.__setattr__(self, "_master", re.compile("|".join(c.pattern for c in combined)))
        object.__setattr__(self, "_whole", whole)
        object.__setattr__(self, "_prefixes", prefixes)
        kinds = [w for _, ws in self.training_types for w in ws] + [
            w for _, ws in self.schools for w in ws
        ]
        generic = frozenset(word.text for word in kinds if not word.prefix) | frozenset(
            ("ausbildung", "lehre", "schule", "beruf", "job")
        )
        object.__setattr__(self, "_generic_names", generic)
        kind_words = tuple(
            (word, kind)
            for kind, words in self.training_types
            for word in words
            if len(word.text) >= _TYPO_MIN and " " not in word.text
        )
        object.__setattr__(self, "_kind_words", kind_words)

    @property
    def generic_names(self) -> frozenset[str]:
        """Words for kinds of training and certificates: they name no single occupation
        (collected once: every lookup asks)."""
        return self._generic_names

    def asks_for_a_list(self, folded: str) -> bool:
        """Whether the folded text has a question frame of an exploration question."""
        return any(frame.search(folded) for frame in self.frames)

    def asks_loosely(self, folded: str) -> bool:
        """Whether the folded text has a frame that asks for a list when it names an interest."""
        return any(frame.search(folded) for frame in self.loose_frames)

    def standardise(self, folded: str) -> str:
        """Everyday spellings ("gibts", "jmd", "nen") in their standard form."""
        for pattern, standard in self.spoken:
            folded = pattern.sub(standard, folded)
        if self.frame_words:
            folded = _FRAME_TOKEN.sub(self._frame_word, folded)
        return folded

    def _frame_word(self, token: re.Match[str]) -> str:
        word = token.group(0)
        # spelt right, or a compound of one ("ausbildungsberuf" is not "ausbildungsberufe")
        if word.startswith(self.frame_words):
            return word
        near = process.extractOne(word, self.frame_words, scorer=fuzz.ratio, score_cutoff=_TYPO)
        return near[0] if near is not None else word

    def spell_out(self, text: str) -> str:
        """Capitalised abbreviations ("FOR") written out, before the text is folded."""
        for pattern, long in self.capitals:
            text = pattern.sub(long, text)
        return text

    def topic_hits(self, text: str) -> dict[int, tuple[Word, re.Match[str]]]:
        """Per topic index, its first word found in ``text`` (one pass over the text)."""
        hits: dict[int, tuple[Word, re.Match[str]]] = {}
        for candidate in self._master.finditer(text):
            for index, pattern in enumerate(self._combined):
                hit = None if index in hits else pattern.match(text, candidate.start())
                if hit is not None:
                    words = self.topics[index][1]
                    word = next((w for w in words if w.pattern.match(text, hit.start())), words[0])
                    hits[index] = (word, hit)
        return hits

    def typo_kind(self, token: str) -> TrainingType | None:
        """The training type a long token is a near spelling of ("schulsiche" for
        "schulisch*"); a prefix is compared with the token's head of its length or one more,
        so a swap of two letters inside the prefix still counts."""
        for word, kind in self._kind_words:
            size = len(word.text)
            heads = (token[:size], token[: size + 1]) if word.prefix else (token,)
            if any(fuzz.ratio(head, word.text) >= _TYPO for head in heads):
                return kind
        return None

    def typo(self, token: str) -> tuple[int, str] | None:
        """The topic and word a long token is spelt almost like ("zeichent", "tierren")."""
        whole = self._whole
        found = process.extractOne(token, whole.keys(), scorer=fuzz.ratio, score_cutoff=_TYPO)
        if found is not None:
            return whole[found[0]], found[0]
        for length, stems in self._prefixes.items():
            head = token[: length + 1]
            found = process.extractOne(head, stems.keys(), scorer=fuzz.ratio, score_cutoff=_TYPO)
            if found is not None:
                return stems[found[0]], found[0]
        return None


def _word(raw: str) -> Word:
    text = fold(str(raw)).strip()
    prefix = text.endswith("*")
    text = text.rstrip("*")
    body = r"\s+".join(re.escape(part) for part in text.split())
    tail = r"\w*" if prefix else r"(?![\w])"
    return Word(re.compile(rf"(?<![\w]){body}{tail}"), text, prefix)


def _words(raw: object) -> tuple[Word, ...]:
    return tuple(_word(item) for item in raw) if isinstance(raw, list) else ()


@cache
def vocabulary(path: Path = EXPLORE_PATH) -> Vocabulary:
    """Load and compile the exploration words (once per path)."""
    with path.open(encoding="utf-8") as handle:
        raw = load_yaml(handle)
    topics = tuple(
        (
            Topic(
                str(item["label"]),
                frozenset(item.get("fields", ())),
                tuple(item.get("interests", ())),
                tuple(fold(str(part)) for part in item.get("titles", ())),
                item.get("label_en"),
                tuple(str(entry) for entry in item.get("ids", ())),
                bool(item.get("exclude_only", False)),
                tuple(str(label) for label in item.get("instead", ())),
                bool(item.get("manner", False)),
            ),
            _words(item["words"]),
        )
        for item in raw["topics"]
    )
    schools = tuple((int(item["rank"]), _words(item["words"])) for item in raw["schools"])
    types = tuple(
        (TrainingType(key), _words(words)) for key, words in raw["training_types"].items()
    )
    capitals = tuple(
        (re.compile(rf"(?<![\w-]){re.escape(str(short))}(?![\w-])"), str(long))
        for short, long in (raw.get("capitals") or {}).items()
    )
    frames = tuple(re.compile(str(pattern)) for pattern in raw["frames"])
    loose = tuple(re.compile(str(pattern)) for pattern in raw.get("loose_frames") or ())
    spoken = tuple(
        (re.compile(rf"(?<![\w']){re.escape(fold(str(word)))}(?![\w'])"), fold(str(standard)))
        for word, standard in (raw.get("spoken") or {}).items()
    )
    return Vocabulary(
        topics,
        schools,
        types,
        _words(raw["other_skills"]),
        capitals,
        frames,
        loose,
        spoken,
        _words(raw.get("part_time")),
        tuple(fold(str(part)) for part in raw.get("part_time_training") or ()),
        tuple(fold(str(word)) for word in raw.get("frame_words") or ()),
        # the longest first: "afraid of heights" is quoted whole, not "heights"
        tuple(sorted(_words(raw.get("unheeded")), key=lambda word: -len(word.text))),
    )


def search(words: tuple[Word, ...], text: str) -> tuple[Word, re.Match[str]] | None:
    """The first of ``words`` found in ``text`` and where."""
    for word in words:
        hit = word.pattern.search(text)
        if hit:
            return word, hit
    return None


def found(words: tuple[Word, ...], text: str) -> re.Match[str] | None:
    """Where the first of ``words`` is found in ``text``."""
    hit = search(words, text)
    return hit[1] if hit else None
