"""Special categories of personal data (GDPR Art. 9) mentioned in a message.

Only the categories are reported, never the words. The cue lists and their matching rules live
in ``special_categories.yaml`` (words, read by ``special_cues.py``) and ``special_phrases.yaml``
(everyday descriptions such as "trinkt … zu viel") so they can be extended without code, and
``special_families.yaml`` names word families by their form ("-itis", "-pathie"); the
patterns that read a cue's clause are built from ``special_context.yaml`` in
``special_patterns.py``.

The reminder is about data on clients, so a cue does not count (``special_context.yaml``)
- in a clause about the counsellor's own situation that names nobody else ("ich bin heute
  krank", "bin krankgeschrieben, der Termin fällt aus"), the counsellor's family and the
  institution's staff included ("meine Tochter ist krank, ich muss früher weg", "Dozent ist
  krank"); a dot in a date or after an abbreviation ends no clause ("ich bin am 02.03. krank"),
  nor a number's dot before a noun ("Tim hat am 4.5. Konfirmation"),
  "und", "aber" … before a subject pronoun start one ("Mein Kollege ist krank und ich übernehme
  seine Fälle"); in notes, or a message asking to summarise them, a clause opened by "war" or
  "muss" is the client's, whom notes leave out as their subject;
- as part of an occupation ("Rehabilitationspädagogin", "Religionslehrer");
- as a workplace in a clause about work, training or voluntary service ("Praktikum in der
  Psychiatrie", "FSJ im Krankenhaus", "in der Küche der Reha-Klinik"), or an employer ("bei der
  Kirche als Hausmeister"); not a stay ("war in der Klinik und will jetzt eine Ausbildung
  machen"), nor where the work is a time ("nach dem Praktikum war sie in der Reha"), nor an
  activity ("im Praktikum zum Beten Pause machen"); a work word or an occupation right before
  or after a weak cue is a note's shorthand for the workplace or the service ("Teilnehmer
  Pflegehelfer Klinik Schichtdienst", "Azubi Krankenhaus Nachtdienst", "Reha Umschulung
  Förderung");
- after words for people in general ("für Menschen mit Behinderung");
- when it is a weak cue (a place or service as often as data: "Krankenhaus", "Kirche", "OP")
  in a clause that names nobody (a listed given name names someone: "Olena ist wegen des
  Krieges hergekommen", and so does a name that is also a word before a verb of a person:
  "Kai hat sich geoutet", ``special_names``; the end of a compound is read with its word:
  "in der Uniklinik");
- in a question in general that names nobody ("darf man mit Diabetes Busfahrer werden?"), or
  a question about a topic in a message that names nobody ("Was ist ein Pflegegrad?", "Eine
  Hörbehinderung ist kein Hindernis für Tischler, oder?"; not a note's clause without a
  subject before a question of its own: "hat Diabetes, welche Ausbildungen gehen?"); clients
  in general ("Das bringen Klienten oft durcheinander") and a relative pronoun ("Betriebe, die
  Geflüchtete einstellen") name nobody;
- as a school subject ("die Note in Religion", "Religion als Schulfach");
- as part of an organisation's name ("Evangelisches Krankenhaus", "Katholische Hochschule");
- describing a thing, a school subject or an occupation ("ein krankes Angebot", "Herkunft der
  Daten", "in Religion und Ethik eine 2", "mental health nurse", "die bauen Rollstühle", "will
  Neurologin werden": ``special_things``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.policy.judgement import person_pattern, with_question_mark
from bot.policy.pii_gazetteer import is_plain_name
from bot.policy.special_addressee import the_addressees
from bot.policy.special_clauses import (
    CLAUSE_END,
    SHE,
    a_group_by_role,
    names_a_person,
    question_in_general,
    sentence_of,
    sentence_start,
    someone_else_in,
)
from bot.policy.special_cues import (
    CATEGORIES,
    RELIGION,
    cue_data,
    cue_patterns,
    verb_at_sentence_start,
)
from bot.policy.special_families import find_family_words
from bot.policy.special_guards import (
    a_topic,
    asked_after_colon,
    continues_own_state,
    employer_decision,
    is_a_surname,
    may_happen_or_required,
    staff_of,
    with_team_colleagues,
    without_colleague_possessives,
)
from bot.policy.special_lines import item_of_person, without_german_her
from bot.policy.special_names import names_by_list
from bot.policy.special_patterns import (
    after_hyphen_pattern,
    context_patterns,
    employed_as_pattern,
    generic_pattern,
    group_patterns,
    listed_as_data,
    may_be_a_workplace,
    named_colleague,
    not_data_patterns,
    notes_patterns,
    own_family,
    quantified_group,
    work_right_after,
    work_right_before,
    works_there,
)
from bot.policy.special_phrases import load_phrases
from bot.policy.special_rules import states_a_rule
from bot.policy.special_terms import indefinite_person_only, is_a_requirement, is_a_term
from bot.policy.special_things import describes_no_person
from bot.policy.special_typos import TypoCue, find_typos, typo_cues
from bot.policy.surface import (
    with_capitals,
    with_soft_breaks_joined,
    with_umlauts,
    without_closing,
    without_dates,
    without_preface,
)
from bot.yaml_data import load_yaml

__all__ = ["CATEGORIES", "find_special_categories", "said_of_oneself"]

_HYPHENATED = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*")
_CONJUNCTION = re.compile(r"\b(?:und|oder|aber|sondern|denn|and|but|or)\b", re.IGNORECASE)
_LETTER = r"[^\W\d_]"
_COUNTED = re.compile(
    r"(?<![^\W\d_])(?:\d+|zwei|drei|vier|fünf|beide|beiden|two|three|both|"
    r"(?:ihr|sein|unser|my|her|his|their)(?:e|en|em|er)?)\s+$",
    re.IGNORECASE,
)
_PEOPLE_ENDINGS = ("te", "ten", "linge", "lingen", "er", "ern", "innen", "isten")
# English plurals for people, in any case ("for refugees", "many diabetics")
_ENGLISH_PEOPLE_ENDINGS = ("ees", "ics", "ians", "ists")
_NAMES = Path(__file__).with_name("first_names.yaml")
_BLANKS = re.compile(r"\s+")
# "zum" before a verb used as a noun is what someone does, not where ("zum Beten Pause machen")
_ACTIVITY = re.compile(r"(?<![^\W\d_])zum\s+$", re.IGNORECASE)
_SURNAME_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")
# a cue named as someone's occupation ("arbeitet als Integrationshelferin")
_AS_OCCUPATION = re.compile(r"(?<![^\W\d_])(?:als|as\s+an?)\s+$", re.IGNORECASE)
# A cue that is also a first name ("Christian") names the category only where a name cannot
# stand: after a copula ("she is Christian", "is a devout Christian"), or in lower case.
_CATEGORY_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:is|are|was|were|am|be|being|as|ist|sind|war|waren)"
    r"(?:\s+(?:a|devout|practising|practicing|strict|strenge?r?))*\s+$",
    re.IGNORECASE,
)


def _group_end(text: str, cue: _Cue) -> int | None:
    """Where a group of people in general that the cue describes ends ("behinderte Menschen",
    "für Geflüchtete"), or None."""
    after, before = group_patterns()
    if _COUNTED.search(text, max(0, cue.start - 20), cue.start):
        return None  # "zwei behinderte Kinder", "ihre behinderten Kinder": these people
    noun = after.match(text, cue.end, cue.end + 30)
    if noun:
        return noun.end()
    # "für Geflüchtete", "wie viele Diabetiker": only a word for people, not "für Epilepsie"
    lower = cue.words.lower()
    people = (cue.words[:1].isupper() and lower.endswith(_PEOPLE_ENDINGS)) or lower.endswith(
        _ENGLISH_PEOPLE_ENDINGS
    )
    if people and before.search(text, max(0, cue.start - 20), cue.start):
        return cue.end
    return None


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue found in a message: where, the words matched, and its category."""

    start: int
    end: int
    words: str
    category: str
    listed: str = ""  # the listed word where it ends a compound ("klinik" of "Uniklinik")

    @property
    def own_words(self) -> str:
        """The words the cue list names: the compound's end, or all the words."""
        return self.listed or self.words


def _not_data_here(text: str, cue: _Cue) -> bool:
    """A school subject, a thing, an occupation or, for a religious cue, an organisation's
    name."""
    subject_before, subject_after, body = not_data_patterns()
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
    if _SURNAME_AFTER.match(text, cue.end):
        return True  # "ist Christian Webers Azubi"
    return not _CATEGORY_WORD_BEFORE.search(text, max(0, cue.start - 20), cue.start)


def _occupation_after_hyphen(part: str) -> bool:
    """A hyphenated occupation whose last word alone is a family word ("OP-Schwester")."""
    return after_hyphen_pattern().search(part) is not None


def _counts(text: str, cue: _Cue, weak: bool, notes: bool = False) -> bool:
    """Whether a cue found in ``text`` is data about a client (see the module docstring)."""
    own, opener, others, _work, place, occupation, general = context_patterns()
    # a compound occupation or field ("Suchtberatung"); a phrase of several words ("auf der
    # geschlossenen Station") is no compound
    words = cue.own_words
    if (
        occupation.search(words)
        and len(words) > 8
        and not _BLANKS.search(words)
        and not (listed_as_data(words) and not _AS_OCCUPATION.search(text, 0, cue.start))
    ):
        return False
    # a hyphenated occupation ("Autismus-Therapeut", "Sucht-Berater")
    hyphenated = _HYPHENATED.match(text, cue.end)
    if hyphenated and (
        occupation.search(hyphenated.group()) or _occupation_after_hyphen(hyphenated.group())
    ):
        return False
    if _is_a_name(text, cue) or is_a_surname(text, cue.start, cue.words):
        return False
    marks = list(CLAUSE_END.finditer(text, 0, cue.start + 1))
    start = marks[-1].end() if marks else 0
    end_match = CLAUSE_END.search(text, cue.end)
    clause = text[start : end_match.start() if end_match else len(text)]
    # the counsellor's own family is the counsellor's ("meine Tochter ist krank"): read as "ich"
    reading = own_family().sub(lambda found: "ich".ljust(len(found.group())), clause)
    # … and a colleague's name is the colleague's ("mein Kollege Herr Aydın ist in Reha")
    reading = with_team_colleagues(named_colleague().sub(_without_name, reading))
    # … and so is a possessive where a colleague opens the clause ("Kollegin hat ihre OP")
    reading = without_german_her(without_colleague_possessives(reading))
    third_person, notes_request = notes_patterns()
    notes_like = notes or notes_request.search(text) is not None
    # in notes "war …" is the client's, whom notes leave out as their subject
    own_opener = opener.match(reading) and not (third_person.match(reading) and notes_like)
    about_me = own.search(reading) or own_opener or generic_pattern().search(reading)
    # Someone else: the words for others, a name or "Sie" opening a statement about her.
    someone = bool(others.search(reading) or names_a_person(reading) or SHE.match(reading))
    if not (about_me or someone) and marks:
        # a clause with no subject going on about the counsellor's own health ("bin erkältet,
        # Migräne wieder")
        previous = marks[-2].end() if len(marks) > 1 else 0
        if continues_own_state(text[previous : marks[-1].start()], marks[-1].group(), notes_like):
            return False
    if weak and not (about_me or someone):
        # a weak cue's person may be a listed name no other word marks ("Olena ist …"), or a
        # mail's addressee ("mail an Fr. Öz: Termin verschoben, ab Mo in der Reha")
        # … or the person a note line opened with ("TN 52, Schlaganfall im Frühjahr")
        someone = (
            names_by_list(text, start, start + len(clause), cue.start, cue.end)
            or the_addressees(text, (start, start + len(clause)), (cue.start, cue.end))
            or (notes_like and item_of_person(text, start, cue.start))
        )
    if (about_me or weak) and not someone:
        return False
    if _people_in_general(text, reading):
        return False
    if not notes and question_in_general(text, cue.start, cue.end):
        return False
    if not notes and asked_after_colon(text, cue.start, cue.end) and not someone_else_in(text):
        return False  # "Allgemeine Frage: Darf ein Betrieb das Kopftuch verbieten?"
    if may_happen_or_required(text, cue.start, cue.end, cue.own_words):
        return False  # "wenn er krank ist", "braucht er ein ärztliches Gutachten?"
    sentence = sentence_of(text, cue.start, cue.end)
    at = cue.start - sentence_start(text, cue.start)
    if not notes and states_a_rule(sentence, at) and not someone_else_in(text):
        return False  # "Für Piloten ist Diabetes ein Ausschlussgrund."
    if not notes and a_topic(sentence) and not someone_else_in(clause):
        return False  # "Im Integrationskurs ist Religion in Deutschland das Thema"
    if weak and (employer_decision(clause, cue.start - start) or staff_of(text, cue.start)):
        return False  # "Absage vom Krankenhaus", "Zusage als Koch in der Psychiatrie"
    if is_a_term(text, cue.start, cue.end, sentence) or is_a_requirement(text, cue.start, cue.end):
        return False
    if not notes and indefinite_person_only(sentence, text):
        return False
    # Words for work around the cue: not the cue itself ("in der Klinik" is no workplace for
    # its "Klinik"), nor after "und" ("war in der Klinik und will jetzt eine Ausbildung"),
    # nor before it ("arbeitet als Pflegehelfer und ist an einer Depression erkrankt").
    after = text[cue.end : start + len(clause)]
    own_part = _CONJUNCTION.split(text[start : cue.start])[-1]
    around = f"{own_part} {_CONJUNCTION.split(after, maxsplit=1)[0]}"
    # people in general, or a group someone works with ("will mit behinderten Kindern arbeiten")
    group_end = _group_end(text, cue)
    if group_end is not None:
        rest = text[start : cue.start] + text[group_end : start + len(clause)]
        if works_there(around) or not (others.search(rest) or names_a_person(rest)):
            return False
    before = text[start : cue.start]
    in_general = not notes and a_group_by_role(text, cue.start, cue.end)  # (notes: theirs)
    if general.search(before) or in_general or _not_data_here(text, cue):
        return False
    if weak and (
        work_right_before(text, _compound_start(text, cue.start))
        or work_right_after(text, cue.end)
    ):
        return False
    if _ACTIVITY.search(before) and cue.words.endswith("en"):
        return True  # "im Praktikum zum Beten": a pause for it, not a place
    placeable = may_be_a_workplace(cue.words, before, weak=weak)
    return not (
        placeable and place.search(before) and (works_there(around) or _employed_as(text, cue.end))
    )


def _without_name(found: re.Match[str]) -> str:
    name = found.start("name") - found.start()
    return found.group()[:name].ljust(len(found.group()))


def _people_in_general(text: str, clause: str) -> bool:
    """The clause speaks of a quantified group ("Viele meiner Klienten haben …") and the
    message names nobody besides such groups."""
    groups = quantified_group()
    if groups.search(clause) is None:
        return False
    return not someone_else_in(groups.sub(lambda found: " " * len(found.group()), text))


def _compound_start(text: str, start: int) -> int:
    """Where the hyphenated word ending at ``start``'s word begins ("Reha-Klinik")."""
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    return start


def _employed_as(text: str, end: int) -> bool:
    """The place before the cue is an employer: "bei der Kirche als Hausmeister"."""
    return employed_as_pattern().match(text, end) is not None


def said_of_oneself(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a clause where the counsellor speaks of themselves
    or a colleague by name of role ("ich", "Beraterin", "Kollegin") and of nobody else.

    Unlike the reminder's own reading, a clause without a subject ("war 3 Wochen krank")
    is not taken as the counsellor's: notes leave out the client as their subject."""
    own, _opener, others, *_rest = context_patterns()
    clause_start = max((m.end() for m in CLAUSE_END.finditer(text, 0, start + 1)), default=0)
    clause_end = CLAUSE_END.search(text, end)
    clause = text[clause_start : clause_end.start() if clause_end else len(text)]
    if not own.search(clause):
        return False
    return not (others.search(clause) or person_pattern().search(clause) or SHE.match(clause))


def _word_start(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isalpha():
        position -= 1
    return position


def _cues_in(text: str) -> Iterator[tuple[_Cue, bool]]:
    """Every cue in ``text`` with whether it is weak: as listed, typed with a slip, or a word
    of a listed family ("-itis", "-pathie")."""
    for pattern, weak in cue_patterns():
        sensitive = not pattern.flags & re.IGNORECASE
        for match in pattern.finditer(text):
            if sensitive and verb_at_sentence_start(text, match.start(), match.end()):
                continue  # "Sucht Teilzeitausbildung": the verb, capitalised as the first word
            if match.lastgroup:
                # the end of a compound is read as the whole word ("in der Uniklinik")
                start = _word_start(text, match.start())
                words = text[start : match.end()]
                yield _Cue(start, match.end(), words, match.lastgroup, match.group()), weak
    phrases = load_phrases(CATEGORIES)
    for match in phrases.pattern.finditer(text):
        category, weak = phrases.meaning[match.lastgroup or ""]
        yield _Cue(match.start(), match.end(), match.group(), category), weak
    for category, start, end, weak in find_typos(text, _typo_cues()):
        yield _Cue(start, end, text[start:end], category), weak
    for category, start, end, weak in find_family_words(text):
        if not is_plain_name(text[start:end]):
            yield _Cue(start, end, text[start:end], category), weak


@cache
def _typo_cues() -> tuple[TypoCue, ...]:
    return typo_cues(cue_data())


def find_special_categories(text: str, *, notes: bool = False) -> frozenset[str]:
    """The Art. 9 categories mentioned in ``text``: names from ``CATEGORIES``.

    ``notes``: ``text`` is from session notes, which are about a client even where they name
    nobody; a question there ("hat Diabetes?") is an open point about the client, not a
    question about a topic."""
    # (no greeting before the text or closing word after it, no line break inside a sentence,
    # the capitals of "adhs" in a text typed in lower case, a question's "?" typed without it,
    # no date put into the sentence, umlauts for "ae", "oe", "ue": the guards know "Dürfen …?"
    # as a general question and read a clause whole)
    text = with_soft_breaks_joined(without_closing(without_preface(text)))
    text = without_dates(with_question_mark(with_capitals(text)))
    return _categories_in(with_umlauts(text) or text, notes)


def _categories_in(text: str, notes: bool) -> frozenset[str]:
    found: set[str] = set()
    for cue, weak in _cues_in(text):
        if cue.category not in found and _counts(text, cue, weak, notes):
            found.add(cue.category)
            if len(found) == len(CATEGORIES):
                break
    return frozenset(found)
