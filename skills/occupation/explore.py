"""Exploration questions: "Welche Ausbildungen passen zu jemandem, der gern zeichnet?".

``parse`` recognises a question whose answer is a list of occupations and turns it into
filters (topics, school certificate, training type, duration). The words come from
``data/explore.yaml``; only the question frames are grammar and live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from skills.occupation.model import TrainingType
from skills.occupation.normalise import fold

EXPLORE_PATH = Path(__file__).with_name("data") / "explore.yaml"
_TYPO = 88.0  # a token this close to a vocabulary word counts as that word
_TYPO_MIN = 6  # letters a vocabulary word needs to be matched despite a typo
# "ohne", "nicht in der", "not in": a negation with at most two filler words before the hit.
_NEGATION = re.compile(
    r"\b(?:ohne|nicht|kein\w*|no|not|without)\s+"
    r"(?:(?:in|im|der|die|den|dem|das|mit|an|am|bei|als|the|with|as|a|an)\s+){0,2}$"
)

# Question frames on folded text: a question that asks for a list, not for one occupation.
_FRAMES = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:ausbildungen|ausbildungsberufe|berufe|berufen|jobs|lehrstellen|studiengaenge"
        r"|careers|professions|occupations|apprenticeships|berufsfelder)\b",
        r"\bwelche[nrsm]?\b.{0,40}\b(?:ausbildung|beruf|job|lehrstelle|studiengang|studium"
        r"|richtung|moeglichkeit)",
        r"\b(?:ausbildung|beruf|job|lehre|studium|career|apprenticeship|training)\w*\s+(?:im|in|mit"
        r"|ohne|fuer|rund|aus|bei|for|with|without|involving)\b",
        r"\bwas\s+(?:kann|koennte|soll|koennen)\s+(?:man|er|sie|ich|du|wir)\b.{0,60}"
        r"\b(?:lernen|werden|machen|arbeiten|studieren)\b",
        r"\b(?:etwas|was|irgendwas|irgendetwas|something)\s+(?:mit|with)\b",
        r"\b(?:passt|passen|passende\w*|geeignete\w*)\b.{0,40}\b(?:ausbildung|beruf|job)",
        r"\b(?:ideen|vorschlaege|ideas|suggestions)\b",
        r"\b(?:jobs?|work|careers?|training|apprenticeships?)\s+(?:\w+\s+){0,3}for\s+"
        r"(?:someone|somebody|people|a\s+person)\b",
    )
)
# "Ausbildung zum Tischler", "als Koch": names one occupation; the skill checks the name.
_SUBJECT = re.compile(
    r"\b(?:zum|zur|als|zu\s+einem|zu\s+einer|as\s+an?)\s+(?P<name>[\w\- ]{3,40}?)\s*(?:[?.!,]|$)"
)
_DURATION = re.compile(
    r"(?P<cmp>unter|weniger\s+als|hoechstens|maximal|max\.?|bis\s+zu|bis|ueber|mehr\s+als"
    r"|laenger\s+als|mindestens|less\s+than|under|up\s+to|more\s+than|over|at\s+least)?\s*"
    r"(?P<n>\d+(?:[.,]5)?|ein|eine|einem|zwei|drei|one|two|three)\s*-?\s*"
    r"(?P<unit>jahre?n?|jaehrig\w*|years?|year-|monate?n?|months?)"
)
_SHORT = re.compile(r"\b(?:kurze?\w*|short|quick)\b")
_NUMBERS = {"ein": 1, "eine": 1, "einem": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3}
_AT_LEAST = ("ueber", "mehr", "laenger", "mindestens", "more", "over", "at")
# "im Bereich Medien", "Sozialbereich", "IT-Branche", "in the field of ...": an area named.
_AREA = re.compile(
    r"\b(?:bereich|branche|sektor|richtung|field\s+of|area\s+of)\s+(?:der\s+|des\s+|the\s+)?"
    r"(?P<a>\w{3,})"
    r"|\b(?!(?:im|in|am|an|der|dem|den|die|des|the|diesem|welchem)\b)(?P<b>\w{2,})\s+"
    r"(?:bereich|branche|sektor)\b"
)
# Compounds with an area word are split so their head is matched: "Pflegebranche" -> "pflege
# branche", "IT-Bereich", "Handwerksberufe", "Gesundheitsbereich".
_COMPOUND = re.compile(
    r"\b(\w{2,}?)-?(bereich\w*|branche\w*|sektor\w*|berufe\w*|ausbildungen|jobs)\b"
)
_TRAINING = re.compile(r"\b(?:ausbildung\w*|lehre|lehrstelle\w*|apprenticeship\w*)\b")


@dataclass(frozen=True, slots=True)
class Topic:
    """An interest or area a question may name, and what it matches in the catalogue."""

    label: str
    fields: frozenset[str]
    interests: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExploreQuery:
    """The filters an exploration question asked for; None or empty: not asked."""

    topics: tuple[Topic, ...] = ()
    excluded: tuple[Topic, ...] = ()
    max_school: int | None = None  # rank in profiles.yaml's schools, 0 = none
    school_word: str | None = None  # the certificate as the question named it
    training_type: TrainingType | None = None
    no_study: bool = False  # "Ausbildung" was asked for, not a degree programme
    max_months: int | None = None
    min_months: int | None = None
    subject: str | None = None  # an occupation name after "zum/zur/als", if any
    stems: tuple[str, ...] = ()  # the topic words found, folded ("tier", "medien")
    unknown_area: str | None = None  # "im Bereich Raumfahrt": an area no topic knows

    @property
    def has_filter(self) -> bool:
        return bool(
            self.topics
            or self.excluded
            or self.max_school is not None
            or self.school_word
            or self.training_type
            or self.max_months
            or self.min_months
            or self.unknown_area
        )


@dataclass(frozen=True, slots=True)
class _Word:
    pattern: re.Pattern[str]
    text: str  # folded, without the prefix star
    prefix: bool


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words of ``data/explore.yaml``, compiled once."""

    topics: tuple[tuple[Topic, tuple[_Word, ...]], ...]
    schools: tuple[tuple[int, tuple[_Word, ...]], ...]
    training_types: tuple[tuple[TrainingType, tuple[_Word, ...]], ...]
    other_skills: tuple[_Word, ...]
    _combined: tuple[re.Pattern[str], ...] = field(init=False, repr=False)
    _master: re.Pattern[str] = field(init=False, repr=False)
    _whole: dict[str, int] = field(init=False, repr=False)
    _prefixes: dict[int, dict[str, int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # One alternation per topic (one search instead of one per word) and, for typos, the
        # single words of at least five letters grouped by kind and length.
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

    @property
    def generic_names(self) -> frozenset[str]:
        """Words for kinds of training and certificates: they name no single occupation."""
        words = [w for _, ws in self.training_types for w in ws] + [
            w for _, ws in self.schools for w in ws
        ]
        return frozenset(word.text for word in words if not word.prefix) | frozenset(
            ("ausbildung", "lehre", "schule", "beruf", "job")
        )

    def topic_hits(self, text: str) -> dict[int, tuple[_Word, re.Match[str]]]:
        """Per topic index, its first word found in ``text`` (one pass over the text)."""
        hits: dict[int, tuple[_Word, re.Match[str]]] = {}
        for candidate in self._master.finditer(text):
            for index, pattern in enumerate(self._combined):
                hit = None if index in hits else pattern.match(text, candidate.start())
                if hit is not None:
                    words = self.topics[index][1]
                    word = next((w for w in words if w.pattern.match(text, hit.start())), words[0])
                    hits[index] = (word, hit)
        return hits

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


def _word(raw: str) -> _Word:
    text = fold(str(raw)).strip()
    prefix = text.endswith("*")
    text = text.rstrip("*")
    body = r"\s+".join(re.escape(part) for part in text.split())
    tail = r"\w*" if prefix else r"(?![\w])"
    return _Word(re.compile(rf"(?<![\w]){body}{tail}"), text, prefix)


def _words(raw: object) -> tuple[_Word, ...]:
    return tuple(_word(item) for item in raw) if isinstance(raw, list) else ()


@cache
def vocabulary(path: Path = EXPLORE_PATH) -> Vocabulary:
    """Load and compile the exploration words (once per path)."""
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    topics = tuple(
        (
            Topic(
                str(item["label"]),
                frozenset(item.get("fields", ())),
                tuple(item.get("interests", ())),
            ),
            _words(item["words"]),
        )
        for item in raw["topics"]
    )
    schools = tuple((int(item["rank"]), _words(item["words"])) for item in raw["schools"])
    types = tuple(
        (TrainingType(key), _words(words)) for key, words in raw["training_types"].items()
    )
    return Vocabulary(topics, schools, types, _words(raw["other_skills"]))


def _search(words: tuple[_Word, ...], text: str) -> tuple[_Word, re.Match[str]] | None:
    for word in words:
        hit = word.pattern.search(text)
        if hit:
            return word, hit
    return None


def _found(words: tuple[_Word, ...], text: str) -> re.Match[str] | None:
    found = _search(words, text)
    return found[1] if found else None


def _school(text: str, vocab: Vocabulary) -> tuple[int | None, str | None, str]:
    """The highest certificate allowed, the words naming it, and the text without them."""
    for rank, words in sorted(vocab.schools, key=lambda item: item[0]):
        hit = _found(words, text)
        if hit is None:
            continue
        rest = text[: hit.start()] + " " * len(hit.group(0)) + text[hit.end() :]
        negated = rank > 0 and _NEGATION.search(text[: hit.start()]) is not None
        if negated:
            return rank - 1, hit.group(0), rest
        # With Abitur every training is open; the answer still names the certificate.
        return (rank if rank < 3 else None), hit.group(0), rest
    return None, None, text


def _unknown_area(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The area the question named when no topic word covers it (said, never dropped)."""
    for hit in _AREA.finditer(text):
        group = "a" if hit.group("a") else "b"
        start, end = hit.span(group)
        if not any(first < end and start < last for first, last in spans):
            return hit.group(group)
    return None


def _training_type(text: str, vocab: Vocabulary) -> tuple[TrainingType | None, bool]:
    """The training type asked for, and whether degree programmes were ruled out."""
    for kind, words in vocab.training_types:
        hit = _found(words, text)
        if hit is None:
            continue
        if _NEGATION.search(text[: hit.start()]):  # "ohne Studium"
            return None, kind is TrainingType.STUDY
        return kind, False
    return None, False


def _duration(text: str) -> tuple[int | None, int | None]:
    hit = _DURATION.search(text)
    if hit:
        raw = hit.group("n").replace(",", ".")
        number = float(_NUMBERS.get(raw, 0) or raw)
        months = int(number if hit.group("unit").startswith(("mon", "month")) else number * 12)
        compare = (hit.group("cmp") or "").split()
        if compare and compare[0] in _AT_LEAST:
            return None, months
        return months, None
    if _SHORT.search(text):
        return 24, None
    return None, None


def parse(
    text: str, vocab: Vocabulary | None = None, listing: bool = False
) -> ExploreQuery | None:
    """The exploration filters in ``text``, or None when it is not an exploration question.

    ``listing``: the user typed a listing command ("berufe mit Tieren"), so no question frame
    is needed.
    """
    vocab = vocab or vocabulary()
    folded = _COMPOUND.sub(r"\1 \2", " ".join(fold(text).split()))
    if not folded or _found(vocab.other_skills, folded):
        return None
    if not listing and not any(frame.search(folded) for frame in _FRAMES):
        return None
    max_school, school_word, rest = _school(folded, vocab)
    topics: list[Topic] = []
    excluded: list[Topic] = []
    stems: list[str] = []
    spans: list[tuple[int, int]] = []
    hits = vocab.topic_hits(rest)
    for index, (topic, _) in enumerate(vocab.topics):
        found = hits.get(index)
        if found is None:
            continue
        spans.append(found[1].span())
        if _NEGATION.search(folded[: found[1].start()]):
            excluded.append(topic)
        else:
            topics.append(topic)
            stems.append(found[0].text)
    for token in re.finditer(r"\w{5,}", rest):
        if any(first < token.end() and token.start() < last for first, last in spans):
            continue
        typo = vocab.typo(token.group(0))
        spelt = vocab.topics[typo[0]][0] if typo else None
        if typo and spelt and spelt not in topics and spelt not in excluded:
            topics.append(spelt)
            stems.append(typo[1])
    training_type, no_study = _training_type(folded, vocab)
    max_months, min_months = _duration(folded)
    subject = _SUBJECT.search(folded)
    query = ExploreQuery(
        topics=tuple(topics),
        excluded=tuple(excluded),
        max_school=max_school,
        school_word=school_word,
        training_type=training_type,
        no_study=no_study or (training_type is None and _TRAINING.search(folded) is not None),
        max_months=max_months,
        min_months=min_months,
        subject=subject.group("name").strip() if subject else None,
        stems=tuple(stems),
        unknown_area=_unknown_area(rest, spans),
    )
    return query if query.has_filter else None
