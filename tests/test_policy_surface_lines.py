"""The policy readings do not depend on where the writer broke lines, on a closing "?" or on
a closing word after the ask; a list or notes with one item per line are still read item by
item, and a date put into the sentence keeps the Art. 9 reminder."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories, is_decision_request
from bot.policy.special_cues import HEALTH, RELIGION
from bot.policy.surface import with_soft_breaks_joined, without_closing
from bot.routing.judged import read_request


@pytest.mark.parametrize(
    "text",
    [
        "Ist Oisin eher der handwerkliche\nTyp oder mehr fürs Büro?",
        "Wer hat im Lager mehr drauf,\nDilnoza oder Mirko?",
        "Sevda als Mechatronikerin\n– gute Idee?",
        "Würde Herr Tshabalala ins Team bei der Spedition\nBerger passen?",
        "Was denkst du\nhat Frau Qorbani eine echte Chance\nbei der Sparkasse",
    ],
)
def test_a_verdict_typed_over_lines_is_still_asked(text: str) -> None:
    assert is_decision_request(read_request(text, command=False).text)


@pytest.mark.parametrize(
    "text",
    [
        "Welche Rechte haben Schwangere\nin der Ausbildung?",
        "Was bedeutet eigentlich das\nMerkzeichen aG im Schwerbehindertenausweis?",
        "Ab welchem GdB bekommt\nman eigentlich einen SB-Ausweis?",
    ],
)
def test_a_general_question_typed_over_lines_adds_no_reminder(text: str) -> None:
    assert find_special_categories(text) == frozenset()


def test_data_typed_over_lines_keeps_its_reminder() -> None:
    text = "TN war nach dem Praktikum sechs Wochen in\nder Reha, jetzt planen wir den Einstieg"
    assert find_special_categories(text) == {HEALTH}
    assert find_special_categories("Frau Al-Masri trägt Kopftuch und betet\nmehrmals am Tag") == {
        RELIGION
    }


@pytest.mark.parametrize(
    "notes",
    [
        "Notizen\n- Cem, 18, Realschule\n- will Koch werden\nhat der ne Chance",
        "Kl. hat Diabetes Typ eins\nwelche Ausbildungen gehen da",
        "Gespräch mit Tim am Montag\nMutter macht Druck.",
        "Was meinst du, passt das:\n– Lager\n– Büro",
        "Gesprächsnotiz\nwirkt unsicher, kommt pünktlich\nIst sie geeignet?",
    ],
)
def test_one_item_per_line_stays_apart(notes: str) -> None:
    assert with_soft_breaks_joined(notes) == notes


@pytest.mark.parametrize(
    "text",
    [
        "Darf ein Betrieb Kopftücher in der Ausbildung verbieten",
        "Welche Berufe gehen mit Rückenproblemen",
        "Was ist der Unterschied zwischen GdB und Pflegegrad? danke!",
    ],
)
def test_a_general_question_without_its_mark_adds_no_reminder(text: str) -> None:
    assert find_special_categories(text) == frozenset()


def test_a_closing_question_after_notes_needs_no_mark() -> None:
    notes = "Gespräch heute mit Ali (19):\n- Schule abgebrochen\n- will Koch werden\n"
    for closing in ("Hat der eine Zukunft in der Küche", "Hat der eine Zukunft in der Küche? lg"):
        request = read_request(notes + closing, command=False)
        assert is_decision_request(request.text, request.material)
    # a note's own item in lower case is no question to the assistant
    summary = read_request(
        "zusammenfassen\nTim (19)\n- will Koch werden\nwirkt motiviert", command=True
    )
    assert not is_decision_request(summary.text, summary.material)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("Schafft Jannes die Gesellenprüfung? Danke dir!", "Schafft Jannes die Gesellenprüfung?"),
        ("ist die dafür gemacht glaub eher nicht lg", "ist die dafür gemacht glaub eher nicht"),
        ("Ist Frau Mbeki geeignet? lg Sabine", "Ist Frau Mbeki geeignet?"),
        ("wird Luka die Umschulung durchziehen 🙈", "wird Luka die Umschulung durchziehen"),
        ("danke!", "danke!"),
    ],
)
def test_a_closing_word_is_no_part_of_the_ask(typed: str, asked: str) -> None:
    assert without_closing(typed) == asked


def test_a_closing_word_hides_no_verdict() -> None:
    assert is_decision_request("kann der timo mit kunden oder ist der eher was fürs lager danke!")


@pytest.mark.parametrize(
    "text",
    [
        "Frau Ebert hat im 2. Lehrjahr MS, ist im Moment schubfrei – soll sie das ansprechen?",
        "Lisa ritzt am 12.03. sich wieder. Wie gehe ich im nächsten Termin damit um?",
    ],
)
def test_a_date_in_the_sentence_keeps_the_reminder(text: str) -> None:
    assert find_special_categories(text) == {HEALTH}


@pytest.mark.parametrize(
    "text",
    ["Steht Paulina die Probezeit im Autohaus durch", "Liegt ihm die Arbeit am Band überhaupt"],
)
def test_a_question_opening_with_any_verb_needs_no_mark(text: str) -> None:
    assert is_decision_request(text)


def test_a_polite_imperative_is_no_question() -> None:
    assert not is_decision_request("Schreiben Sie Frau Roth, dass ihr Termin am Montag ausfällt")


def test_a_question_after_a_colon_or_a_tag_needs_no_mark() -> None:
    assert is_decision_request("Sag ehrlich: hält Frau Ndlovu die Spätschicht noch lange durch")
    tag = "Eine Sehbehinderung ist kein Hindernis für eine Ausbildung als Gärtner, oder"
    assert find_special_categories(tag) == frozenset()


def test_a_question_word_inside_a_question_begun_goes_on() -> None:
    text = "In wie viel Prozent der Fälle schaffen Leute\nwie Frau Obi die Umschulung? Und sie?"
    assert with_soft_breaks_joined(text) == text.replace("\n", " ")
