"""Person names without a cue, found in a list of first and last names ("Aylin war heute da").

The lists are compact extracts of the names-dataset package (see
``bench/pii/build_gazetteer.py``), loaded on first use. Like Presidio's recognisers, a listed
name is evidence, and context decides: a name that is also an ordinary word ("Rose", "Mark",
"Koch", "Hamm") counts only next to another name or before a verb that people do ("Rose
sagte"); occupations and places ("Kaufmann", "Hamm") never count on their own. A name that is
not also a word counts wherever it stands, in any case ("aylin", "AYLIN"), and takes the
capitalised words that follow it as its surname ("Aylin Kocabıyık").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path

from bot.policy.pii_normalise import fold, fold_uncached
from bot.policy.pii_types import Finding, PiiKind, finding, per_text_cache, words_where
from bot.yaml_data import load_yaml

_HERE = Path(__file__).parent
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words standing next to each other with only blanks between: a name never spans punctuation.
_RUN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*)*")
_PARTS = re.compile(r"['’-]")
_MIN_CAPITALS = 4  # a listed name in capitals has at least this many letters ("ATA" is not)
_IN_ADDRESS = re.compile(r"[.\w-]*@")
_IN_RUN = frozenset(" \t-'’")
_MIN_LOWER = 4  # a lower-case listed name needs at least this many letters ("ali" is a word)
_MAX_TAKEN = 2  # unlisted capitalised words taken as surname after a first name


class _Class(Enum):
    NAME = "name"  # listed, not an ordinary word
    WORD_NAME = "word_name"  # listed and an ordinary word: needs context
    NEVER_ALONE = "never_alone"  # an occupation or a place: only next to another name
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class _Lists:
    names: frozenset[str]
    word_names: frozenset[str]
    never_alone: frozenset[str]
    person_verbs: frozenset[str]
    not_names: frozenset[str]
    common: frozenset[str]


def _read(filename: str) -> list[str]:
    lines = (_HERE / filename).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def _lists() -> _Lists:
    data = load_yaml((_HERE / "pii_gazetteer.yaml").read_text(encoding="utf-8"))
    cues = load_yaml((_HERE / "pii_names.yaml").read_text(encoding="utf-8"))
    files = ("pii_given_names.txt", "pii_family_names.txt")
    names = frozenset(key for file in files for name in _read(file) for key in _keys(name))
    ambiguous = _read("pii_ambiguous_names.txt")
    never_alone = frozenset(key for n in ambiguous if n[0] == "~" for key in _keys(n[1:]))
    # employers named after a family are never names on their own ("bei Rossmann")
    never_alone |= frozenset(key for n in data["employers"] for key in _keys(str(n)))
    word_names = frozenset(key for n in ambiguous if n[0] != "~" for key in _keys(n)) - names
    # Folding joins "Gärtner" (an occupation) and "Gartner" (a name): the occupation wins.
    return _Lists(
        names=names - never_alone,
        word_names=word_names | never_alone,
        never_alone=never_alone,
        person_verbs=frozenset(fold(verb) for verb in data["person_verbs"]),
        # Cue words ("Schüler", "Mutter", "Frau") are never part of a name found here.
        not_names=frozenset(
            fold(word)
            for key in ("not_names", "particles", "roles", "labels", "salutations", "greetings")
            for word in cues[key]
        ),
        common=frozenset(fold(word) for word in cues["common_words"]),
    )


@cache
def given_name_keys() -> frozenset[str]:
    """The keys of the listed first names (not the family names), less every name that is
    also an ordinary word or never stands alone (the ambiguous list)."""
    ambiguous = {key for n in _read("pii_ambiguous_names.txt") for key in _keys(n.lstrip("~"))}
    given = {key for name in _read("pii_given_names.txt") for key in _keys(name)}
    return frozenset(given - ambiguous)


def lookup_key(word: str) -> str:
    """The key under which :func:`given_name_keys` holds ``word``."""
    return _key(word)


def _keys(name: str) -> tuple[str, ...]:
    """The keys under which a listed name is found: as written, and without its diacritics
    ("Yılmaz" also as "yilmaz", since counsellors often type it so)."""
    exact = _key(name)
    return (exact,) if name.isascii() else (exact, fold_uncached(name))


def _key(word: str) -> str:
    """The lookup key of a word: a word with diacritics must match them ("Bücher" is not the
    name "Bucher"); a word without may match a name with them ("Yilmaz", "Yılmaz")."""
    return word.lower() if word.isascii() else word.casefold()


def _name_shaped(word: str) -> bool:
    """Names are written "Aylin", "aylin" or "AYLIN"; "ReNo", "PiA" or "ATA" are abbreviations."""
    for part in _PARTS.split(word):
        if part.isupper():
            if len(part) < _MIN_CAPITALS:
                return False
        elif not (part.islower() or (part[:1].isupper() and part[1:].islower())):
            return False
    return True


@per_text_cache
def _classify(word: str) -> _Class:
    lists = _lists()
    if not _name_shaped(word):
        return _Class.OTHER
    key = _key(word)
    if key in lists.not_names or key in lists.common:
        return _Class.OTHER
    parts = re.split(r"['’-]", key) if "-" in key or "'" in key or "’" in key else [key]
    if key in lists.names or (len(parts) > 1 and all(p in lists.names for p in parts)):
        return _Class.NAME
    known = [p in lists.names or p in lists.word_names for p in parts]
    if len(parts) > 1 and all(known) and any(p in lists.names for p in parts):
        return _Class.NAME  # "Yılmaz-Koch"
    if key in lists.never_alone:
        return _Class.NEVER_ALONE
    if key in lists.word_names:
        return _Class.WORD_NAME
    return _Class.OTHER


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def find_listed_names(text: str) -> list[Finding]:
    """Listed first and last names, with their neighbours (see the module docstring)."""
    lists = _lists()
    found: list[Finding] = []
    done = 0
    for listed in words_where(text, _is_listed):
        if listed.start() < done or _IN_ADDRESS.match(text, listed.end()):
            continue  # in a run already looked at, or part of an e-mail address
        run = _RUN.match(text, _run_start(text, listed.start()))
        if run is None:
            continue
        found.extend(_names_in_run(text, list(_WORD.finditer(text, *run.span())), lists))
        done = run.end()
    return found


@per_text_cache
def _is_listed(word: str) -> bool:
    """Whether a name can start or stand around ``word``; occupations and places cannot (they
    count only next to a name, which is found itself)."""
    kind = _classify(word)
    if kind is _Class.NAME:
        return _capitalised(word) or len(word) >= _MIN_LOWER
    return kind is _Class.WORD_NAME and _capitalised(word)


def _run_start(text: str, position: int) -> int:
    """Where the run of blank-separated words around ``position`` begins."""
    start = position
    while start > 0 and (text[start - 1] in _IN_RUN or text[start - 1].isalpha()):
        start -= 1
    while text[start] in _IN_RUN:
        start += 1  # the run starts with a word, not with a blank or a hyphen
    return start


def _names_in_run(text: str, run: list[re.Match[str]], lists: _Lists) -> list[Finding]:
    classes = [_classify(word.group()) for word in run]
    found: list[Finding] = []
    position = 0
    while position < len(run):
        word, kind = run[position].group(), classes[position]
        end = position
        if kind is _Class.NAME and (_capitalised(word) or len(word) >= _MIN_LOWER):
            end = _extend(run, classes, position)
        elif kind in (_Class.WORD_NAME, _Class.NEVER_ALONE) and _capitalised(word):
            following = classes[position + 1] if position + 1 < len(run) else None
            capital_next = following is not None and _capitalised(run[position + 1].group())
            if capital_next and following in (_Class.NAME, _Class.WORD_NAME, _Class.NEVER_ALONE):
                end = _extend(run, classes, position + 1)
            elif (
                kind is _Class.WORD_NAME
                and _verb_follows(run, position, lists)
                and not _AFTER_DETERMINER.search(text, 0, run[position].start())
            ):
                end = position
            else:
                position += 1
                continue
        else:
            position += 1
            continue
        found.append(finding(PiiKind.PERSON_NAME, text, run[position].start(), run[end].end()))
        position = end + 1
    return found


def _extend(run: list[re.Match[str]], classes: list[_Class], position: int) -> int:
    """The last word of the name that starts or continues at ``position``."""
    end, taken = position, 0
    while end + 1 < len(run) and _capitalised(run[end + 1].group()):
        following = classes[end + 1]
        if following is _Class.OTHER:
            word = run[end + 1].group()
            if taken >= _MAX_TAKEN or classes[position] is not _Class.NAME:
                break
            if word.isupper() or _is_common(word):
                break  # text in capitals, or a frequent word: "KOWALSKI KAM ZU SPÄT"
            taken += 1
        end += 1
    return end


def _is_common(word: str) -> bool:
    lists = _lists()
    key = fold(word)
    return key in lists.common or key in lists.not_names


# A word name after an indefinite, negating, possessive or demonstrative determiner is the
# word: "kein Abi hat", "sein Abi hat", "das Abi hat", "wer den Platz bekommt" (a name takes at
# most "der"/"die" in speech).
_AFTER_DETERMINER = re.compile(
    r"(?<![^\W\d_])(?:k?ein|k?eine[nms]?|sein|seine[nms]?|ihr|ihre[nms]?|mein|meine[nms]?"
    r"|dein|deine[nms]?|unser|unsere[nms]?|euer|eure[nms]?|das|den|dem|des|diese[nmrs]?"
    r"|jede[nmrs]?|welche[nmrs]?|ohne|no|a|an|the|this|that|his|her|my|their"
    # a subject before it: the word is what the subject has ("wenn man Abi hat")
    r"|man|ich|du|er|sie|wir)"
    r"[ \t]+$",
    re.IGNORECASE,
)


def _verb_follows(run: list[re.Match[str]], position: int, lists: _Lists) -> bool:
    return position + 1 < len(run) and fold(run[position + 1].group()) in lists.person_verbs


def is_word_name(key: str) -> bool:
    """Whether the folded name ``key`` is also an ordinary word ("koch", "rose")."""
    lists = _lists()
    return key in lists.word_names and key not in lists.names


def is_not_name(key: str) -> bool:
    """Whether the folded word ``key`` is never a name part (pronouns, particles, ...)."""
    lists = _lists()
    return key in lists.not_names or key in lists.common


def is_plain_name(word: str) -> bool:
    """Whether ``word`` is a capitalised listed first or last name that is no ordinary word
    ("Marco", "Ayla"; not "Koch" or "Rose")."""
    return _capitalised(word) and _classify(word) is _Class.NAME


def is_listed_name(word: str) -> bool:
    """Whether ``word`` is a capitalised listed name, also one that is a word ("Krüger")."""
    return _capitalised(word) and _classify(word) in (_Class.NAME, _Class.WORD_NAME)


def is_name_after_title(word: str) -> bool:
    """Whether ``word``, after "Herr"/"Frau", is a listed name: also one that is a word and one
    that never stands alone ("Koch"), in whatever case it was typed ("herr demir")."""
    word = word[:1].upper() + word[1:]
    return _classify(word) in (_Class.NAME, _Class.WORD_NAME, _Class.NEVER_ALONE)
