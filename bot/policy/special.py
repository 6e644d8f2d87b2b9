"""Special categories of personal data (GDPR Art. 9) mentioned in a message.

Only the categories are reported, never the words. The cue lists and their matching rules live
in ``special_categories.yaml`` (words) and ``special_phrases.yaml`` (everyday descriptions such
as "trinkt … zu viel") so they can be extended without code.

The reminder is about data on clients, so a cue does not count (``special_context.yaml``)
- in a clause about the counsellor's own situation that names nobody else ("ich bin heute
  krank", "bin krankgeschrieben, der Termin fällt aus"), the counsellor's family included
  ("meine Tochter ist krank, ich muss früher weg");
- as part of an occupation ("Rehabilitationspädagogin", "Religionslehrer");
- as a workplace in a clause about work or training ("Praktikum in der Psychiatrie"), or an
  employer ("bei der Kirche als Hausmeister"); not a stay ("war in der Klinik und will jetzt
  eine Ausbildung machen");
- after words for people in general ("für Menschen mit Behinderung");
- when it is a weak cue (a place or service as often as data: "Krankenhaus", "Kirche", "OP")
  in a clause that names nobody;
- in a question in general that names nobody ("darf man mit Diabetes Busfahrer werden?"), or
  a question about a topic in a message that names nobody ("Was ist ein Pflegegrad?");
- as a school subject ("die Note in Religion", "Religion als Schulfach");
- as part of an organisation's name ("Evangelisches Krankenhaus", "Katholische Hochschule");
- describing a thing, a school subject or an occupation ("ein krankes Angebot", "Herkunft der
  Daten", "in Religion und Ethik eine 2", "mental health nurse": ``special_things``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path

from bot.policy.judgement import person_pattern
from bot.policy.special_context import context_data
from bot.policy.special_phrases import load_phrases
from bot.policy.special_things import describes_no_person
from bot.policy.special_typos import TypoCue, find_typos, typo_cues
from bot.word_lists import alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("special_categories.yaml")
_CLAUSE_END = re.compile(r"[.!?;,:\n–—]|\s-\s")
_GENDER_ENDING = r"(?:in|innen|en|e|n|s)?"
_HYPHENATED = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CONJUNCTION = re.compile(r"\b(?:und|oder|aber|sondern|denn|and|but|or)\b", re.IGNORECASE)
_SHE = re.compile(r"^\s*Sie\s+(?:ist|war|hat|geht|nimmt|leidet|lebt|kommt|trägt)\b")
_INFLECTION = r"(?:e|en|er|es|em|n|s)?"
_LETTER = r"[^\W\d_]"
_COUNTED = re.compile(
    r"(?<![^\W\d_])(?:\d+|zwei|drei|vier|fünf|beide|beiden|two|three|both|"
    r"(?:ihr|sein|unser|my|her|his|their)(?:e|en|em|er)?)\s+$",
    re.IGNORECASE,
)
_PEOPLE_ENDINGS = ("te", "ten", "linge", "lingen", "er", "ern", "innen", "isten")
_POSSESSIVE = r"(?:(?:ihr|sein)(?:e|en|em|er|es)?|his|her|their)\s"
_NAMES = Path(__file__).with_name("first_names.yaml")
# A cue that is also a first name ("Christian") names the category only where a name cannot
# stand: after a copula ("she is Christian", "is a devout Christian"), or in lower case.
_CATEGORY_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:is|are|was|were|am|be|being|as|ist|sind|war|waren)"
    r"(?:\s+(?:a|devout|practising|practicing|strict|strenge?r?))*\s+$",
    re.IGNORECASE,
)

HEALTH = "health"
RELIGION = "religion"
ORIGIN = "origin"
SEXUAL_ORIENTATION = "sexual_orientation"
POLITICAL = "political"
UNION = "union"
GENETIC_BIOMETRIC = "genetic_biometric"
CATEGORIES = (HEALTH, RELIGION, ORIGIN, SEXUAL_ORIENTATION, POLITICAL, UNION, GENETIC_BIOMETRIC)


def _cue_pattern(cue: str) -> str:
    """The regex for one cue (without the case marker), following the rules in the YAML."""
    prefix = cue.endswith("*")
    words = cue.rstrip("*").split()
    parts = [re.escape(word) + ("" if prefix and i == len(words) - 1 else _INFLECTION)
             for i, word in enumerate(words)]  # fmt: skip
    body = r"\s+".join(parts)
    return body + (f"{_LETTER}*" if prefix else "")


def _category_pattern(
    groups: dict[str, list[str]], ignore_case: bool, word_start: bool = True
) -> re.Pattern[str] | None:
    branches = []
    initials: set[str] = set()
    for category, cues in groups.items():
        if not cues:
            continue
        branches.append(f"(?P<{category}>{'|'.join(_cue_pattern(cue) for cue in cues)})")
        for cue in cues:
            initials |= {cue[0].lower(), cue[0].upper()} if ignore_case else {cue[0]}
    if not branches:
        return None
    # The leading lookahead lets the regex engine skip to possible first letters quickly.
    lookahead = f"(?=[{re.escape(''.join(sorted(initials)))}])"
    start = f"(?<!{_LETTER})" if word_start else ""
    pattern = rf"{lookahead}{start}(?:{'|'.join(branches)})(?!{_LETTER})"
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, weak) pairs: case-insensitive and case-sensitive cues, strong and weak."""
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    unknown = set(data) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"{_DATA.name}: unknown categories {sorted(unknown)}")
    compiled = []
    # A compound's end ("*allergie") gets a pattern of its own: only there may letters come
    # before the cue, and a shared one would lose the quick start of the others.
    for weak, sensitive, ending in product((False, True), repeat=3):
        groups: dict[str, list[str]] = {}
        for category, cues in data.items():
            chosen = []
            for cue in map(str, cues):
                is_weak = cue.startswith("~")
                cue = cue.removeprefix("~")
                is_ending = cue.removeprefix("=").startswith("*")
                if is_weak == weak and cue.startswith("=") == sensitive and is_ending == ending:
                    chosen.append(cue.removeprefix("=").removeprefix("*"))
            groups[category] = chosen
        pattern = _category_pattern(groups, not sensitive, word_start=not ending)
        if pattern is not None:
            compiled.append((pattern, weak))
    return tuple(compiled)


@cache
def _context() -> tuple[re.Pattern[str], ...]:
    data = context_data()
    word = r"(?<!{0})(?:{1})(?!{0})"
    # "sie" in lower case is a third person; "Sie" opening a clause may be either.
    others = (
        alternation(data["others"])
        + rf"|(?:{alternation(data['others_before_a_word'])})(?=\s+{_LETTER})|(?-i:sie)"
    )
    return (
        re.compile(word.format(_LETTER, alternation(data["own"])), re.IGNORECASE),
        re.compile(rf"^\s*(?:{alternation(data['own_openers'])})(?!{_LETTER})", re.IGNORECASE),
        re.compile(word.format(_LETTER, others), re.IGNORECASE),
        re.compile(
            word.format(_LETTER, alternation(data["work"]))
            + rf"|(?:{alternation(data['occupation_endings'])}){_GENDER_ENDING}(?!{_LETTER})",
            re.IGNORECASE,
        ),
        # (a hyphenated first part, an adjective or a name may come between: "in der
        # Reha-Klinik", "bei der Evangelischen Kirche", "bei den Sana Kliniken")
        re.compile(
            rf"(?<!{_LETTER})(?:{alternation(data['places'])})\s+(?:[\w.]+-)?"
            rf"(?:{_LETTER}+(?:e|en|er|es|em)\s+|(?-i:[A-ZÄÖÜ])[\w.]*\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:{alternation(data['occupation_endings'])}){_GENDER_ENDING}$", re.IGNORECASE
        ),
        # (not with a possessive between: "Nachweis über ihre Schwerbehinderung" is hers)
        re.compile(
            rf"(?<!{_LETTER})(?:{alternation(data['general'])})\s+(?!{_POSSESSIVE})"
            rf"(?:{_LETTER}+\s+){{0,2}}$",
            re.IGNORECASE,
        ),
    )


@cache
def _own_family() -> re.Pattern[str]:
    """A possessive of the first person before a family word ("mein Sohn", "my daughter")."""
    data = context_data()
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(data['own_possessives'])})\s+"
        rf"(?:{alternation(data['family'])})(?!{_LETTER})",
        re.IGNORECASE,
    )


@cache
def _generic() -> re.Pattern[str]:
    """A question in general ("darf man …", "kann jemand …")."""
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(context_data()['generic'])})(?!{_LETTER})", re.I
    )


@cache
def _groups() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Text after and before a cue that makes it a group of people in general."""
    data = context_data()
    return (
        re.compile(rf"\s+(?:{alternation(data['group_after'])})(?!{_LETTER})", re.IGNORECASE),
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['group_before'])})\s+$", re.IGNORECASE),
    )


def _group_end(text: str, cue: _Cue) -> int | None:
    """Where a group of people in general that the cue describes ends ("behinderte Menschen",
    "für Geflüchtete"), or None."""
    after, before = _groups()
    if _COUNTED.search(text, max(0, cue.start - 20), cue.start):
        return None  # "zwei behinderte Kinder", "ihre behinderten Kinder": these people
    noun = after.match(text, cue.end, cue.end + 30)
    if noun:
        return noun.end()
    # "für Geflüchtete", "wie viele Diabetiker": only a word for people, not "für Epilepsie"
    people = cue.words[:1].isupper() and cue.words.lower().endswith(_PEOPLE_ENDINGS)
    if people and before.search(text, max(0, cue.start - 20), cue.start):
        return cue.end
    return None


@cache
def _not_data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Text before a cue, text after it, and text after a religious cue that make it no data."""
    data = context_data()
    return (
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['subject_before'])})\s+$", re.IGNORECASE),
        re.compile(rf"^\s*(?:{alternation(data['subject_after'])})(?!{_LETTER})", re.IGNORECASE),
        re.compile(
            rf"^\s+(?:[\w.]+-)?(?:{alternation(data['bodies'])}){_INFLECTION}(?!{_LETTER})",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue found in a message: where, the words matched, and its category."""

    start: int
    end: int
    words: str
    category: str


def _not_data_here(text: str, cue: _Cue) -> bool:
    """A school subject, a thing, an occupation or, for a religious cue, an organisation's
    name."""
    subject_before, subject_after, body = _not_data()
    after = text[cue.end : cue.end + 40]
    if subject_before.search(text, max(0, cue.start - 30), cue.start):
        return True
    if subject_after.match(after) or describes_no_person(text, cue.start, cue.end, cue.category):
        return True
    return cue.category == RELIGION and body.match(after) is not None


@cache
def _first_names() -> frozenset[str]:
    names = load_yaml(_NAMES.read_text(encoding="utf-8"))["names"]
    return frozenset(str(name) for name in names)


def _is_a_name(text: str, cue: _Cue) -> bool:
    """A capitalised cue that is a listed first name and stands where a name stands
    ("Christian Weber", "Christian kam heute"), not as a word for the category."""
    if cue.words not in _first_names():
        return False
    return not _CATEGORY_WORD_BEFORE.search(text, max(0, cue.start - 20), cue.start)


def _names_a_person(clause: str) -> bool:
    """A person named, not as part of a name ("Johannes-Krankenhaus", "Anne-Frank-Schule")."""
    return any(
        not clause.startswith("-", found.end()) for found in person_pattern().finditer(clause)
    )


def _counts(text: str, cue: _Cue, weak: bool, notes: bool = False) -> bool:
    """Whether a cue found in ``text`` is data about a client (see the module docstring)."""
    own, opener, others, work, place, occupation, general = _context()
    if occupation.search(cue.words) and len(cue.words) > 8:
        return False
    # a hyphenated occupation ("Autismus-Therapeut", "Sucht-Berater")
    hyphenated = _HYPHENATED.match(text, cue.end)
    if hyphenated and occupation.search(hyphenated.group()):
        return False
    if _is_a_name(text, cue):
        return False
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, cue.start)), default=0)
    end_match = _CLAUSE_END.search(text, cue.end)
    clause = text[start : end_match.start() if end_match else len(text)]
    # the counsellor's own family is the counsellor's ("meine Tochter ist krank"): read as "ich"
    reading = _own_family().sub(lambda found: "ich".ljust(len(found.group())), clause)
    about_me = own.search(reading) or opener.match(reading) or _generic().search(reading)
    # Someone else: the words for others, a name or "Sie" opening a statement about her.
    someone = others.search(reading) or _names_a_person(reading) or _SHE.match(reading)
    if (about_me or weak) and not someone:
        return False
    if not notes and _question_in_general(text, cue):
        return False
    # Words for work around the cue: not the cue itself ("in der Klinik" is no workplace for
    # its "Klinik"), nor after "und" ("war in der Klinik und will jetzt eine Ausbildung").
    after = text[cue.end : start + len(clause)]
    around = f"{text[start : cue.start]} {_CONJUNCTION.split(after, maxsplit=1)[0]}"
    # people in general, or a group someone works with ("will mit behinderten Kindern arbeiten")
    group_end = _group_end(text, cue)
    if group_end is not None:
        rest = text[start : cue.start] + text[group_end : start + len(clause)]
        if work.search(around) or not (others.search(rest) or _names_a_person(rest)):
            return False
    before = text[start : cue.start]
    if general.search(before) or _not_data_here(text, cue):
        return False
    return not (place.search(before) and (work.search(around) or _employed_as(text, cue.end)))


@cache
def _question_opener() -> re.Pattern[str]:
    opener = rf"\s*(?:{alternation(context_data()['question_openers'])})(?!{_LETTER})"
    return re.compile(opener, re.IGNORECASE)


def _question_in_general(text: str, cue: _Cue) -> bool:
    """A question about a topic ("Was ist der Unterschied zwischen Pflegestufe und
    Pflegegrad?") in a message that names nobody at all."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, cue.start)), default=0)
    end = _SENTENCE_END.search(text, cue.end)
    if end is None or end.group() != "?" or not _question_opener().match(text, start):
        return False
    _own, _opener, others, *_rest = _context()
    return not (others.search(text) or _names_a_person(text) or _SHE.search(text))


@cache
def _employed_as_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{alternation(context_data()['employed_as'])})\s+{_LETTER}", re.IGNORECASE
    )


def _employed_as(text: str, end: int) -> bool:
    """The place before the cue is an employer: "bei der Kirche als Hausmeister"."""
    return _employed_as_pattern().match(text, end) is not None


def said_of_oneself(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a clause where the counsellor speaks of themselves
    or a colleague by name of role ("ich", "Beraterin", "Kollegin") and of nobody else.

    Unlike the reminder's own reading, a clause without a subject ("war 3 Wochen krank")
    is not taken as the counsellor's: notes leave out the client as their subject."""
    own, _opener, others, *_rest = _context()
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    clause_end = _CLAUSE_END.search(text, end)
    clause = text[clause_start : clause_end.start() if clause_end else len(text)]
    if not own.search(clause):
        return False
    return not (others.search(clause) or person_pattern().search(clause) or _SHE.match(clause))


def _cues_in(text: str) -> Iterator[tuple[_Cue, bool]]:
    """Every cue in ``text`` with whether it is weak: as listed, then typed with a slip."""
    for pattern, weak in _patterns():
        for match in pattern.finditer(text):
            if match.lastgroup:
                yield _Cue(match.start(), match.end(), match.group(), match.lastgroup), weak
    phrases = load_phrases(CATEGORIES)
    for match in phrases.pattern.finditer(text):
        category, weak = phrases.meaning[match.lastgroup or ""]
        yield _Cue(match.start(), match.end(), match.group(), category), weak
    for category, start, end in find_typos(text, _typo_cues()):
        yield _Cue(start, end, text[start:end], category), False


@cache
def _typo_cues() -> tuple[TypoCue, ...]:
    return typo_cues(load_yaml(_DATA.read_text(encoding="utf-8")))


def find_special_categories(text: str, *, notes: bool = False) -> frozenset[str]:
    """The Art. 9 categories mentioned in ``text``: names from ``CATEGORIES``.

    ``notes``: ``text`` is from session notes, which are about a client even where they name
    nobody; a question there ("hat Diabetes?") is an open point about the client, not a
    question about a topic."""
    found: set[str] = set()
    for cue, weak in _cues_in(text):
        if cue.category not in found and _counts(text, cue, weak, notes):
            found.add(cue.category)
            if len(found) == len(CATEGORIES):
                break
    return frozenset(found)
