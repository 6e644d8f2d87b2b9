"""The policy readings do not depend on surface forms that change no meaning: a greeting
before the ask, umlauts typed as "ae", a line wrapped inside a sentence, a text typed with no
capital at all."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories, is_decision_request
from bot.policy.surface import (
    as_typed_usually,
    with_capitals,
    with_soft_breaks_joined,
    with_umlauts,
    without_preface,
)


@pytest.mark.parametrize(
    "text",
    [
        "Kurze Frage: Lohnt sich das Coaching bei ihm überhaupt noch, mit 59?",
        "Guten Morgen, taugt Herr Okafor als Azubi im Lager",
    ],
)
def test_a_greeting_before_the_ask_hides_no_verdict(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    ["Hallo, Was heißt eigentlich PTBS?", "Also, Was ist der Unterschied zwischen GdB und AU?"],
)
def test_a_greeting_before_a_general_question_adds_no_reminder(text: str) -> None:
    assert find_special_categories(text) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Wie teamfaehig ist Herr Okafor eigentlich?",
        "welche von meinen bewerberinnen ist die staerkste?",
        "glaubst du, der haelt das im Schichtdienst lange durch",
        "Haelt Frau Lindqvist die Probezeit durch?",
    ],
)
def test_umlauts_typed_as_two_letters_still_ask_for_a_verdict(text: str) -> None:
    assert is_decision_request(text)


def test_umlauts_typed_as_two_letters_still_carry_origin_data() -> None:
    text = "Frau B. ist Gefluechtete aus dem Sudan, wie laeuft die Anerkennung ihrer Zeugnisse?"
    assert find_special_categories(text) == frozenset({"origin"})


def test_umlauts_are_restored_only_in_german_and_only_where_they_are_typed_out() -> None:
    assert with_umlauts("Schaetz mal, wie fleissig sie fuer die Massnahme ist") == (
        "Schätz mal, wie fleißig sie für die Maßnahme ist"
    )
    # "neue", "aktuell", "Michael", "Quelle", "zuerst": no umlaut there
    assert with_umlauts("die neue Quelle ist aktuell, sagt Michael, oder?") is None
    assert with_umlauts("Mach zuerst die Liste der Azubis, die beste oben") is None
    assert with_umlauts("Er hat eine Schlafapnoe, was ist mit dem Fuehrerschein?") == (
        "Er hat eine Schlafapnoe, was ist mit dem Führerschein?"
    )
    assert with_umlauts("is it true that the issue is due?") is None  # English
    assert with_umlauts("Wie schätzt du das ein, fuer ihn?") is None  # has umlauts already
    text = "my colleague is off sick today, can you write to her clients?"
    assert find_special_categories(text) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Steht Herr Okafor die Probezeit\nim Lager durch?",
        "Ist Frau Lindqvist für\ndie Nachtschicht gemacht?",
    ],
)
def test_a_line_wrapped_inside_the_question_is_one_question(text: str) -> None:
    assert is_decision_request(text)


def test_only_a_break_inside_a_sentence_is_joined() -> None:
    # a capitalised line goes on only a question left open to its "?"
    assert with_soft_breaks_joined("Hat mein Klient genug\nAusdauer dafür?") == (
        "Hat mein Klient genug Ausdauer dafür?"
    )
    assert with_soft_breaks_joined("Gespräch mit Tim am Montag\nMutter macht Druck.") == (
        "Gespräch mit Tim am Montag\nMutter macht Druck."
    )
    assert with_soft_breaks_joined("Passt die Teilnehmerin in\nden Betrieb?") == (
        "Passt die Teilnehmerin in den Betrieb?"
    )
    # a command or a label on a line of its own stays apart
    assert with_soft_breaks_joined("notiz\nwas meinst du dazu?") == "notiz\nwas meinst du dazu?"
    notes = "notiz\nTim, 17, HSA\nwelche betriebe bilden lagerlogistik aus?"
    assert not is_decision_request(notes)


def test_a_text_in_lower_case_names_its_client_by_abbreviation() -> None:
    assert is_decision_request("hr. brandt ist fitter als die anderen für den staplerschein oder?")
    assert with_capitals("kl. hat adhs, tn auch") == "Kl. hat ADHS, TN auch"
    assert with_capitals("Kl. hat adhs") == "Kl. hat adhs"  # the writer uses capitals


@pytest.mark.parametrize(
    "text",
    [
        "tn hat ptbs und braucht einen ruhigen arbeitsplatz, welche berufe passen?",
        "meine klientin ist hiv-positiv, muss sie das in der bewerbung angeben?",
    ],
)
def test_a_text_in_lower_case_still_carries_health_data(text: str) -> None:
    assert find_special_categories(text) == frozenset({"health"})


def test_the_preface_goes_only_with_its_mark() -> None:
    assert without_preface("Moin moin, ist er so weit?") == "ist er so weit?"
    assert without_preface("Also ist er so weit?") == "Also ist er so weit?"
    letter = "Hallo Frau Kern, anbei die Liste"
    assert without_preface(letter) == letter
    assert as_typed_usually("Hi,") == "Hi,"


@pytest.mark.parametrize(
    "text",
    [
        "Herr Okafor wirkt total lustlos – ist der überhaupt vermittelbar",
        "Frau Lindqvist und Pflege, passt das",
        "Herr Okafor kommt nie pünktlich, lohnt sich das Training überhaupt noch für ihn",
    ],
)
def test_a_question_after_a_statement_needs_no_question_mark(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    ["Tim war heute da, ist alles gut gelaufen", "Unterlagen sind da, schick die Mail an Tim"],
)
def test_a_statement_ending_in_a_clause_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)
