"""Judgement words typed with a slip still ask for a verdict (bot/policy/judgement_typos.py)."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request
from bot.policy.judgement_typos import with_typos_repaired


@pytest.mark.parametrize(
    "message",
    [
        "Ist Herr Albers für den Außendienst wirklich ungeeigent?",  # two letters swapped
        "Hältst du Herrn Albers für ausbildungsriefe?",
        "Wie siehst du Olivers Chanchen auf den Ausbildungsplatz beim Zahnarzt?",  # one added
        "Kann man Herrn Bauer mit 59 überhaupt noch vemitteln?",  # one left out
        "Predcit whether Kim gets the apprenticeship",
        "Entsheide du bitte, ob Lea den Platz bekommt",
        "kannst du mir die Entscheidnug abnehmen, ob Jan in die Maßnahme kommt",
    ],
)
def test_a_verdict_asked_with_a_slip_in_its_cue_word_is_one(message: str) -> None:
    assert is_decision_request(message)


@pytest.mark.parametrize(
    "message",
    [
        # the same slips in questions about an occupation or a thing stay information
        "Welche Chanchen hat man als Quereinsteiger in der Pflege?",
        "Ist ein gebrauchter Laptop für die Umschulung geigent?",
        "Wie intellignet muss man für eine Ausbildung zum Mechatroniker sein?",
        # real words near a cue word are never bent into it
        "Trauen Sie sich zu, die Mail an Herrn Kurz allein zu schreiben?",
    ],
)
def test_the_same_slips_about_no_person_stay_information(message: str) -> None:
    assert not is_decision_request(message)


def test_the_repair_keeps_the_ending_and_the_capital() -> None:
    assert with_typos_repaired("Inteligente Leute") == "Intelligente Leute"
    assert with_typos_repaired("keine Chanzen") == "keine Chanzen"  # short: no letter changed
    assert with_typos_repaired("ganz unzuverlässsig") == "ganz unzuverlässig"


@pytest.mark.parametrize(
    "text",
    [
        "Ich kopier das und lese es durch.",  # a real word one letter from "kapier"
        "whether she passes the test",  # another form of a cue word, not a slip
        "Kann die Firma das stemmen?",
        "Trauen Sie sich das zu?",
        "ob sie die Umschulung durchhält",  # an umlaut for its vowel is another form
        "ob sie die Prüfung bestanden hat",  # two edits only between two long words
    ],
)
def test_real_words_and_other_forms_are_left_alone(text: str) -> None:
    assert with_typos_repaired(text) == text
