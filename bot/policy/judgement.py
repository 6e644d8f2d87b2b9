"""Requests to judge, rank or decide about a specific person (GDPR Art. 22, EU AI Act Annex III).

A request counts only when it is about a particular person: "Ist mein Klient geeignet ...?",
"Soll ich die Bewerberin ablehnen?", "Ranke die Bewerber". General questions about an occupation
are lookups, not judgements, and do not count - including "Für wen ist eine Ausbildung als
Pilot geeignet?", which asks for a profile, not for a verdict on someone.

Indirect requests count as well: whether someone will manage ("Schafft Tim das?"), intelligence
or aptitude ("Ist sie intelligent genug?"), comparing or grading people ("Wer ist besser, Anna
oder Ben?", "Gib ihm eine Note") and handing the decision over ("entscheide du", "Soll ich dem
Jobcenter empfehlen, ihn zu sanktionieren?"). A first name is only taken as a person where
the sentence leaves no room for a noun ("ob Tim … schafft", "traust du Lena … zu").

The engine refuses what matches, so the patterns err on the side of precision: everyday tasks
that mention a client ("Soll ich der Klientin absagen?", "Reihenfolge der Themen für das
Gespräch mit der Klientin") must not match. Each pattern stays within one sentence.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_advice import recommends_someone, set_aside_advice, set_aside_help
from bot.policy.judgement_aside import (
    is_mail_order,
    names_a_counterpart,
    set_aside_rules_and_counterparts,
)
from bot.policy.judgement_asked import asks_about_someone
from bot.policy.judgement_asks import separate_asks
from bot.policy.judgement_companies import as_companies
from bot.policy.judgement_course import chooses_a_course
from bot.policy.judgement_cues import asks_to_judge, cue_patterns, names_someone, sentences
from bot.policy.judgement_demand import measures_a_demand
from bot.policy.judgement_english import asks_in_english, set_aside_english
from bot.policy.judgement_estimate import set_aside_estimates
from bot.policy.judgement_forecast import forecasts_a_course
from bot.policy.judgement_frame import could_judge, frames_a_verdict
from bot.policy.judgement_handover import hands_over_a_decision, weighs_in_on_a_selection
from bot.policy.judgement_listed import chooses_among_listed
from bot.policy.judgement_names import with_known_names
from bot.policy.judgement_parts import (
    EN_PEOPLE,
    EN_SHARE_OF,
    KNOWN_NAME,
    PERSON_NOUN,
    QUANTIFIED,
    SPECIFIC_PERSON,
    known_name,
)
from bot.policy.judgement_patterns import decision_pattern, delegation_pattern
from bot.policy.judgement_practical import set_aside_practical
from bot.policy.judgement_predicates import with_contractions
from bot.policy.judgement_relay import relays_a_verdict
from bot.policy.judgement_role import casts_someone_in_a_role, with_repaired_words
from bot.policy.judgement_rules import set_aside_rules_asked
from bot.policy.judgement_things import (
    set_aside_graded_things,
    set_aside_raters,
    set_aside_things,
)
from bot.policy.judgement_typos import with_typos_repaired
from bot.policy.judgement_verdict import asks_for_a_verdict
from bot.policy.judgement_written import writes_a_verdict
from bot.policy.surface import as_typed_usually, with_du_address, with_umlauts
from bot.yaml_data import load_yaml

_CUES = Path(__file__).with_name("judgement_cues.yaml")

__all__ = ["decision_pattern", "is_decision_request", "mentions_someone", "person_pattern"]


@cache
def person_pattern(pronouns: bool = True) -> re.Pattern[str]:
    """A specific person in German or English (for :mod:`bot.policy.judgement_cues`);
    ``pronouns``: also "der"/"die" as a pronoun ("ist die faul?", see ``_pronoun_subject``)."""
    english = (
        rf"\b(?:he|she|him|his|her|{EN_SHARE_OF}(?:my|our|this|the|these)\s+(?:\w+\s+)?"
        rf"{EN_PEOPLE}s?)\b"
    )
    # (not after a quantifier: "schaffen die meisten TN den Kurs?" asks about people in general)
    abbreviations = rf"{QUANTIFIED}\b(?-i:TN|Kl\.|Hr\.|Fr\.)"
    # "seine Bewerbung": the person's own (lower case: "Ihre" is the polite "your")
    # ("erfolgreich sein?" is the verb: a possessive stands before a word)
    possessive = (
        r"\b(?-i:sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)\b(?=\s+[^\W\d_])"
    )
    titles = r"\b(?:mr|mrs|ms|miss)\.?\s+(?-i:[A-Z])"
    # Counsellors' shorthand: a person noun with an age in brackets ("Klientin (23) wirkt …").
    aged = rf"\b{PERSON_NOUN}\s*\(\d{{1,2}}\b"
    person = f"{SPECIFIC_PERSON}|{english}|{abbreviations}|{possessive}|{titles}|{aged}"
    if pronouns:
        person += f"|{_pronoun_subject()}"
    person = person.replace(KNOWN_NAME, known_name())
    return re.compile(person, re.IGNORECASE)


def _pronoun_subject() -> str:
    """The pronoun "der"/"die" as the subject right after the verb that opens a question ("ist
    die faul", "hat der das drauf"), followed by a particle or a judgement word, and
    "dem"/"der" after a preposition at the end of a clause ("bei dem für ne Lehre"), or as
    the object after the counsellor before a particle ("sollen wir den überhaupt …"), and
    "für die" before a judgement word closing the clause ("für die realistisch?")
    (judgement_cues.yaml)."""
    data = load_yaml(_CUES.read_text(encoding="utf-8"))
    # (a capitalised word, or a judgement word typed as the start of a noun, is no adjective:
    # "ist der Zug … abgefahren", "die abbrecherquote")
    noun = f"(?=(?-i:[a-zäöüß]))(?![^\\W\\d_]*(?:{data['noun_endings']})\\b)"
    following = f"(?:{data['pronoun_next']}|\\s+{noun}(?:{cue_patterns().judgement.pattern}))"
    subject = str(data["pronoun_subject"]).replace("{next}", following)
    words = f"{cue_patterns().judgement.pattern}|{cue_patterns().verdict.pattern}"
    judged = str(data["pronoun_judged"]).replace("{judgement}", words)
    return (
        f"{subject}|{data['pronoun_after_opinion']}|{data['pronoun_after_subject']}"
        f"|{data['pronoun_object']}|{judged}|{data['pronoun_after_conjunction']}"
    )


def is_decision_request(text: str, material: str = "") -> bool:
    """Whether ``text`` asks the AI to judge, rank or decide about a specific person.

    ``material``: what the request works on (pasted notes before a closing question); a person
    named there is whom a question without a person of its own is about ("… Schafft er das?",
    "dein Urteil: echte Chance?")."""
    # (the shape the patterns know: no greeting before the ask, no line break inside a
    # sentence, the capitals of abbreviations, umlauts for "ae", "oe", "ue")
    text = as_typed_usually(text)
    restored = with_umlauts(text)
    if restored is not None:
        text, material = restored, with_umlauts(material) or material
    text = with_typos_repaired(text)  # "geignet", "vermittlebar", "Chanchen"
    if _asks_for_decision(text, material):
        return True
    # The readings know most verdicts asked with "Sie" as such, and the rest with "du": a
    # request with "Sie" read neither way is read once more in the du-form ("Was ist Ihr
    # Tipp: bleibt …?" as "Was ist dein Tipp: …").
    # (not in a mail order: there "Sie" is the addressee, "Wie sehen Sie Jonas …?")
    if is_mail_order(text):
        return False
    familiar = with_du_address(text)
    return familiar != text and _asks_for_decision(familiar, material)


def _asks_for_decision(text: str, material: str) -> bool:
    # Two asks in one message ("schreib ihr eine Mail … und sag mir, ob sie das packt"): a
    # task in one must not hide a verdict asked in the other.
    asks = separate_asks(text)
    if len(asks) > 1 and any(_asks_for_decision(ask, material) for ask in asks):
        return True
    # (a pronoun "der"/"die" may stand for a colleague named by their role)
    person = person_pattern(pronouns=not names_a_counterpart(text))
    # ("eine Bewerbung bei Obi": a chain named like a person is the company there)
    text, material = as_companies(text), as_companies(material)
    # (any given name of the personal-data gazetteer counts as a name the patterns know)
    text, material = with_known_names(text), with_known_names(material)
    text = with_repaired_words(text)  # "vermitelbar", "zutraun"
    text = with_contractions(text)  # "schaffts der" → "schafft es der"
    whole = text  # (before anything is set aside: whom a decision handed over is about)
    text = set_aside_english(text)  # "recommend her a course", "likely to get BAB"
    text = set_aside_estimates(text, person)  # "Einschätzung: wie lange dauert …": a process
    text = set_aside_rules_asked(text)  # "Wann darf Tim abbrechen?": the law answers
    # (before the German set-asides: "a waste of time recommending him" is no thing advised;
    # a view asked of a mail's addressee is none the assistant gives)
    if asks_in_english(set_aside_rules_and_counterparts(text)):
        return True
    # (before the advice is set aside: "Der Betrieb überlegt, Tim zu übernehmen. Was würdest
    # du raten?" asks advice on a selection of Tim)
    if weighs_in_on_a_selection(text, person):
        return True
    text = set_aside_advice(text, person)  # things to recommend to someone: no verdict on them
    text = set_aside_help(text)  # how the counsellor can help someone: advice, not a verdict
    text = set_aside_practical(text, person)  # a step worthwhile, on time: not the person
    text = set_aside_things(text, person)  # a course or a school judged: not the person
    text = set_aside_raters(text, person)  # "die TN bewerten den Kurs": they grade a thing
    if not material:  # (a grade for a document among notes on a client is theirs)
        text = set_aside_graded_things(text, person)  # "Gib dem Flyer eine Note"
    text = set_aside_rules_and_counterparts(text)  # a minimum age; a colleague by role
    text = with_question_mark(text)  # "ist der hell genug für ne ausbildung"
    if decision_pattern().search(text) is not None:
        return True
    handed_over = delegation_pattern().search(text)
    if handed_over is not None and (
        bool(material) or _about_people(whole, person) or _says_nothing_else(text, handed_over)
    ):
        return True  # "entscheide du, ob ich Jonas anmelde", not "…, ob wir dienstags tagen"
    # (the notes are only searched for people when the request could be a judgement at all)
    about_someone = bool(material) and could_judge(text) and mentions_someone(material, person)
    return (
        asks_to_judge(text, person, about_someone)
        or frames_a_verdict(text, person, about_someone)
        or recommends_someone(text, person)
        or hands_over_a_decision(text, person)
        or asks_for_a_verdict(text, person)
        or asks_about_someone(text, person)
        or relays_a_verdict(text, person)
        or writes_a_verdict(text, person)
        or chooses_among_listed(text, material, person)
        or casts_someone_in_a_role(text, person)
        or measures_a_demand(text, person)
        or chooses_a_course(text, person)
        or forecasts_a_course(text, person)
    )


def with_question_mark(text: str) -> str:
    """``text`` with a question mark after its last sentence when it is a question typed with
    no mark at all: it starts with a verb or a question word ("ist der hell genug für ne
    ausbildung", "reicht sein deutsch für die berufsschule"), with a capitalised word shaped
    like a verb before its subject ("Liegt ihm das Handwerk"), or its last clause does after a
    statement or a colon ("wirkt unmotiviert – ist die überhaupt vermittelbar", "Sag ehrlich:
    geht er unter"), or that clause is a tag question ("…, oder"). A text with a mark
    anywhere, or ending in a full stop, is left as it is."""
    stripped = text.rstrip()
    if not stripped or "?" in stripped or stripped[-1] in ".!:;)\"'":
        return text
    last = sentences(stripped)[-1]
    clause = _CLAUSE_BREAK.split(last)[-1]
    question = any(
        cue_patterns().verb_first.match(part)
        or _question_start().match(part)
        or _verb_shaped_start().match(part)
        for part in (last, clause)
    ) or bool(_cue_pattern("tag_question").match(clause))
    return stripped + "?" if question else text


_CLAUSE_BREAK = re.compile(r"\s*[,;:–—]\s*")


@cache
def _verb_shaped_start() -> re.Pattern[str]:
    return re.compile(load_yaml(_CUES.read_text(encoding="utf-8"))["verb_shaped_start"])


@cache
def _cue_pattern(key: str) -> re.Pattern[str]:
    return re.compile(load_yaml(_CUES.read_text(encoding="utf-8"))[key], re.IGNORECASE)


@cache
def _question_start() -> re.Pattern[str]:
    data = load_yaml(_CUES.read_text(encoding="utf-8"))
    return re.compile(data["question_start"], re.IGNORECASE)


_PEOPLE = re.compile(
    rf"(?<![^\W\d_]){PERSON_NOUN}|\b(?-i:TN|Kl\.)|\b(?:wer|wen|wem|who|whom)\b", re.IGNORECASE
)


def _about_people(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` names a specific person, or people at all by a word for them ("welcher
    Bewerber", "die zwei Azubis") or by asking whom ("wen wir nehmen"): what a decision handed
    over may be about."""
    return _PEOPLE.search(text) is not None or mentions_someone(text, person)


_FEW_WORDS = 2  # "entscheide du bitte", "ok, entscheide du": nothing else said


def _says_nothing_else(text: str, handed_over: re.Match[str]) -> bool:
    """Whether ``text`` is the decision handed over and hardly a word more: said of the person
    talked about before ("entscheide du"), not of a plan spelled out beside it."""
    rest = text[: handed_over.start()] + text[handed_over.end() :]
    return len(_REST_WORD.findall(rest)) <= _FEW_WORDS


_REST_WORD = re.compile(r"[^\W\d_]+")


def mentions_someone(material: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``material`` (its first 2,000 characters) names a specific
    person."""
    english = cue_patterns().english
    return any(names_someone(part, person, english) for part in sentences(material[:2_000]))
