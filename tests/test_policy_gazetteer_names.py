"""A given name of the personal-data gazetteer counts as a person for the Art. 22 reading
(GDPR Art. 22), also where the patterns of ``judgement.py`` only knew the names of
``first_names.yaml`` — and names that are also words, companies and places do not."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_names import CANONICAL, with_known_names

# Names from Poland, Ukraine, Italy, Kurdistan, Ghana, Greece, Morocco, and German names of
# older clients; none is in first_names.yaml.
VERDICTS = [
    "Passt die Ausbildung zu Svetlana?",
    "Passt die Umschulung zu Bartosz (45)?",
    "passt die Lehre zu Kwame?",
    "Was hältst du von Giulia?",
    "Was halten Sie von Dmytro als Azubi?",
    "Rojda nehmen oder Eleni?",
    "Kann man Birgit die Nachtschicht noch zumuten?",
    "Passt die Ausbildung zu Youssef? Er ist 17 und hat den Hauptschulabschluss.",
]

NEUTRAL = [
    # names that are also words or abbreviations
    "Was hältst du von Kai Uwe Bergers Angebot? Ich meine die Firma",
    "Passt die Ausbildung zu Mercedes in Düsseldorf?",
    "Was hältst du von Essen als Studienort?",
    "Passt die Ausbildung zum KIM-Dienst?",
    # companies and places that are no names
    "Was hältst du von Amazon als Ausbildungsbetrieb?",
    "Passt die Ausbildung zu Bosch oder eher zu Siemens?",
    # the same names in everyday tasks
    "Schreib Svetlana eine Mail, dass ihr Termin verschoben ist",
    "Bartosz (45) sucht eine Umschulung, welche gibt es in Hagen?",
    "Was verdient man als Tischler? Kwame fragt",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_gazetteer_name_counts_as_a_person(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_words_companies_places_and_tasks_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)


def test_names_are_read_as_a_known_name_with_genitive_and_age() -> None:
    assert with_known_names("Nurcans Chancen") == f"{CANONICAL}s Chancen"
    assert with_known_names("Passt das zu Dmytro (17)?") == f"Passt das zu {CANONICAL} (17)?"


@pytest.mark.parametrize(
    "text",
    [
        "Kai und Kim kommen morgen",  # names that are also words or abbreviations
        "Mercedes, Otto, Bosch, Essen, Hamm",  # companies and places
        "IHK und ReNo",  # abbreviations
        "die rose kommt morgen zu Frau Berg",  # a name that is a word, in lower case
        "Ist Wie Was Bitte Hallo",  # sentence-initial words
    ],
)
def test_words_are_left_as_written(text: str) -> None:
    assert with_known_names(text) == text
