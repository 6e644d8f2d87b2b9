"""Art. 9 cues found by their form (word families), new list words, phrases, blanks as hyphens,
double-letter slips in short cues; and their ordinary look-alikes."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories, is_decision_request
from bot.policy.special_typos import _doubled


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a condition by its ending, in a word no list holds
        ("Herr Nowak hat eine Polyneuropathie in den Füßen", "health"),
        ("Frau Demir hat Hashimoto-Thyreoiditis und ist oft platt", "health"),
        ("Herr Marx hat eine Skoliose, Maurer wird schwer", "health"),
        ("Kl. hat Osteoporose, schweres Heben geht nicht", "health"),
        ("Tn hat eine Arachnophobie, Gartenbau eher nicht", "health"),
        ("Herr Z. hat eine Trigeminusneuralgie", "health"),
        ("Klient ist seit dem Unfall Tetraplegiker", "health"),
        ("klientin hat schuppenflechte an beiden händen", "health"),
        ("my client has ulcerative colitis and needs breaks", "health"),
        ("she suffers from endometriosis and misses a few days a month", "health"),
        # a disorder by its prefix, a medicine by the ending of its generic name
        ("Jana hat Dyspraxie und schreibt sehr langsam", "health"),
        ("Er nimmt Bisoprolol und Ramipril", "health"),
        # a fear as a condition, in a clause that names the person
        ("Herr Yıldız leidet unter starker Sozialangst", "health"),
    ],
)
def test_words_of_a_family_are_cues(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau K. hat viel Sympathie für den Vorschlag",
        "Frau K. hat eine gute Prognose für die Prüfung bekommen",
        "Herr M. arbeitet als Matrose auf einem Frachter",
        "Die Floristin Frau L. bindet heute Pfingstrosen",
        "Herr K. liest gern Dystopien",
        "Frau K. fährt im April in den Urlaub",
        "Frau K. hat eine Heidenangst vor dem Vorstellungsgespräch",
        "Frau K. hat im Kurs eine Präsentation über Homophobie gehalten",
        # a weak family names nobody by itself
        "Prüfungsangst kommt vor Abschlussprüfungen oft vor.",
        # a listed name that ends like a family
        "Herr Arvanitis kommt am Montag zum Erstgespräch",
    ],
)
def test_ordinary_words_of_the_same_form_are_no_cues(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a blank in a cue also matches a hyphen
        ("zusammenfassen:\n- 34 J.\n- Long-Covid seit 2022\n- will Teilzeit", "health"),
        ("Klientin ist Trans-Frau und wünscht ein diskretes Vorgehen", "sexual_orientation"),
        # aids, joint replacements, resorts' and medicines' names
        ("Gesprächsnotiz Kl. B.: trägt seit dem Unfall eine Orthese am Bein", "health"),
        ("Frau Möller ist nach ihrer Hüft-TEP auf Unterarmgehstützen angewiesen", "health"),
        ("Frau Schulte hat einen Blindenführhund, darf der mit in die Schule?", "health"),
        ("Mail an Herrn B.: bitte den Befund vom Lithiumspiegel mitbringen.", "health"),
        ("Kl. kommuniziert nur in Gebärdensprache", "health"),
        ("Herr Levi communicates in DGS only", "health"),
        ("Frau W. leidet an einer seltenen Stoffwechselkrankheit", "health"),
        ("Frau A. hat Anämie und ist oft müde", "health"),
        # faith: practice, holidays, dress, confessions
        ("Herr Rao möchte zu Diwali zwei Tage frei nehmen", "religion"),
        ("Die TN trägt Niqab, der Betrieb hat Bedenken", "religion"),
        ("Hr. Barsoum ist koptischer Christ", "religion"),
        ("Herr M. ist Schiit und möchte im Muharram nicht arbeiten", "religion"),
        # origin, gender identity, party activity
        ("Kl. gehört zur Minderheit der Jenischen", "origin"),
        ("Herr Petersen ist Transmann, Zeugnisse auf dem alten Namen", "sexual_orientation"),
        ("Herr D. ist nonbinär und möchte mit they angesprochen werden", "sexual_orientation"),
        ("Herr Kaya macht Wahlkampf für die Linke", "political"),
        ("Frau K. ist bei den Jusos aktiv", "political"),
    ],
)
def test_new_words_and_phrases_are_cues(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr K. arbeitet bei einem Hersteller von Lithium-Ionen-Akkus",
        "Die Schule empfiehlt Herrn K. einen Kurs in Gebärdensprache für seine Arbeit in der Kita",
        "Frau K. leidet an Zeitmangel",
        "the client suffers from a lack of motivation",
        "Herr Christ ist unser neuer Ansprechpartner bei der IHK",
        "Diwali ist dieses Jahr Anfang November.",
        "Frau B. besucht einen Kurs an der VHS",
    ],
)
def test_look_alikes_of_the_new_words_are_no_cues(text: str) -> None:
    assert not find_special_categories(text)


def test_a_short_cue_is_read_with_a_double_letter_slip_only() -> None:
    assert "health" in find_special_categories("TN hatte früher Bullimie, jetzt stabil")
    assert _doubled("bullimie", "bulimie")
    assert _doubled("kifen", "kiffen")  # a double letter typed once
    assert not _doubled("bulemie", "bulimie")  # another slip: too many short neighbours
    assert not _doubled("bulimiee", "bulimie")  # at the last letter: another word's ending


def test_a_long_object_with_a_hyphenated_word_stays_inside_trau_zu() -> None:
    text = (
        "Traust du Frau Jovanović mit ihren Cluster-Kopfschmerzen ne Vollzeitumschulung "
        "zur Industriekauffrau zu?"
    )
    assert is_decision_request(text)
    assert "health" in find_special_categories(text)
