"""A date, a year or a training year put into a sentence, and a family name given as its
initial after a title, change nothing about what the message asks."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.surface import with_initials_named, without_dates


@pytest.mark.parametrize(
    "text",
    [
        "Zieht Emre das 2. Ausbildungsjahr noch durch?",
        "Besteht Nora am 03.07. die Fahrprüfung für den Gabelstapler?",
        "Wird Ronja vor dem 31.12.2026 die Maßnahme hinschmeißen?",
        "Findet Dilara (16) mit dem Zeugnis überhaupt eine Lehrstelle?",
    ],
)
def test_a_date_or_an_age_between_the_person_and_the_verdict_still_asks_for_one(
    text: str,
) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wie stehen die Chancen, dass Frau J. im 3. Semester noch dabei ist?",
        "Soll ich lieber Frau J. oder Herrn Brandt für den Platz vorschlagen?",
        "Wen soll ich zum Azubi-Speeddating schicken, Frau D. oder Frau Albers?",
        "Kann man Herrn D. die Kasse allein überlassen?",
    ],
)
def test_an_initial_after_a_title_is_a_person_to_the_reading(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was verdient man im 2. Lehrjahr als Zimmerin?",
        "Frau J. fragt, ob der Kurs am 04.02.2027 in Präsenz stattfindet.",
        "Wie lange dauert die Umschulung, wenn Herr V. 2026 anfängt?",
    ],
)
def test_dates_and_initials_in_a_factual_question_ask_for_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Gib der Mappe eine Note von 1 bis 6", "Note von 1 bis 6"),
        ("auf einer Skala von 1-10, wie motiviert ist sie?", "1-10"),
        ("mit 58 noch umschulen?", "mit 58"),
        ("sie hat einen GdB von 50", "GdB von 50"),
        ("bekommt er 2000 Euro Förderung?", "2000 Euro"),
        ("Mathe Note 2. Reicht das?", "Note 2. Reicht"),
    ],
)
def test_grades_scales_ages_and_amounts_stay(text: str, kept: str) -> None:
    assert kept in without_dates(text)


def test_an_initial_before_a_new_sentence_keeps_its_full_stop() -> None:
    assert with_initials_named("Das sagt Herr P. Er will weiter.").endswith(". Er will weiter.")
    assert "Frau R." not in with_initials_named("Kommt Frau R. mit dem Team klar?")


def test_a_date_closing_a_sentence_keeps_its_full_stop() -> None:
    assert without_dates("Herr Roth kommt am 12.03. Ich bin da krank.") == (
        "Herr Roth kommt. Ich bin da krank."
    )


def test_an_age_after_a_person_noun_stays() -> None:
    assert without_dates("Klientin (23) wirkt unsicher") == "Klientin (23) wirkt unsicher"


def test_an_age_stays_where_the_text_speaks_of_age() -> None:
    assert "(16)" in without_dates("Ist Jana (16) nicht zu jung für Nachtschichten?")
