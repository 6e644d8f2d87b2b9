"""A verdict asked about a client whose name is in no list is still a verdict; a rare
company, place, product or a word typed with a slip in the same place stays information."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from bot.policy.judgement import is_decision_request
from bot.policy.judgement_names import with_known_names
from bot.policy.judgement_unknown_names import is_unknown_word


@pytest.mark.parametrize(
    "text",
    [
        "Ist Farai für eine Ausbildung zur Fachkraft für Lagerlogistik geeignet?",
        "Kannst du mir sagen, ob Pema oder Abebe besser für das Praktikum ist?",
        "Hältst du Keoni für zuverlässig genug für die Frühschicht?",
        "Aroha als Friseurin – was meinst du, gute Idee?",
        "Wie stehen die Chancen, dass Mpho die Abschlussprüfung besteht?",
        "Bei Itumeleng hab ich echt Zweifel, ob das mit der Umschulung was wird. Teilst du die?",
        "hat die Eirlys überhaupt genug Ausdauer für die Pflege?",
        "Was meinst du zu Adanech als Azubi im Hotel?",
        "is Xochitl smart enough for the bank apprenticeship?",
        "Zwischen Wayra und Riku: wer passt besser in den Betrieb?",
        "Gib mir ein ehrliches Urteil zu den Leistungen von Farai (16): reicht das für die MFA?",
    ],
)
def test_a_verdict_about_an_unlisted_name_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ist Gerresheimer ein guter Ausbildungsbetrieb für Industriemechaniker?",
        "Ist Vestas als Arbeitgeber für Mechatroniker zu empfehlen?",
        "Ist Wadersloh mit dem Bus gut erreichbar, wenn die Schicht um 6 anfängt?",
        "Ist Figma schwer zu lernen für die Ausbildung zum Mediengestalter?",
        "Trello oder Excel – was ist besser, um die Bewerbungen im Blick zu behalten?",
        "Lohnt sich eine Ausbildung bei Gerresheimer, was zahlen die?",
        "Ist der Fachinformatieker eigentlich gut bezahlt?",
        "Wie weit ist Wadersloh (23 km) von Beckum, gibt es eine gute Verbindung?",
    ],
)
def test_a_rare_thing_in_the_same_place_is_not(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize("word", ["Farai", "Itumeleng", "Xochitl", "Wadersloh"])
def test_a_word_no_list_holds_is_unknown(word: str) -> None:
    assert is_unknown_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "Ausbildungsplätzen",  # inflected
        "Bootsbau",  # a noun by its ending
        "Fachbegriffe",  # a compound of known words
        "Fachinformatieker",  # a known word with a slip
        "Quereinsteiger",  # a word of the counsellors' own list
    ],
)
def test_a_word_of_the_language_is_known(word: str) -> None:
    assert not is_unknown_word(word)


def test_the_unlisted_name_reads_as_the_name_the_patterns_know() -> None:
    assert with_known_names("Schafft Farai das?") == "Schafft Anna das?"
    assert with_known_names("Wie sind Farais Chancen?") == "Wie sind Annas Chancen?"
    assert with_known_names("Peek & Cloppenburg sucht Azubis") == "Peek & Cloppenburg sucht Azubis"


def test_an_unlisted_name_carries_an_art9_cue() -> None:
    text = "Eirlys macht dieses Jahr den Ramadan mit, kann man die Zwischenprüfung verschieben?"
    assert "religion" in find_special_categories(text)
