"""The reviewed word lists of ``data/words.yaml``, loaded once and compiled for matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.word_lists import alternation
from bot.yaml_data import load_yaml


@dataclass(frozen=True, slots=True)
class Words:
    """Word lists for reading a request; see ``data/words.yaml`` for what each one is."""

    filler: frozenset[str]
    not_names: frozenset[str]
    noun_ending: re.Pattern[str]
    roles: dict[str, re.Pattern[str]]
    event_noun: re.Pattern[str]
    event_endings: frozenset[str]
    elsewhere_noun: re.Pattern[str]
    generic_events: frozenset[str]
    document_word: re.Pattern[str]
    room_word: re.Pattern[str]
    venue_ending: str
    deadline_noun: re.Pattern[str]
    recipient_noun: re.Pattern[str]
    separable_prefixes: tuple[str, ...]
    imperative_du: dict[str, str]
    question_words: frozenset[str]
    lower_after_salutation: frozenset[str]
    group_nouns: dict[str, str]
    message_subjects: frozenset[str]
    talk_events: re.Pattern[str]
    counselling: re.Pattern[str]
    placement_events: re.Pattern[str]
    same_time: re.Pattern[str]
    new_date_follows: re.Pattern[str]
    moved_because: re.Pattern[str]
    third_person: re.Pattern[str]
    new_date_nouns: re.Pattern[str]
    replacement_offer: re.Pattern[str]
    invited_event: re.Pattern[str]
    place_outcome: re.Pattern[str]
    appointment_noun: re.Pattern[str]
    decision_nouns: dict[str, frozenset[str]]
    own_voice: frozenset[str]


@cache
def words() -> Words:
    raw = load_yaml(Path(__file__).with_name("data").joinpath("words.yaml").read_text())
    flags = re.IGNORECASE
    return Words(
        filler=frozenset(word.lower() for word in raw["filler"]),
        not_names=frozenset(raw["not_names"]),
        noun_ending=re.compile(rf"(?:{alternation(raw['noun_endings'])})$", flags),
        roles={
            role: re.compile("|".join(patterns), flags) for role, patterns in raw["roles"].items()
        },
        event_noun=re.compile(
            rf"\b(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:{alternation(raw['event_endings'])})\b", flags
        ),
        event_endings=frozenset(word.lower() for word in raw["event_endings"]),
        elsewhere_noun=re.compile(
            rf"\b(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:{alternation(raw['elsewhere_endings'])})\b", flags
        ),
        generic_events=frozenset(word.lower() for word in raw["generic_events"]),
        document_word=re.compile(
            rf"\b[\wäöüß-]*(?:{alternation(raw['document_endings'])})\b", flags
        ),
        room_word=re.compile(
            rf"\b(?:{alternation(raw['rooms'])})\b(?:\s+[A-Z]{{0,2}}\s?\d+(?:[.\-/]\d+)*[a-z]?\b)?",
            flags,
        ),
        venue_ending=alternation(raw["venue_endings"]),
        deadline_noun=re.compile("|".join(raw["deadline_nouns"]), flags),
        recipient_noun=re.compile(rf"(?:{alternation(raw['recipient_nouns'])})", flags),
        separable_prefixes=tuple(sorted(raw["separable_prefixes"], key=len, reverse=True)),
        imperative_du=dict(raw["imperative_du"]),
        question_words=frozenset(raw["question_words"]),
        lower_after_salutation=frozenset(raw["lower_after_salutation"]),
        group_nouns={noun.lower(): genitive for noun, genitive in raw["group_nouns"].items()},
        message_subjects=frozenset(raw["message_subjects"]),
        talk_events=re.compile(alternation(raw["talk_events"]), flags),
        counselling=re.compile(rf"\b(?:{alternation(raw['counselling'])})\b", flags),
        placement_events=re.compile(alternation(raw["placement_events"]), flags),
        same_time=re.compile(rf"\b(?:{'|'.join(raw['same_time'])})\b", flags),
        new_date_follows=re.compile("|".join(raw["new_date_follows"]), flags),
        moved_because=re.compile("|".join(raw["moved_because"]), flags),
        third_person=re.compile("|".join(raw["third_person"]), flags),
        new_date_nouns=re.compile(rf"\b(?-i:{alternation(raw['new_date_nouns'])})\b"),
        replacement_offer=re.compile("|".join(raw["replacement_offer"]), flags),
        invited_event=re.compile(rf"(?:{alternation(raw['invited_events'])})\b", flags),
        place_outcome=re.compile("|".join(raw["place_outcomes"]), flags),
        appointment_noun=re.compile("|".join(raw["appointment_nouns"]), flags),
        decision_nouns={
            kind: frozenset(noun.lower() for noun in nouns)
            for kind, nouns in raw["decision_nouns"].items()
        },
        own_voice=frozenset(word.lower() for word in raw["own_voice"]),
    )
