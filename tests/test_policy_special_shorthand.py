"""Art. 9 data in counsellors' shorthand and everyday words: school types and services by
their abbreviations, listed cues that end like an occupation, names that are also words, a
date before a noun, movements and minorities; and their ordinary look-alikes."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a school for special educational needs, by its name or its abbreviation
        ("Leon kommt von der FöS und will Fachlagerist werden", "health"),
        ("Frau Kaya war bis zur 10. Klasse auf der Förderschule", "health"),
        ("Herr Roth ist ehemaliger Sonderschüler und sucht eine Stelle", "health"),
        # services for mental illness and disability, in shorthand
        ("Herr M. war drei Monate in der KJP und will jetzt den Abschluss nachholen", "health"),
        ("Herr B. hat morgen einen Termin beim SpDi", "health"),
        ("Frau L. wohnt seit einem Jahr im BeWo", "health"),
        ("Kl. lag zwei Wochen im KH und ist jetzt wieder zuhause", "health"),
        ("Herr O. war zwei Jahre in der Forensik", "health"),
        ("Frau P. geht jede Woche in eine Selbsthilfegruppe", "health"),
        # a higher degree of disability applied for
        ("Fr. Schmitz hat einen Verschlimmerungsantrag gestellt", "health"),
        ("Herr Abel wartet seit Monaten auf das Versorgungsamt", "health"),
        # listed cues that end like an occupation or a service ("-hilfe", "-dienst", "-arzt")
        ("Frau Lang bekommt Eingliederungshilfe", "health"),
        ("Herr Abel war gestern beim Frauenarzt mit seiner Frau", "health"),
        ("Frau Ott geht jeden Sonntag zum Gottesdienst", "religion"),
        # a sick note, a complaint by the organ, an abortion, a transplant in everyday words
        ("Herr P. hat den gelben Schein bis Freitag", "health"),
        ("Frau H. hat was mit der Schilddrüse", "health"),
        ("Sie hat letztes Jahr abgetrieben", "health"),
        ("Herr Wolff ist nierentransplantiert", "health"),
        # a political movement, a national minority
        ("Frau Jansen ist bei Fridays for Future aktiv", "political"),
        ("Herr Kühn klebt sich für die Letzte Generation auf die Straße", "political"),
        ("Frau Ivanova gehört zur türkischen Minderheit in Bulgarien", "origin"),
    ],
)
def test_shorthand_and_everyday_words_are_cues(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a given name that is also a word, read as a name before a verb of a person
        ("Kai hat sich in der Klasse geoutet", "sexual_orientation"),
        ("Alex ist trans und möchte den neuen Namen im Zeugnis", "sexual_orientation"),
        # a date's dot before a noun ends no clause: the name before it is the subject
        ("Tim hat am 4.5. Konfirmation, kann er den Schultag tauschen?", "religion"),
        ("Frau Öz ab 01.04. Reha in Bad Sassendorf, danach Bewerbungen", "health"),
    ],
)
def test_a_weak_cue_finds_its_person(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the school type, the office, the hospital, a movement, a minority in general
        "Welche Ausbildungen gehen nach der Förderschule?",
        "Wo ist das Versorgungsamt in Hamm?",
        "Was ist der Unterschied zwischen KH und Praxis für eine MFA?",
        "Fridays for Future demonstriert heute in Hamm",
        "Wie viele Minderheiten gibt es in Bulgarien?",
        "Wo gibt es den gelben Schein?",
        "Welche Selbsthilfegruppen gibt es in Hamm?",
        "Gottesdienst ist am Sonntag um 10",
        # the last generation of a product, not the movement
        "Er hat ein Handy der letzten Generation",
        # workplaces and employers, occupations
        "Frau Kaya macht ein Praktikum an einer Förderschule als Erzieherin",
        "Ich war früher Förderschullehrerin",
        "Frau Meyer arbeitet im Versorgungsamt als Sachbearbeiterin",
        "Herr Yilmaz bewirbt sich im KH als Pflegehelfer",
        "Frau Lang arbeitet als Integrationshelferin an einer Grundschule",
        "Herr Peters hat eine Zusage von der LWL-Klinik als Hausmeister",
        # the counsellor's own illness after a date: a pronoun opens a sentence of its own
        "Frau Kaya kommt am 12.03. Ich bin leider krank, bitte absagen",
        "Termin am 4.5. Ich bin ab heute krank",
    ],
)
def test_look_alikes_draw_no_reminder(text: str) -> None:
    assert find_special_categories(text) == frozenset()
