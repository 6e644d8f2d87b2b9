"""Art. 9 data said in other words than the cue lists first held: neighbours of listed words
(devices, treatments, weaknesses, a birth to come), idioms (a headscarf, pregnancy, a partner
of the same sex, a route of flight), a bare item of a note line that belongs to the person the
line opened with; and look-alikes (a German verb particle "her", an item that places an event,
hope that something happens, a man and his wife)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from bot.policy.special_lines import bare_item, without_german_her

DATA = [
    # neighbours of listed words
    ("Herr Ilić ist insulinpflichtig und sucht was im Außendienst", "health"),
    ("Die Kl. hat oft Unterzucker in der Berufsschule", "health"),
    ("Frau Schott hat noch vier Bestrahlungen vor sich", "health"),
    ("Jan hat eine Konzentrationsstörung, schreibt aber gern", "health"),
    ("Lea ist Legasthenikerin und will in die Verwaltung", "health"),
    ("Frau Adler hat ihren Geburtstermin Ende Mai", "health"),
    ("Herr Nemati kam 2016 als UMF nach Hamm", "origin"),
    # idioms
    ("Frau Kara ist guter Hoffnung und fragt nach Teilzeit", "health"),
    ("Die Klientin trägt seit einem Jahr ein Tuch, der Salon hat ein Problem damit", "religion"),
    ("Sie bedeckt ihr Haar und sucht einen Betrieb, der das akzeptiert", "religion"),
    ("Herr Lenz ist seit zwei Jahren mit einem Mann verheiratet", "sexual_orientation"),
    ("Yonas kam als unbegleiteter Minderjähriger nach Deutschland", "origin"),
    ("Herr Abel hat seit Ostern keinen Tropfen mehr angerührt", "health"),
    # a bare item of a note line is its person's
    ("bitte zusammenfassen\nKl. 44, Herzinfarkt 2025, Belastung eingeschränkt", "health"),
    ("Notiz zusammenfassen: Hr. T., nach Schlaganfall, sucht Bürojob", "health"),
]


@pytest.mark.parametrize(("text", "category"), DATA)
def test_data_said_in_other_words(text: str, category: str) -> None:
    assert category in find_special_categories(text)


NO_DATA = [
    # a German verb particle, not the English pronoun
    "Wer stellt eigentlich Insulin her und kann man das lernen?",
    "Pharmakantin: stellt man da Tabletten her?",
    # an item that places an event, not what someone has
    "zusammenfassen: TN 20, Infotag im Krankenhaus am 3.3., Bewerbung läuft",
    # hope that something happens; a man and his wife
    "Ich bin guter Hoffnung, dass Herr Kaya die Stelle kriegt",
    "Herr Brandt ist mit einer Frau aus Polen verheiratet und sucht Arbeit in Hamm",
    # hygiene at work, not a headscarf
    "Frau Koch trägt im Labor ein Tuch über den Haaren",
    # rain, not drink
    "Im Sommer fiel wochenlang keinen Tropfen Regen, sagt Herr Beck vom Gartenbau",
    # a topic or a workplace
    "Wie lernt eine MFA das Blutzuckermessen?",
    "Was macht man in der Ausbildung zur MTR bei der Bestrahlung?",
]


@pytest.mark.parametrize("text", NO_DATA)
def test_no_data_in_these_look_alikes(text: str) -> None:
    assert not find_special_categories(text)


def test_a_bare_item_opens_with_its_cue_and_places_nothing() -> None:
    text = "TN 52, Reha bis März, Infotag im Krankenhaus"
    assert bare_item(text, len("TN 52,"), len("TN 52, "))
    place = text.index("Infotag")
    assert not bare_item(text, place, text.index("Krankenhaus"))


def test_only_a_german_clause_has_the_particle_her() -> None:
    assert "her" not in without_german_her("kommt das Geld eigentlich her")
    assert "her" in without_german_her("please call her")
