"""The patterns ``special.py`` reads a cue's clause with, built once from the word lists of
``special_context.yaml``: the counsellor's own words and others', work and workplaces, people
in general, questions in general, school subjects and the names of organisations."""

from __future__ import annotations

import re
from functools import cache

from bot.policy.special_context import context_data
from bot.policy.special_cues import INFLECTION, cue_data
from bot.word_lists import alternation

_LETTER = r"[^\W\d_]"
_GENDER_ENDING = r"(?:in|innen|en|e|n|s)?"
_POSSESSIVE = r"(?:(?:ihr|sein)(?:e|en|em|er|es)?|his|her|their)\s"


@cache
def context_patterns() -> tuple[re.Pattern[str], ...]:
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
            + rf"|(?:{alternation(data['occupation_endings'])}){_GENDER_ENDING}(?!{_LETTER})"
            + rf"|{_LETTER}(?:{alternation(data['work_compound_ends'])})(?!{_LETTER})",
            re.IGNORECASE,
        ),
        # (a hyphenated first part, an adjective or a name may come between: "in der
        # Reha-Klinik", "bei der Evangelischen Kirche", "bei den Sana Kliniken"; so may a
        # part of the place with a genitive: "in der Küche der Reha-Klinik")
        re.compile(
            rf"(?<!{_LETTER})(?:{alternation(data['places'])})\s+"
            rf"(?:(?:{_LETTER}+(?:e|en|er|es|em)\s+)?(?:{alternation(data['place_parts'])})"
            rf"(?:s|es)?\s+(?:der|des|einer|eines)\s+)?(?:[\w.]+-)?"
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
def general_role() -> re.Pattern[str]:
    """A role word before "mit"/"with" that may be a plural for people in general ("Haben
    Bewerber mit …"), at the end of the text searched, with at most two words after "mit";
    not after a singular determiner, a possessive or a singular copula ("der Bewerber mit",
    "ist Schüler mit": one person)."""
    data = context_data()
    # (one fixed-width look-behind per word: Python's look-behind takes no alternatives of
    # different widths)
    blocked = "".join(
        rf"(?<!(?<!{_LETTER}){re.escape(word)}\s)"
        for word in (*data["singular_determiners"], *data["role_blockers"])
    )
    return re.compile(
        rf"(?<!{_LETTER}){blocked}(?:{alternation(data['general_roles'])})\s+(?:mit|with)\s+"
        rf"(?!{_POSSESSIVE})(?:{_LETTER}+\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def own_family() -> re.Pattern[str]:
    """A possessive of the first person before a family word or a body part ("mein Sohn",
    "my daughter", "mein Rücken tut weh"): the counsellor's own, like "ich"."""
    data = context_data()
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(data['own_possessives'])})\s+"
        rf"(?:{alternation([*data['family'], *data['body_parts']])})(?!{_LETTER})",
        re.IGNORECASE,
    )


@cache
def named_colleague() -> re.Pattern[str]:
    """A name right after the word for a colleague ("Kollege Herr Aydın"): group ``name``."""
    data = context_data()
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(data['colleagues'])})\s+"
        rf"(?P<name>(?:(?:{alternation(data['titles'])})\s*)?(?-i:[A-ZÄÖÜ])[\w-]+)",
        re.IGNORECASE,
    )


@cache
def plural_role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role word that may be a plural for people in general ("Klienten", "clients"), and a
    singular determiner right before it that makes it one person ("dem Klienten")."""
    data = context_data()
    return (
        re.compile(alternation(data["plural_roles"]), re.IGNORECASE),
        re.compile(
            rf"(?<!{_LETTER})(?:{alternation(data['singular_determiners'])})\s+$", re.IGNORECASE
        ),
    )


@cache
def generic_pattern() -> re.Pattern[str]:
    """A question in general ("darf man …", "kann jemand …")."""
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(context_data()['generic'])})(?!{_LETTER})", re.I
    )


@cache
def group_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Text after and before a cue that makes it a group of people in general."""
    data = context_data()
    return (
        re.compile(rf"(?:\s+|-)(?:{alternation(data['group_after'])})(?!{_LETTER})", re.I),
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['group_before'])})\s+$", re.IGNORECASE),
    )


@cache
def not_data_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Text before a cue, text after it, and text after a religious cue that make it no data."""
    data = context_data()
    return (
        re.compile(rf"(?<!{_LETTER})(?:{alternation(data['subject_before'])})\s+$", re.IGNORECASE),
        re.compile(rf"^\s*(?:{alternation(data['subject_after'])})(?!{_LETTER})", re.IGNORECASE),
        re.compile(
            rf"^\s+(?:[\w.]+-)?(?:{alternation(data['bodies'])}){INFLECTION}(?!{_LETTER})",
            re.IGNORECASE,
        ),
    )


@cache
def after_hyphen_pattern() -> re.Pattern[str]:
    words = alternation(context_data()["occupation_after_hyphen"])
    return re.compile(rf"-(?:{words})$", re.IGNORECASE)


@cache
def question_opener() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first words of a question about a topic: a question word, and a verb."""
    data = context_data()
    word, verb = (
        re.compile(rf"\s*(?:{alternation(data[key])})(?!{_LETTER})", re.IGNORECASE)
        for key in ("question_openers", "question_verbs")
    )
    return word, verb


@cache
def question_lead() -> re.Pattern[str]:
    """Words before a question that address it to the assistant ("Kannst du mir sagen,", "Sag
    mal,"), a request to explain (group ``explain``: "Erklär mir kurz,"), or a topic named
    before the question (group ``topic``: "Frage zu Epilepsie:")."""
    data = context_data()
    fill = rf"(?:\s+(?:{alternation(data['lead_fillers'])}))*"
    return re.compile(
        rf"\s*(?:(?:{alternation(data['lead_fillers'])})\s+)?"
        rf"(?:(?P<topic>(?:{alternation(data['topic_leads'])})\s+(?:[\w-]+\s+){{0,3}}[\w-]+\s*:)"
        rf"|(?:{alternation(data['question_leads'])})(?!{_LETTER}){fill}\s*[,:]?"
        rf"|(?P<explain>(?:{alternation(data['explain_leads'])}))(?!{_LETTER}){fill}\s*[,:]?)"
        r"\s*",
        re.IGNORECASE,
    )


@cache
def quantified_group() -> re.Pattern[str]:
    """A quantifier and the plural it counts, after a partitive ("viele meiner Klienten",
    "einige Azubis", "many of my clients")."""
    data = context_data()
    people = [*data["group_people"], *data["group_after"], *data["plural_roles"]]
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(data['group_quantifiers'])})\s+"
        rf"(?:(?:{alternation(data['group_partitives'])})\s+)?(?:{_LETTER}+(?:e|en|er)\s+)?"
        rf"(?:{alternation(people)})(?!{_LETTER})",
        re.IGNORECASE,
    )


@cache
def notes_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An own opener that is also the third person, at a clause's start; a word asking for a
    summary of notes."""
    data = context_data()
    return (
        re.compile(
            rf"^\s*(?:{alternation(data['third_person_openers'])})(?!{_LETTER})", re.IGNORECASE
        ),
        re.compile(
            rf"(?<!{_LETTER})(?:{alternation(data['notes_requests'])})(?!{_LETTER})", re.IGNORECASE
        ),
    )


@cache
def topic_subject() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What may stand before a cue that opens a sentence as its topic (a preposition, a
    determiner, an adjective, the first parts of a hyphenated word); what after it makes the
    cue the subject of a statement (a verb, after at most one word: "Psychische Erkrankungen
    sind …"); and a headline's end, before the question asked about it ("Schwanger in der
    Ausbildung – was gilt?"). The named group ``preposition`` tells whether a preposition
    opened it ("Mit Epilepsie Erzieherin werden – geht das?")."""
    data = context_data()
    return (
        re.compile(
            rf"\s*(?:(?P<preposition>{alternation(data['topic_prepositions'])})\s+)?"
            rf"(?:(?:{alternation(data['topic_determiners'])})\s+)?"
            rf"(?:{_LETTER}+(?:e|en|er|es|em)\s+)?(?:{_LETTER}+-)*$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:-{_LETTER}+)*(?:\s+{_LETTER}+)?\s+(?:{alternation(data['topic_verbs'])})"
            rf"(?!{_LETTER})",
            re.IGNORECASE,
        ),
        # (no number in it: "Depression seit 2 Jahren – welche Ausbildung?" is a note)
        re.compile(r"[^.!?;,:\n–—\d]{0,40}?\s*(?:[:–—]|\s-\s)\s*"),
    )


@cache
def employed_as_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{alternation(context_data()['employed_as'])})\s+{_LETTER}", re.IGNORECASE
    )


@cache
def work_time() -> re.Pattern[str]:
    """Text before a work word that makes it a time ("nach dem", "after her"), at the end."""
    data = context_data()
    return re.compile(
        rf"(?<!{_LETTER})(?:{alternation(data['work_times'])})\s+"
        rf"(?:(?:{alternation(data['work_time_determiners'])})\s+)?"
        rf"(?:{_LETTER}+(?:e|en|er|es|em)\s+)?$",
        re.IGNORECASE,
    )


_LAST_WORD = re.compile(r"([\w.-]+)\s+$")
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")


def works_there(text: str) -> bool:
    """Whether ``text`` (a cue's clause around it) speaks of work or training there: a work
    word that is no time ("nach dem Praktikum war sie in der Klinik" is a stay)."""
    work = context_patterns()[3]
    return any(
        not work_time().search(text, max(0, found.start() - 40), found.start())
        for found in work.finditer(text)
    )


def work_right_before(text: str, start: int) -> bool:
    """A work word or an occupation right before ``start``, with blanks only between: a
    note's shorthand for a workplace ("Pflegehelfer Klinik", "Praktikum Reha-Klinik")."""
    last = _LAST_WORD.search(text, max(0, start - 40), start)
    return last is not None and context_patterns()[3].search(last.group(1)) is not None


@cache
def _work_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(context_data()['work'])})$", re.IGNORECASE)


def work_right_after(text: str, end: int) -> bool:
    """A work word right after ``end``, with blanks only between ("Azubi Krankenhaus
    Nachtdienst", "Teilnehmer Reha Umschulung Förderung"); not the end of an occupation
    ("im Krankenhaus Station 3" is a ward)."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and _work_word().match(following.group(1)) is not None


@cache
def _stems_with_ending() -> tuple[str, ...]:
    """Listed cues that end in an occupation's or a field's ending themselves
    ("~gottesdienst*", "~eingliederungshilfe", "~frauenarzt")."""
    occupation = context_patterns()[5]
    stems = {
        str(cue).lstrip("~=*").rstrip("*").lower() for cues in cue_data().values() for cue in cues
    }
    # (the guard in special.py reads compounds of more than eight letters)
    long_words = (stem for stem in stems if len(stem) > 8 and " " not in stem)
    return tuple(sorted(stem for stem in long_words if occupation.search(stem)))


def listed_as_data(words: str) -> bool:
    """The cue's word is a listed cue whose occupation ending is its own ("geht zum
    Gottesdienst", "bekommt Eingliederungshilfe"), not one continued into an occupation
    ("Suchtberatung" of "sucht*"): the list names it as data."""
    lower = words.lower()
    return any(lower.startswith(stem) for stem in _stems_with_ending())


@cache
def _weak_stems() -> tuple[str, ...]:
    """The words of the weak cues (places and services as often as data), lower case."""
    stems = {
        str(cue).lstrip("~=*").rstrip("*").lower()
        for cues in cue_data().values()
        for cue in cues
        if str(cue).startswith("~")
    }
    return tuple(sorted(stem for stem in stems if stem.isalpha()))


_ADJECTIVE = re.compile(r"(?:isch|lich|ig)(?:e[nmrs]?)?$", re.IGNORECASE)
_FIELD_OF_PLACE = re.compile(rf"(?<!{_LETTER})(?:für|for)\s+$", re.IGNORECASE)


def may_be_a_workplace(words: str, before: str, *, weak: bool) -> bool:
    """Whether a cue after a place word may be a workplace: a weak cue or a compound ending
    in one's word ("Praktikum in der Psychiatrie", "Ausbildung in der Suchttherapie", read
    from "Sucht*"), an adjective of a place ("in der psychiatrischen Klinik") or the field a
    place is named for ("Probetag in der Praxis für Psychotherapie"); a condition or an aid
    is none ("Welche Berufe gehen im Rollstuhl?", "in der Schwangerschaft die Ausbildung
    weitermachen")."""
    if weak or _ADJECTIVE.search(words) or _FIELD_OF_PLACE.search(before):
        return True
    lower = words.lower()
    return any(lower.endswith(stem) for stem in _weak_stems())
