"""Text normalisation shared by the index and the queries, so both sides fold the same way.

A name becomes a tuple of tokens: lower-case, umlauts spelt out (ä→ae, ß→ss), gender markers
removed (``/in``, ``*in``, ``:in``, ``_in``, Binnen-I, ``/-frau``, ``/r``), feminine and
declined forms mapped to one stem (Erzieherin→erzieher, Kauffrau→kaufmann,
Medizinische→medizinisch) and filler words dropped. Joining the tokens without spaces gives
the key that makes "Kfz Mechatroniker", "KFZ-Mechatronikerin" and "Kfz-Mechatroniker/in" equal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bot.yaml_data import load_yaml

_BINNEN_I = re.compile(r"(?<=[a-zäöüß])In(?:nen)?(?![a-zäöüß])")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_GENDER_MARKERS = (
    # (m/w/d), m/w/d
    re.compile(r"\(\s*[mwdfx](?:\s*/\s*[mwdfx])+\s*\)|\b[mwdfx](?:/[mwdfx]){1,3}\b"),
    # Mechatroniker/in, /-in, *in, :in, _in, (in), plural -innen
    re.compile(r"(?<=[a-z])\s*(?:/\s*-?|\*|:|_|\(\s*-?)\s*in(?:nen)?\s*\)?(?![a-z])"),
    # Kaufmann/-frau, Kaufleute/-frauen, Hotelfachmann*frau
    re.compile(r"\s*[/*:_]\s*-?\s*frau(?:en)?(?![a-z])"),
    # Kauffrau/-mann, Kauffrau*mann, KauffrauMann: the feminine word first
    re.compile(r"(?<=frau)\s*(?:[/*:_]\s*-?\s*)?mann(?![a-z])"),
    # Steuerfachgehilfe/-gehilfin, Umwelttechnologe/-technologin: the feminine word after "/-"
    re.compile(r"\s*/\s*-\s*[a-z]+in(?:nen)?(?![a-z])"),
    # Medizinische/r, Fachangestellte/r, Fachangestellte(r), Angestellte/n
    re.compile(r"(?<=[a-z])\s*(?:/\s*-?\s*[rn]|\(\s*[rn]\s*\))(?![a-z])"),
)
# "Köch*innen", "Ärzt:innen": a gender marker after a stem spelt with the feminine umlaut
_MARKED_UMLAUT_STEM = re.compile(
    r"([a-z]*(?:ae|oe|ue)[a-z]*)\s*(?:/\s*-?|\*|:|_)\s*in(?:nen)?(?![a-z])"
)
_SEPARATORS = re.compile(r"[^a-z0-9]+")
# An English possessive is no word of its own: "a plumber's pay", "what's"
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s(?![a-z])")

# Feminine endings → the masculine stem; checked in order, the first that fits wins.
_FEMININE: tuple[tuple[str, str], ...] = (
    ("maenner", "mann"),  # plural: "Müllmänner", "Hotelfachmänner"
    ("frauen", "mann"),
    ("frau", "mann"),
    ("leute", "mann"),
    ("aerztin", "arzt"),
    ("anwaeltin", "anwalt"),
    ("oechin", "och"),
    ("wirtin", "wirt"),
    ("iedin", "ied"),
    ("grafin", "graf"),
    ("graphin", "graph"),
    ("login", "loge"),
    ("gogin", "goge"),
    ("urgin", "urg"),
    ("eurin", "eur"),
    ("eutin", "eut"),
    ("paedin", "paede"),
    ("kraefte", "kraft"),  # plural: "Pflegekräfte", "Fachkräfte"
    ("erinnen", "er"),  # plural: "Erzieherinnen"
    ("erinn", "er"),  # a common slip: "Mechatronikerinn"
    ("erin", "er"),
    ("istin", "ist"),
    ("antin", "ant"),
    ("entin", "ent"),
    ("torin", "tor"),
    ("arin", "ar"),
    ("atin", "at"),
    ("otin", "ot"),
)
# Declined adjectives and participles ("Medizinischer", "Fachangestellten") → one stem.
_DECLINED = re.compile(
    r"^((?:.{4,}(?:isch|lich))|(?:.*(?:stellt|kannt|prueft|tragt)))(?:e|er|en|es|em)$"
)
# Cheap checks before the loop and the pattern: most tokens fit neither.
_FEMININE_ENDINGS = tuple(ending for ending, _ in _FEMININE)
_DECLINED_LAST = frozenset("ernsm")  # the last letter of every declension ending above
_WORDS = Path(__file__).with_name("data") / "words.yaml"


@cache
def _raw_words() -> dict[str, Any]:
    """``words.yaml``, read once on first use."""
    raw: dict[str, Any] = load_yaml(_WORDS.read_text(encoding="utf-8"))
    return raw


def word_section(name: str) -> Any:
    """One section of ``words.yaml`` as written, for a module that reads its own words (the
    file is still read once)."""
    return _raw_words()[name]


@cache
def _words() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """Filler words and abbreviations from the data file."""
    raw = _raw_words()
    words = [word for text in raw["filler"].values() for word in text.split()]
    # Also as typed without umlauts on a keyboard that has none: "fur", "uber", "mochte".
    filler = frozenset(words) | frozenset(_without_umlauts(word) for word in words)
    generic = frozenset(stem(word) for word in str(raw["generic"]).split())
    return filler, {str(k): str(v) for k, v in raw["abbreviations"].items()}, generic


def _without_umlauts(word: str) -> str:
    """A folded word as typed with the bare vowel for an umlaut ("fuer" -> "fur")."""
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def stopwords() -> frozenset[str]:
    """Filler words (articles, question and request words) in both languages."""
    return _words()[0]


@cache
def person_titles() -> frozenset[str]:
    """Words before a surname ("Frau", "Herrn", "Dr."), lower-case as typed."""
    return frozenset(str(_raw_words()["person_titles"]).split())


@cache
def back_references() -> frozenset[str]:
    """Words a follow-up uses for an occupation named before ("da", "das", "it"), with the
    question's own words; folded."""
    return frozenset(fold(word) for word in str(_raw_words()["back_reference"]).split())


def generic_words() -> frozenset[str]:
    """Head words many occupations share ("Fachkraft", "worker"), already normalised."""
    return _words()[2]


@dataclass(frozen=True, slots=True)
class Normalised:
    """A name or query after normalisation."""

    tokens: tuple[str, ...]
    # The lookup key: tokens without separators (hyphens and spaces do not matter). Joined
    # once: a search reads it for every candidate name it scores.
    compact: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compact", "".join(self.tokens))

    @property
    def spaced(self) -> str:
        return " ".join(self.tokens)


def fold(text: str) -> str:
    """Case, umlauts, accents and the Binnen-I folded away; punctuation is kept."""
    if text.isascii():  # nothing to compose, spell out or strip of accents
        return _BINNEN_I.sub("", text).casefold()
    text = _BINNEN_I.sub("", unicodedata.normalize("NFKC", text))
    text = text.casefold().translate(_UMLAUTS)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(token: str) -> str:
    """Map a feminine or declined form to the shared stem."""
    if token.endswith("innen") and len(token) > 7:
        # a feminine plural ("Köchinnen", "Floristinnen") is its singular; "beginnen" is none
        single = stem(token[:-3])
        if single != token[:-3]:
            return single
    if token.endswith(_FEMININE_ENDINGS):
        for ending, replacement in _FEMININE:
            if token.endswith(ending) and (len(token) > len(ending) or len(ending) > 5):
                token = token[: -len(ending)] + replacement
                break
    declined = _DECLINED.match(token) if token[-1:] in _DECLINED_LAST else None
    return declined.group(1) if declined else token


def _masculine_of_marked(found: re.Match[str]) -> str:
    """ "koech" of "Köch*innen" -> "koch": the feminine form's stem with an umlaut the
    masculine lacks (Köchin, Ärztin); any other word stays as typed."""
    word = found.group(1)
    single = stem(f"{word}in")
    return word if single == f"{word}in" else single


def _tokens(text: str, drop_stopwords: bool) -> list[str]:
    folded = _POSSESSIVE.sub("", fold(text))
    if "ae" in folded or "oe" in folded or "ue" in folded:  # cheap check first
        folded = _MARKED_UMLAUT_STEM.sub(_masculine_of_marked, folded)
    for pattern in _GENDER_MARKERS:
        folded = pattern.sub(" ", folded)
    filler, abbreviations, _ = _words()
    tokens: list[str] = []
    for raw in _SEPARATORS.split(folded):
        if not raw or (drop_stopwords and raw in filler):
            continue
        token = stem(abbreviations.get(raw, raw))
        if not tokens or tokens[-1] != token:  # "Kaufmann/Kauffrau" → one token
            tokens.append(token)
    return tokens


@lru_cache(maxsize=1024)  # a lookup normalises its query three times (exact, search, decide)
def normalise(text: str) -> Normalised:
    """Normalise a name or a query; filler words go unless nothing else is left."""
    tokens = _tokens(text, drop_stopwords=True) or _tokens(text, drop_stopwords=False)
    return Normalised(tuple(tokens))


def title_key(text: str) -> str:
    """The key under which two catalogues' entries count as the same occupation."""
    return normalise(text).compact
