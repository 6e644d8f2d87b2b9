"""The policy readings do not turn on capitals, on "du" or "Sie", or on a slip at the start
of an Art. 9 word: a client named with a title in a message typed all in lower case, a given
name typed in lower case among capitalised words, a verdict asked in the polite form, a
health word with two letters swapped near its start."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories, is_decision_request
from bot.policy.surface import with_capitals, with_du_address


@pytest.mark.parametrize(
    "text",
    [
        "wird herr omerovski die drei jahre bis zur gesellenprüfung durchhalten?",
        "glauben sie, dass frau wittkowski in einem großraumbüro zurechtkommt?",
        "kann man frau kessler die schlüssel fürs lager anvertrauen, oder ist das zu früh?",
        "ist frau h. belastbar genug für den nachtdienst?",
        "kann man herrn kowalczyk die kasse anvertrauen oder lieber nicht",
    ],
)
def test_a_titled_client_in_lower_case_is_a_person_judged(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("hat frau engel das zeug dazu", "hat Frau Engel das zeug dazu"),
        ("termin mit hr. aksoy verschieben", "termin mit Hr. Aksoy verschieben"),
        ("ms okonkwo asked for her file", "Ms Okonkwo asked for her file"),
        ("hält frau d. durch", "hält Frau D. durch"),
    ],
)
def test_a_title_and_its_name_get_their_capitals(typed: str, read: str) -> None:
    assert with_capitals(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "meine frau hat morgen geburtstag, kannst du mir den termin verschieben",
        "die frau vom jobcenter ruft zurück",
        "herr und frau im titel oder nicht?",
        "my client's got ms and gets tired quickly",
    ],
)
def test_a_title_word_that_names_nobody_stays_lower_case(text: str) -> None:
    read = with_capitals(text)
    assert "Frau" not in read
    assert "Herr" not in read
    assert "Ms" not in read


def test_parties_unions_and_shorthand_get_their_capitals() -> None:
    assert with_capitals("er ist in der spd aktiv und in der ig metall") == (
        "er ist in der SPD aktiv und in der IG Metall"
    )
    assert find_special_categories("herr pohl ist in der ig metall und hat angst vor dem chef")


@pytest.mark.parametrize(
    "text",
    [
        "Traust du bartek die Ausbildung zum Maurer zu?",
        "Ist jolanta zuverlässig genug für die Frühschicht?",
        "Hat sarina das Zeug zur Bankkauffrau?",
    ],
)
def test_a_given_name_typed_in_lower_case_counts_among_capitalised_words(text: str) -> None:
    assert is_decision_request(text)


def test_an_english_word_that_is_a_name_stays_a_word() -> None:
    assert not is_decision_request("Is the amber light on the printer a good sign?")


@pytest.mark.parametrize(
    "text",
    [
        "Was ist Ihr Tipp: bleibt Selma in der Ausbildung oder ist sie bis Sommer weg?",
        "Was denken Sie über Herrn Brandt als Schichtleiter?",
        "Sagen Sie mir, ob ich den Timo für die Maßnahme anmelden soll",
        "wen von den dreien würden Sie zuerst zum Bewerbungsgespräch schicken",
    ],
)
def test_a_verdict_asked_with_sie_is_refused_as_with_du(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Was schätzen Sie, bleibt er?", "Was schätzt du, bleibt er?"),
        ("Bewerten Sie den Lebenslauf", "Bewerte du den Lebenslauf"),
        ("Hat sie Ihnen das gesagt?", "Hat sie dir das gesagt?"),
        ("Sie ist krank. Ihr Vater auch.", "Sie ist krank. Ihr Vater auch."),
    ],
)
def test_the_polite_address_is_read_in_the_du_form(typed: str, read: str) -> None:
    assert with_du_address(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "Können Sie mir sagen, was man als Fachlagerist verdient?",
        "Was denken Sie, wann die Bewerbungsfrist für Pflegeschulen endet?",
    ],
)
def test_a_neutral_request_with_sie_stays_neutral(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Janssen hat Dibaetes und sucht eine Umschulung im Büro.",
        "Frau Ogundipe hat Eiplepsie, darf sie an die Stanze?",
        "Ihr Vater hat Pfelgegrad 4, sie pflegt ihn nach der Schule",
    ],
)
def test_a_slip_near_the_start_of_an_art9_word_still_counts(text: str) -> None:
    assert find_special_categories(text)


def test_a_known_word_near_an_art9_cue_is_no_slip() -> None:
    # (only a word that none of the policy lists knows may differ in its first letters)
    assert not find_special_categories("Wir planen die Abschlussfeier für den Kurs im Juni")
