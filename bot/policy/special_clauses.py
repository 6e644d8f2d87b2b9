"""Where a sentence or a clause of a message ends, who it names, and whether it asks about a
special category in general, for the Art. 9 reading (``special.py``).

A dot in a date, after an abbreviation or a number before a noun ends nothing; "und", "aber" …
before a subject pronoun start a clause of its own. A question about a topic in a message
that names nobody ("Was ist ein Pflegegrad?") carries no data about a client.
"""

from __future__ import annotations

import re

from bot.policy.judgement import person_pattern
from bot.policy.special_context import context_data
from bot.policy.special_guards import is_a_role_group
from bot.policy.special_patterns import (
    context_patterns,
    general_role,
    plural_role_patterns,
    question_lead,
    question_opener,
    topic_subject,
)
from bot.word_lists import alternation

# A dot after a digit, an initial or a short title ends nothing when a digit or a lower-case
# word follows: a date, an ordinal or an abbreviation ("ich bin am 02.03. krank", "in der 12.
# Woche", "Herr K. fährt zur Kur", "Kl. ist …"). Searches before a cue end one letter into
# it, so that the look-ahead sees the word after such a dot.
# The dot after a number ends nothing before a noun either: a date or an ordinal, then what
# happens ("hat am 4.5. Konfirmation", "ab 1.4. Reha", "bis zur 10. Klasse auf der
# Förderschule"); a pronoun or another word that opens a sentence still starts one ("am 4.5.
# Ich bin …").
_OPENS_A_SENTENCE = (
    r"(?:ich|er|sie|es|wir|ihr|du|man|bitte|danach|dann|da|dort|hier|heute|morgen|der|die|das"
    r"|den|dem|am|im|ab|bis|vom|zum|und|aber|wie|was|wann|wo|wer|kann|könnte|können|soll"
    r"|sollen|muss|hat|ist|wird|mein|meine|unser|unsere|ihre|seine|i|we|he|she|please)"
)


def _after_abbreviation() -> str:
    """Right after the dot of a listed abbreviation ("Wo.", "ggf.", "lt."); look-behinds are
    of fixed width, so one per length."""
    by_length: dict[int, list[str]] = {}
    for word in context_data()["abbreviations"]:
        by_length.setdefault(len(str(word)), []).append(str(word))
    behind = (
        rf"(?<=(?<![^\W\d_])(?i:{alternation(words)})\.)" for _, words in sorted(by_length.items())
    )
    return "(?:" + "|".join(behind) + ")"


# The dot of an abbreviation goes on into what follows: a digit, a word in lower case that is
# no subject pronoun, a capitalised word that opens no sentence ("war 3 Wo. im KH", "muss
# ggf. in die Reha", "lt. Hausarzt"; the dot before "Er", "Ich" … still ends one).
_ABBREVIATION_GOES_ON = (
    rf"{_after_abbreviation()}(?:\s*\d|\s+(?!(?:ich|er|sie|es|wir|du|ihr)\b)[a-zäöüß]"
    rf"|\s+(?!(?i:{_OPENS_A_SENTENCE})\b)[A-ZÄÖÜ])"
)
_DOT = (
    rf"(?<!\d)(?<!(?<![^\W\d_])[A-ZÄÖÜ])(?<!\b(?i:hr|fr|kl|dr|tn))\.(?!{_ABBREVIATION_GOES_ON})"
    rf"|\.(?!\d|\s+[a-zäöüß])(?!(?<=\d\.)\s+(?!(?i:{_OPENS_A_SENTENCE})\b)[A-ZÄÖÜ])"
    rf"(?!{_ABBREVIATION_GOES_ON})"
)
# "und", "aber" … before a subject pronoun start a clause of its own: "Mein Kollege ist krank
# und ich übernehme seine Fälle" speaks of the colleague first, then of his clients.
_NEW_SUBJECT = (
    r"(?<![^\W\d_])(?i:und|aber|oder|sondern|denn|and|but)\s+"
    r"(?=(?i:ich|er|sie|wir|du|i|he|she|we)(?![^\W\d_]))"
)
CLAUSE_END = re.compile(rf"[!?;,:\n–—]|\s-\s|{_DOT}|{_NEW_SUBJECT}")
SENTENCE_END = re.compile(rf"[!?\n]|{_DOT}")
SHE = re.compile(r"^\s*Sie\s+(?:ist|war|hat|geht|nimmt|leidet|lebt|kommt|trägt)\b")
# a relative pronoun after a comma, not a person ("Betriebe, die gezielt … einstellen")
_RELATIVE = re.compile(r",\s*(?:der|die|dem|den|das)\b", re.IGNORECASE)


def names_a_person(clause: str) -> bool:
    """A person named, not as part of a name ("Johannes-Krankenhaus", "Anne-Frank-Schule"),
    nor a relative pronoun ("Betriebe, die gezielt Geflüchtete einstellen")."""
    return any(
        not clause.startswith("-", found.end())
        and not _RELATIVE.search(clause, max(0, found.start() - 3), found.end())
        and not is_a_role_group(found.group())
        for found in person_pattern().finditer(clause)
    )


def someone_else_in(text: str) -> bool:
    """Whether ``text`` names someone: a word for another person that is no plural role word
    for people in general ("Das bringen Klienten oft durcheinander"), a person, or "Sie"."""
    others = context_patterns()[2]
    plural, singular_before = plural_role_patterns()
    for found in others.finditer(text):
        general = plural.fullmatch(found.group()) and not singular_before.search(
            text, max(0, found.start() - 12), found.start()
        )
        if not general:
            return True
    return names_a_person(text) or SHE.search(text) is not None


def a_group_by_role(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the cue describes a role word in the plural, people in general ("Haben Bewerber
    mit Migrationshintergrund schlechtere Chancen?"), in a sentence that names nobody besides
    (not "Tim, Schüler mit Autismus, …"). Not for notes, which leave out the client they are
    about ("Schüler mit Autismus, sucht ein Praktikum" is theirs)."""
    start = sentence_start(text, cue_start)
    found = general_role().search(text, start, cue_start)
    if found is None:
        return False
    end = SENTENCE_END.search(text, cue_end)
    rest = text[start : found.start()] + " " + text[cue_end : end.start() if end else len(text)]
    return not someone_else_in(rest)


def question_in_general(text: str, cue_start: int, cue_end: int) -> bool:
    """A question about a topic ("Was ist der Unterschied zwischen Pflegestufe und
    Pflegegrad?"), or a statement about the cue itself asked about ("Eine Hörbehinderung ist
    kein Hindernis für Tischler, oder?"), also after words that address the question to the
    assistant ("Kannst du mir sagen, was ein GdB ist?", "Frage zu Epilepsie: …?"), or a request
    to explain ("Erklär mir, was Autismus bedeutet"), in a message that names nobody at all."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, cue_start + 1)), default=0)
    lead = question_lead().match(text, start)
    if lead is not None and lead.group("explain"):
        return not someone_else_in(text)  # "Erklär mir kurz, was Autismus bedeutet"
    end = SENTENCE_END.search(text, cue_end)
    if end is None or end.group() != "?":
        return False
    if lead is not None:
        if cue_start < lead.end():
            # the topic named before the question: "Frage zu Epilepsie: darf man …?"
            return lead.group("topic") is not None and not someone_else_in(text)
        start = lead.end()
    word, verb = question_opener()
    asked = word.match(text, start) is not None or _topic_of_statement(
        text, start, cue_start, cue_end
    )
    if not asked and verb.match(text, start):
        # not where a question of its own follows the cue's clause: "hat Diabetes, welche
        # Ausbildungen gehen?" is a note on a client and a question about her
        clause_end = CLAUSE_END.search(text, cue_end)
        asked = clause_end is None or not (
            clause_end.group() != "?"
            and (word.match(text, clause_end.end()) or verb.match(text, clause_end.end()))
        )
    return asked and not someone_else_in(text)


def _topic_of_statement(text: str, start: int, cue_start: int, cue_end: int) -> bool:
    """The cue opens the sentence at ``start`` as its topic: as the subject of a verb, after
    a preposition, or in a headline before a question; the sentence is about the condition,
    not about someone who has it."""
    before, verb, headline = topic_subject()
    opening = before.fullmatch(text, start, cue_start)
    if opening is None:
        return False
    if opening.group("preposition") or verb.match(text, cue_end):
        return True  # "Mit Epilepsie Erzieherin werden – geht das?"
    # a headline, then the question asked about it ("Epilepsie und Führerschein: was gilt?")
    head = headline.match(text, cue_end)
    word, question_verb = question_opener()
    return head is not None and bool(
        word.match(text, head.end()) or question_verb.match(text, head.end())
    )


def sentence_start(text: str, cue_start: int) -> int:
    return max((m.end() for m in SENTENCE_END.finditer(text, 0, cue_start + 1)), default=0)


def sentence_of(text: str, cue_start: int, cue_end: int) -> str:
    """The sentence the cue stands in, with its end mark."""
    start = sentence_start(text, cue_start)
    end = SENTENCE_END.search(text, cue_end)
    return text[start : end.end() if end else len(text)]
