"""Summaries read numbered items, long list lines, prose pasted on one line and clauses that
open with a noun subject the way counsellors mean them."""

from __future__ import annotations

import pytest
from summary_support import placed

from skills.summary import Section
from skills.summary.clauses import split_clauses
from skills.summary.cues import default_cues
from skills.summary.request import telegraphic_lines
from skills.summary.review import is_special
from skills.summary.split import split_lines

S = Section


def test_a_number_with_a_bracket_marks_an_item_even_before_an_ordinal_noun() -> None:
    lines = split_lines(
        "2) Kl. will Tischler werden\n(3) Kl. hat Praktikum\n10. Klasse Gesamtschule"
    )
    assert [(line.text, line.bullet) for line in lines] == [
        ("Kl. will Tischler werden", True),
        ("Kl. hat Praktikum", True),
        ("10. Klasse Gesamtschule", False),  # "10." before "Klasse" is an ordinal
    ]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("gut im Umgang mit Kunden, Rechnen fällt ihr schwer", None),  # no verb of the list
        ("kann gut zeichnen, Mathe ist schwach", ["kann gut zeichnen", "Mathe ist schwach"]),
        (
            "möchte Pflegefachfrau werden, die Eltern sind dagegen",
            ["möchte Pflegefachfrau werden", "die Eltern sind dagegen"],
        ),
        ("likes drawing, maths is hard for her", ["likes drawing", "maths is hard for her"]),
        ("Praktikum gemacht, hat ihm gefallen", None),  # a verb alone goes on with the fact
        ("möchte Pflegefachfrau werden, was ist realistisch", None),  # no main clause
    ],
)
def test_a_comma_before_a_noun_and_its_verb_opens_a_clause(
    sentence: str, parts: list[str] | None
) -> None:
    assert split_clauses(sentence, default_cues()) == (parts or [sentence])


def test_strengths_and_wishes_said_after_the_object() -> None:
    assert placed("Am PC ist er fit, Bürojob kann er sich gut vorstellen") == [
        (S.CONCERN, "Bürojob kann er sich gut vorstellen"),
        (S.STRENGTHS, "Am PC ist er fit"),
    ]
    assert placed("Im Lager top, Chef ist zufrieden mit ihr") == [
        (S.STRENGTHS, "Im Lager top, Chef ist zufrieden mit ihr")
    ]


def test_a_single_long_line_does_not_pull_in_the_short_line_after_it() -> None:
    notes = (
        "Hr. Yildiz, 29\n"
        "Wunsch wäre eine Umschulung zum Fachinformatiker, Beginn frühestens Sommer 2027\n"
        "war 6 J. Lagerist, Vertrag endet im März\n"
        "Bildungsgutschein besprochen"
    )
    assert [line.text for line in split_lines(notes)] == notes.splitlines()


def test_lines_of_about_the_same_width_are_still_joined_as_a_wrap() -> None:
    notes = (
        "Gespräch am 12.03.\n"
        "Sie hat die Ausbildung im Hotel nach einem Jahr beendet, weil die Schichten\n"
        "nicht mit der Pflege der Mutter vereinbar waren. Jetzt sucht sie eine\n"
        "Stelle im Büro."
    )
    lines = notes.splitlines()
    assert [line.text for line in split_lines(notes)] == [
        lines[0],
        f"{lines[1]} {lines[2]}",
        lines[3],
    ]


def test_a_subject_pronoun_never_continues_a_line_ending_in_a_preposition() -> None:
    notes = "Antwort vom Jobcenter steht noch aus\nich kläre es\nhat sich beworben bei\nihm"
    assert [line.text for line in split_lines(notes)] == [
        "Antwort vom Jobcenter steht noch aus",
        "ich kläre es",
        "hat sich beworben bei ihm",
    ]


def test_prose_on_one_line_keeps_its_sentences_whole() -> None:
    prose = (
        "Ms Brandt is 41 and worked as a nurse in Poland for ten years. Her papers are at the "
        "recognition office, a decision is expected in May. She wants to work in a hospital "
        "again, ideally in paediatrics."
    )
    assert telegraphic_lines(prose) == prose
    telegraphic = "TN 17, will Maler werden, Praktikum war gut. Mutter dagegen."
    assert telegraphic_lines(telegraphic).splitlines() == [
        "TN 17",
        "will Maler werden",
        "Praktikum war gut. Mutter dagegen.",
    ]


def test_a_body_part_given_as_the_reason_is_marked_for_review() -> None:
    assert is_special("kann wg. Rücken nicht mehr im Lager arbeiten")
    assert is_special("Umschulung wegen seiner Knie")
    assert not is_special("Praktikum in der Rückenschule-Praxis wegen Interesse")
