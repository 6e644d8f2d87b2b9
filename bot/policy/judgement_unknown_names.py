"""A capitalised word that is no known word, read as a person's name for the Art. 22 reading.

Clients in NRW have names from everywhere; no list holds them all ("Ist Aoife für die Pflege
geeignet?", "Tendai oder Babajide – wer ist besser?"). A capitalised word counts as a name
when it is no word the engine knows and nothing in the sentence makes it a thing:

- no known word: not in the policy data (cue words, vocabulary, place, organisation and name
  lists; :func:`bot.policy.judgement_typos.known_words`) nor in the skills' data (occupation
  catalogue, synonyms, cue words), also not with an inflection ending taken off
  ("Ausbildungsplätzen") nor as the agent noun of a known verb;
- no compound of known words ("Fachbegriffe"), no noun ending ("-ung", "-ik", "-bau";
  ``judgement_unknown_names.yaml``), no known word of seven letters or more typed with one
  slip ("Fachinformatieker");
- no article or determiner a name never takes, no preposition of place, no "als" or "man"
  right before it ("ein Tablet", "in Wickede", "als Quereinsteiger"); "der"/"die" stay, as
  spoken German puts them before a first name ("die Thandeka"); "bei" only where no noun or
  verb of working stands before it ("Ausbildung bei Vestas" is the employer);
- not called a company right after it ("Ist Rewe ein guter Ausbildungsbetrieb?"), no place,
  tool or thing learned in its clause ("(17 km)", "zu erreichen", "hard to learn"), not paired
  with a thing ("Canva oder Word") nor joined by "&" ("Peek & Cloppenburg");
- nothing its clause says it is used for or costs ("Taugt Kahoot für die Wiederholung?",
  "zum Vokabellernen", "als Lernplattform", "for learning", "zu teuer"), unless the clause
  measures by a degree ("Ist Aoife zu faul zum Lernen?"), and no product everybody knows
  ("Duolingo", ``products``).

Such a word is replaced by the name the patterns know (:data:`judgement_names.CANONICAL`);
whether it then stands where a verdict expects a person is for the patterns to say, as for a
listed name. In a message typed without capitals, a word in lower case counts only right after
the verb that opens a question or after "ob"/"think". Cheap: a word is looked up in a set; only
an unknown one is split or searched for a slip (some 100 µs).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from bot.policy.judgement_typos import known_words
from bot.policy.pii_normalise import fold, fold_uncached
from bot.yaml_data import load_yaml, strings_in

_HERE = Path(__file__).parent
_ROOT = _HERE.parents[1]
_DATA = _HERE / "judgement_unknown_names.yaml"
# A capitalised word of lower-case letters (Latin, with accents); "ReNo", "IHK" are no names.
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]{2,}(?![\w-]|\.\w)")
_LETTERS = re.compile(r"[^\W\d_]+")
_TWO_LETTER_UMLAUT = re.compile(r"(?<=[^\W\d_])(?:ae|oe|ue)")
_LOWER = re.compile(r"(?<![\w-])[a-zß-ÿā-ž]{4,}(?![\w-]|\.\w)")  # a name typed in lower case
_CLAUSE_END = re.compile(r"[,;:.?!\n–—]")
_ENDINGS = ("s", "e", "n", "en", "er", "es", "em", "ern", "ens", "innen", "in")
_LINKS = ("", "s", "es", "n", "en", "e", "er")  # between the parts of a compound
_MIN_SLIP = 7  # a shorter word is as likely a name one letter off a word ("Tigist")
_ALPHABET = "abcdefghijklmnopqrstuvwxyzß"  # (the keys are folded: no umlauts)
_LONG_PART = 6  # a known word this long ends a compound whatever comes before (one letter
# shorter: starts it whatever follows)
_MIN_PART = 4  # a part of a compound (or a word's stem) has at least this many letters
# the word before: the last word of what precedes, with nothing but blanks between
_WORD_NEXT = re.compile(r"[ \t]+[^\W\d_]")  # another word follows
_NOUN_NEXT = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöüß]")  # a capitalised word follows
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(_DATA.read_text(encoding="utf-8"))
    return data


@cache
def _vocabulary() -> frozenset[str]:
    """Every word of the skills' data files, lower case and folded (read as text: the words
    are wanted, not the structure, and parsing the catalogue would cost seconds)."""
    words: set[str] = set()
    for folder in _data()["vocabulary_files"]:
        for path in sorted((_ROOT / str(folder)).rglob("*.yaml")):
            words.update(_LETTERS.findall(path.read_text(encoding="utf-8").lower()))
    return frozenset(fold_uncached(word) for word in words)


@cache
def _known() -> frozenset[str]:
    """Every known word, names included."""
    return frozenset(fold(word) for word in known_words()) | _vocabulary()


@cache
def _words() -> frozenset[str]:
    """The known words less the names: the parts of inflected words and compounds ("Bron" +
    "wen" is no compound), and what a slip is made from. A family name the gazetteer keeps
    apart as a word stays ("Koch", "Bauer"); a given name does not ("Johannes")."""

    def words_of(file: str) -> set[str]:
        return set(map(fold, _LETTERS.findall((_HERE / file).read_text(encoding="utf-8"))))

    given = words_of("pii_given_names.txt")
    names = given | words_of("pii_family_names.txt")
    for file in ("first_names.yaml", "judgement_given_names.yaml"):
        for text in strings_in(load_yaml((_HERE / file).read_text(encoding="utf-8")), keys=True):
            names.update(fold(word) for word in _LETTERS.findall(text))
    word_names = words_of("pii_ambiguous_names.txt") - given
    return frozenset((_known() - names) | word_names)


class _Context(NamedTuple):
    not_after: frozenset[str]
    person_before: re.Pattern[str]
    employer_verbs: frozenset[str]
    place_after_von: re.Pattern[str]
    thing_clause: re.Pattern[str]
    purpose_clause: re.Pattern[str]
    degree: re.Pattern[str]
    company_after: re.Pattern[str]
    pair_after: re.Pattern[str]
    pair_before: re.Pattern[str]
    joined: re.Pattern[str]  # "&" after it
    joined_before: re.Pattern[str]  # "&" before it
    verb_next: re.Pattern[str]


@cache
def _context() -> _Context:
    data = _data()
    pair = str(data["pair"])
    join = re.escape(str(data["company_join"]))
    return _Context(
        frozenset(str(word).lower() for word in data["not_after"]),
        re.compile(str(data["person_before"]), re.IGNORECASE),
        frozenset(str(word).lower() for word in data["employer_verbs"]),
        re.compile(str(data["place_after_von"]), re.IGNORECASE),
        re.compile(str(data["thing_clause"]), re.IGNORECASE),
        re.compile(str(data["purpose_clause"]), re.IGNORECASE),
        re.compile(str(data["degree"]), re.IGNORECASE),
        re.compile(str(data["company_after"]), re.IGNORECASE),
        re.compile(rf"[ \t]*{pair}[ \t]*([^\W\d_]+)", re.IGNORECASE),
        re.compile(rf"([^\W\d_]+)[ \t]*{pair}[ \t]*$", re.IGNORECASE),
        re.compile(rf"[ \t]*{join}"),
        re.compile(rf"{join}[ \t]*$"),
        re.compile(str(data["verb_next"])),
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause around ``text[start:end]``."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    return begin, after.start() if after else len(text)


@cache
def _noun_endings() -> tuple[str, ...]:
    return tuple(str(end) for end in _data()["noun_endings"])


@cache
def _not_names() -> frozenset[str]:
    return frozenset(fold(str(word)) for word in _data()["not_names"]) | _products()


def _is_inflected(key: str) -> bool:
    """A known word (no name) with an inflection ending ("ausbildungsplätzen"), or the agent
    noun of a known verb ("Einsteiger", "Einsteigerin" of "einsteigen")."""
    words = _words()
    if key in words:
        return True
    for end in _ENDINGS:
        if key.endswith(end) and len(key) - len(end) >= _MIN_PART:
            stem = key[: -len(end)]
            if stem in words or (stem.endswith("er") and f"{stem[:-2]}en" in words):
                return True
    return key.endswith("er") and f"{key[:-2]}en" in words


def _is_known(key: str) -> bool:
    if key in _known() or _is_inflected(key):
        return True
    # an umlaut typed as two letters ("Zaehlt"; the keys hold "zahlt")
    plain = _TWO_LETTER_UMLAUT.sub(lambda found: found.group()[0], key)
    return plain != key and (plain in _known() or _is_inflected(plain))


def _is_compound(key: str, depth: int = 0) -> bool:
    """Whether ``key`` is known words joined ("fachbegriffe": "fach" + "begriffe"), or has a
    known word of five letters or more before a part of four, or one of six after a part of
    four, or a known word before a known word typed with a slip ("Nachtdiensetn",
    "Fachkrätebedarf", "Bürokaufluete": a compound with a slip in one part)."""
    known = _words()
    for cut in range(_MIN_PART, len(key) - _MIN_PART + 1):
        head, tail = key[:cut], key[cut:]
        if len(tail) >= _LONG_PART and _is_inflected(tail):
            return True  # "Fachkrätebedarf"
        heads = [head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)]
        if not any(part in known for part in heads):
            continue
        if any(len(part) >= _LONG_PART - 1 and part in known for part in heads):
            return True
        if _is_inflected(tail) or (depth < 2 and _is_compound(tail, depth + 1)):
            return True
        if len(tail) >= _MIN_SLIP and _is_slip(tail):
            return True  # "Bürokaufluete"
    return False


def _is_slip(key: str) -> bool:
    """Whether ``key`` is a known word (no name) typed with one slip: a letter left out,
    added, changed, or two swapped ("fachinformatieker", "pflegefachfrua")."""
    words = _words()
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    for head, tail in splits:
        if tail and head + tail[1:] in words:
            return True
        if len(tail) > 1 and head + tail[1] + tail[0] + tail[2:] in words:
            return True
        for letter in _ALPHABET:
            if head + letter + tail in words or (tail and head + letter + tail[1:] in words):
                return True
    return False


def is_unknown_word(word: str) -> bool:
    """Whether ``word`` is no word the engine knows: not listed, not inflected from a listed
    word, not a compound of listed words, no noun by its ending, no listed word typed with a
    slip."""
    key = fold(word)
    if key in _not_names() or _is_known(key):
        return False
    if key.endswith(_noun_endings()) or _is_compound(key):
        return False
    return len(key) < _MIN_SLIP or not _is_slip(key)


def is_product(word: str) -> bool:
    """Whether ``word`` is a product, an app or a platform of the list
    (``judgement_unknown_names.yaml``: ``products``)."""
    return fold(word) in _products()


@cache
def _products() -> frozenset[str]:
    return frozenset(fold(str(word)) for word in _data()["products"])


def used_for_something(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` says what a thing is used for or what
    it costs ("… for learning German vocab", "zum Vokabellernen", "zu teuer") and measures
    nobody by a degree ("zu faul zum Lernen")."""
    context = _context()
    begin, finish = _clause(text, start, end)
    return bool(
        context.purpose_clause.search(text, begin, finish)
        and not context.degree.search(text, begin, finish)
    )


def _is_thing(word: str, name: str, lower_case: bool) -> bool:
    """A capitalised word that names a thing: a known word (the listed given names are
    ``name`` by now), or a noun by its ending."""
    shaped = word[:1].isupper() or lower_case  # (in lower case, a noun is lower case too)
    return shaped and word != name and not is_unknown_word(word)


def _a_person(text: str, found: re.Match[str], name: str, lower_case: bool) -> bool:
    context = _context()
    before = _WORD_BEFORE.search(text, 0, found.start())
    word_before = before.group(1).lower() if before else ""
    person_before = context.person_before.search(text, 0, found.start())
    if word_before in context.not_after and not person_before:
        return False
    if word_before == "bei" and not _bei_a_person(text, before.start() if before else 0):
        return False
    if word_before == "von" and context.place_after_von.match(text, found.end()):
        return False
    if context.company_after.match(text, found.end()) or context.verb_next.match(
        text, found.end()
    ):
        return False
    if context.joined.match(text, found.end()) or context.joined_before.search(
        text, max(0, found.start() - 4), found.start()
    ):
        return False
    begin, end = _clause(text, found.start(), found.end())
    if context.thing_clause.search(text, begin, end):
        return False
    if used_for_something(text, found.start(), found.end()):
        return False  # "Taugt Kahoot für die Wiederholung?"
    after = context.pair_after.match(text, found.end())
    if after is not None and _is_thing(after.group(1), name, lower_case):
        return False
    paired = context.pair_before.search(text, max(0, found.start() - 40), found.start())
    return paired is None or not _is_thing(paired.group(1), name, lower_case)


def _bei_a_person(text: str, bei: int) -> bool:
    """Whether "bei" at ``bei`` takes a person: not after a noun or a verb of working."""
    before = _WORD_BEFORE.search(text, 0, bei)
    if before is None:
        return True
    word = before.group(1)
    return not word[:1].isupper() and word.lower() not in _context().employer_verbs


def names_unknown_person(
    text: str, found: re.Match[str], name: str, lower_case: bool = False
) -> bool:
    """Whether the capitalised word ``found`` of ``text`` is no known word and stands where
    nothing makes it a thing (``name``: the name listed names are read as by now)."""
    word = found.group()
    return word != name and is_unknown_word(word) and _a_person(text, found, name, lower_case)


def with_unknown_names(text: str, name: str, lower_case: bool = False) -> str:
    """``text`` with each capitalised word that is no known word, where nothing makes it a
    thing, replaced by ``name``, a name the patterns know (module docstring). Where the
    writer does not capitalise (``lower_case``), a word in lower case counts only right
    after the verb that opens a question or after "ob"/"think" ("ist eoghan intelligent
    genug", "do you think bongani will make it")."""

    genitive = f"{name}s"

    def read(found: re.Match[str]) -> str:
        word = found.group()
        if word == genitive or not names_unknown_person(text, found, name):
            return word
        # "Tendais Chancen": the genitive before a noun
        return genitive if word.endswith("s") and _NOUN_NEXT.match(text, found.end()) else name

    text = _CAPITALISED.sub(read, text)
    if not lower_case:
        return text
    slot = _lower_slot()

    def read_lower(found: re.Match[str]) -> str:
        # (a word closing the question is the predicate: "ist der saufaul?")
        if _WORD_NEXT.match(text, found.end()) and slot.search(text, 0, found.start()):
            return name if names_unknown_person(text, found, name, True) else found.group()
        return found.group()

    return _LOWER.sub(read_lower, text)


@cache
def _lower_slot() -> re.Pattern[str]:
    return re.compile(str(_data()["lower_case_slot"]), re.IGNORECASE)
