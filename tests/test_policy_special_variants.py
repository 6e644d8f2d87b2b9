"""Art. 9: a client's data in variant words (abbreviations in any case, colloquial and older
spellings, words for a person with a condition, specialist doctors, sheltered work), and the
readings that keep look-alikes out (a part of a workplace, a clause of its own after "und
ich", products, occupations to become, voluntary service)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


def _counts(text: str, category: str) -> bool:
    return category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # an occupation someone wants to become, with or without "zu"
        "Ihr Sohn will Kardiologe werden, welches Studium passt?",
        "Lea möchte Orthopädin werden und fragt nach dem NC",
        "Um Neurologin zu werden, braucht Sina ein Medizinstudium",
        "Mein Klient will Psychologe werden, was muss er studieren?",
        # a specialist doctor named by nobody's visit
        "Was verdient eine Frauenärztin im Durchschnitt?",
    ],
)
def test_doctors_as_occupations_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Brandt arbeitet als Fachkraft für Arbeits- und Berufsförderung in einer WfbM",
        "Jonas macht sein FSJ in einer Werkstatt für behinderte Menschen",
        "Selin leistet ihren Bundesfreiwilligendienst im Krankenhaus in Dortmund",
    ],
)
def test_staff_and_volunteers_in_such_places_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part of a workplace with a genitive between the place word and the cue
        "Tarek fängt im Labor des Krankenhauses als Azubi an",
        "Herr Obi hat ein Praktikum in der Verwaltung der Psychiatrie bekommen",
        "Frau Lang hat die Stelle in der Wäscherei der Uniklinik angenommen",
    ],
)
def test_a_part_of_a_workplace_is_still_a_workplace(text: str) -> None:
    assert not find_special_categories(text)


def test_a_stay_in_a_place_is_still_data() -> None:
    assert _counts("Herr Abel macht die Umschulung im Rahmen der Reha", "health")


@pytest.mark.parametrize(
    "text",
    [
        # "und"/"aber" before a subject pronoun opens a clause of its own
        "Meine Kollegin ist krank und ich vertrete sie bei ihren Klienten",
        "Ich bin krankgeschrieben und er übernimmt seine Beratungen selbst",
        "Kollege ist erkrankt, aber wir schreiben seinen Teilnehmern heute noch",
    ],
)
def test_the_counsellors_clause_ends_before_a_new_subject(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Bauer ist krank und ich muss den Termin verlegen",
        "Ich habe mit Frau Graf telefoniert und sie ist seit Mai schwanger",
    ],
)
def test_a_clients_clause_before_or_after_und_ich_still_counts(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        # products: the object of a verb of making, selling or repairing
        "Leon will in eine Firma, die Hörgeräte herstellen und verkaufen",
        "Die Firma von Herrn Maas repariert Rollstühle und Rollatoren",
        "Tina möchte zu einem Betrieb, der Prothesen und Orthesen fertigt",
    ],
)
def test_products_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


def test_a_product_made_for_a_person_is_theirs() -> None:
    assert _counts("Der Techniker baut ihm gerade eine neue Prothese", "health")
