"""One sentence, facts of two sections: its clauses are filed apart, every word kept
(skills/summary/clauses.py, offline.py)."""

from __future__ import annotations

import re

import pytest

from skills.summary import OfflineSummariser, Section
from skills.summary.clauses import split_clauses
from skills.summary.cues import default_cues

S = Section


def placed(notes: str) -> list[tuple[Section, str]]:
    """Every item in the order of the notes, with its section."""
    summary = OfflineSummariser().sort(notes)
    found = [(section, item.text) for section, items in summary.sections() for item in items]
    return sorted(found, key=lambda pair: notes.find(pair[1]))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a situation and a wish: "und" before a finite verb, the subject shared
        (
            "Er besucht die 9. Klasse der Realschule und will danach eine Ausbildung zum "
            "Elektroniker machen.",
            [
                (S.SITUATION, "Er besucht die 9. Klasse der Realschule"),
                (S.CONCERN, "und will danach eine Ausbildung zum Elektroniker machen."),
            ],
        ),
        # a fact and an agreed step: a comma before a subject
        (
            "Lebenslauf liegt vor, er schickt ihn mir bis Montag.",
            [
                (S.SITUATION, "Lebenslauf liegt vor"),
                (S.AGREEMENTS, "er schickt ihn mir bis Montag."),
            ],
        ),
        # an interest and a weakness: "aber" opens the second clause
        (
            "Sie interessiert sich für Elektronik, aber Deutsch ist schwach.",
            [
                (S.STRENGTHS, "Sie interessiert sich für Elektronik"),
                (S.SITUATION, "aber Deutsch ist schwach."),
            ],
        ),
        # "; vereinbart: …" inside a sentence
        (
            "Kl. hat den MSA seit 2025; vereinbart: Bewerbung an die Stadtwerke bis 1.3.",
            [
                (S.SITUATION, "Kl. hat den MSA seit 2025"),
                (S.AGREEMENTS, "vereinbart: Bewerbung an die Stadtwerke bis 1.3."),
            ],
        ),
        # a spaced dash
        (
            "TN 19 J., Ausbildung zur Köchin abgebrochen – will in die Pflege",
            [
                (S.SITUATION, "TN 19 J., Ausbildung zur Köchin abgebrochen"),
                (S.CONCERN, "will in die Pflege"),
            ],
        ),
        # "und" before a subject
        (
            "Wir haben die Bewerbungsunterlagen besprochen und sie schickt mir den Lebenslauf "
            "bis Freitag.",
            [
                (S.DISCUSSED, "Wir haben die Bewerbungsunterlagen besprochen"),
                (S.AGREEMENTS, "und sie schickt mir den Lebenslauf bis Freitag."),
            ],
        ),
        # a comma before a wish
        (
            "Hat den HSA seit 2024, möchte Fachlagerist werden.",
            [
                (S.SITUATION, "Hat den HSA seit 2024"),
                (S.CONCERN, "möchte Fachlagerist werden."),
            ],
        ),
        # English
        (
            "Client works part-time in a warehouse and wants to start an apprenticeship.",
            [
                (S.SITUATION, "Client works part-time in a warehouse"),
                (S.CONCERN, "and wants to start an apprenticeship."),
            ],
        ),
    ],
)
def test_a_sentence_of_two_sections_is_filed_as_its_clauses(
    sentence: str, expected: list[tuple[Section, str]]
) -> None:
    result = placed(sentence)
    assert result == expected
    assert words(" ".join(text for _, text in result)) == words(sentence)  # no word lost


def test_a_negating_contrast_leaves_the_interest_and_is_no_interest() -> None:
    sentence = "likes working outdoors but not the early shifts"
    assert placed(sentence) == [
        (S.STRENGTHS, "likes working outdoors"),
        (S.SITUATION, "but not the early shifts"),
    ]
    assert placed("Mag Tiere, aber keine Arbeit im Stall.") == [
        (S.STRENGTHS, "Mag Tiere"),
        (S.SITUATION, "aber keine Arbeit im Stall."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie interessiert sich für Tiere und Pflanzen.",  # "und" between nouns
        # a clause sharing the subject and going on with the same fact ("hat" opens none)
        "Kann gut mit Holz, hat Regale für Freunde gebaut.",
        "Praktikum beim Tischler gemacht, hat ihm gefallen.",
        "Er kann gut mit Menschen und hat im Lager die Neuen eingearbeitet.",
        # a question keeps its answer
        "Praktikum gemacht? ja, sie will danach eine Ausbildung dort machen",
        "Führerschein? – nein, er spart darauf",
        # one negation over both halves
        "Er hat weder Lust auf Büro – noch will er in die Pflege.",
        # a bracket keeps its content
        "Sie jobbt im Café (abends; sie will dort eine Ausbildung machen).",
        # figures
        "Noten 2 - 3, nächster Termin im März",
        # every part needs a cue of its own
        "Kam pünktlich, will Koch werden.",
    ],
)
def test_no_split_where_it_would_cut_a_meaning_or_has_no_reason(sentence: str) -> None:
    assert split_clauses(sentence, default_cues()) == [sentence]


def test_a_heading_files_its_text_whole() -> None:
    notes = "Vereinbart: Kl. hat den MSA und schickt das Zeugnis bis Fr."
    assert placed(notes) == [(S.AGREEMENTS, "Kl. hat den MSA und schickt das Zeugnis bis Fr.")]


def test_an_answered_question_is_never_cut_from_its_answer() -> None:
    for section, text in placed("Zeugnis da? – ja, sie schickt es bis Freitag"):
        assert section is not S.OPEN, text


@pytest.mark.parametrize(
    ("sentence", "section"),
    [
        ("Wir haben über Ausbildungsberufe im Handwerk geredet.", S.DISCUSSED),
        ("I check the list of training companies.", S.AGREEMENTS),
        ("Sie ist sich noch unsicher.", S.OPEN),
    ],
)
def test_cue_words_of_spoken_notes(sentence: str, section: Section) -> None:
    assert placed(sentence) == [(section, sentence)]
