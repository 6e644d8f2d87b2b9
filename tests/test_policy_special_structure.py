"""Art. 9: word families, everyday predicates about a person, compounds, abbreviations and
names, each with look-alikes that are no client's data."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


def _counts(text: str, category: str) -> bool:
    return category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a listed noun gives its adjective: "-sucht" -> "-süchtig", "-behinderung" ->
        # "-behindert", "-störung" -> "-gestört", "-erkrankung" -> "-erkrankt"
        "Der Klient ist alkoholsüchtig und will in die Gastronomie",
        "Frau Peters ist körperbehindert, welche Betriebe sind barrierefrei?",
        "die TN ist essgestört und isst in der Pause nichts",
        "Herr Wagner ist nierenerkrankt und arbeitet nur noch halbtags",
    ],
)
def test_a_derived_form_of_a_listed_word_counts(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "Die Telefonleitung ist gestört, ruf Frau Sahin bitte später an",
        "Mein Sohn ist mediensüchtig, ich muss heute früher los",
    ],
)
def test_derived_forms_keep_the_rules_of_their_words(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Die Klientin ist Muslimin und sucht einen Betrieb in Hamm", "religion"),
        ("Herr Nowak ist Katholik und möchte sonntags frei haben", "religion"),
        ("Ihre Eltern sind strenge Christen", "religion"),
        ("Herr Ade ist Afrodeutscher und wird im Betrieb blöd angemacht", "origin"),
    ],
)
def test_words_for_a_person_of_a_faith_or_origin_count(text: str, category: str) -> None:
    assert _counts(text, category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sober after an addiction; complaints with "it"; a sense lost on one side
        ("Frau Demir ist seit letztem Sommer trocken, will aber nicht in die Gastro", "health"),
        ("Er ist jetzt ein Jahr clean und sucht eine Ausbildung", "health"),
        ("client has been sober for three years and wants to retrain", "health"),
        ("Herr Yilmaz hat's am Knie, Lager geht nicht mehr", "health"),
        ("Die Klientin hat was mit der Schulter und kann nicht heben", "health"),
        ("Der Azubi sieht auf einem Auge nichts", "health"),
        # a cure or a clinic as a stay, also in a compound
        ("Herr Kaiser fährt im Mai zur Kur", "health"),
        ("Jana ist nach drei Wochen aus der Suchtklinik raus", "health"),
        # everyday words and phrases
        ("Frau Aksoy ist seit dem Unfall auf Schmerzmittel angewiesen", "health"),
        ("she is on the spectrum and hates phone calls", "health"),
        ("my client stammers badly in interviews", "health"),
        ("Er war als einziger Schwarzer in der Berufsschulklasse", "origin"),
        ("Milan ist wegen des Krieges mit seiner Mutter nach Hamm gekommen", "origin"),
        ("Er ist trans und will mit neuem Namen in die Bewerbung", "sexual_orientation"),
    ],
)
def test_an_everyday_predicate_about_a_person_counts(text: str, category: str) -> None:
    assert _counts(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "Die Wäsche im Keller ist trocken",
        "Herr Braun arbeitet im Lager, der Boden ist dort immer trocken",
        "Er hat es mit der Hand geschrieben",
        "Der Bürostuhl hat was am Rücken, bitte den Hausmeister informieren",
        "Ich fahre nächste Woche zur Kur, bitte meine Vertretung informieren",
        "Die Kurse fangen am Montag an, bitte Frau Lenz informieren",
        "Welche Ausbildungen gibt es in der Tierklinik?",
        "Wegen des Krieges sind Lieferketten gestört, welche Logistikberufe sind sicher?",
        "Das ist transparent für Herrn Kaya",
        "Clean Code: lernt man das in der Ausbildung zum Fachinformatiker?",
    ],
)
def test_the_same_words_about_a_thing_or_oneself_do_not_count(text: str) -> None:
    assert not find_special_categories(text)


def test_the_end_of_a_compound_is_read_with_its_whole_word() -> None:
    # "in der Uniklinik" is the place of a taster day, as "in der Klinik" is
    assert not find_special_categories("Probetag in der Uniklinik für Lisa am Montag um 8 Uhr")
    assert _counts("Lisa war nach dem Unfall zwei Wochen in der Uniklinik", "health")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date's or an ordinal's dot does not split the clause from its subject
        ("ich bin am 12.05. krank, bitte Herrn Wolf absagen", frozenset()),
        ("an alle TN: ich bin ab dem 3. wieder krank, Termine entfallen", frozenset()),
        # nor an abbreviation's ("Kl.", "Herr K."): a weak cue keeps its person
        ("Kl. ist am 03.04. in der Tagesklinik aufgenommen worden", frozenset({"health"})),
        ("Herr K. fährt im Juni zur Kur", frozenset({"health"})),
    ],
)
def test_dots_in_dates_and_abbreviations_end_no_clause(
    text: str, expected: frozenset[str]
) -> None:
    assert find_special_categories(text) == expected


def test_a_listed_name_makes_a_weak_cue_someones() -> None:
    assert _counts("Dragana war nach dem Zusammenbruch im Krankenhaus", "health")
    # not the cue's own name
    assert not find_special_categories("Sana Kliniken Hamm: welche Ausbildungen gibt es dort?")


@pytest.mark.parametrize(
    "text",
    [
        # occupations: a hearing-aid acoustician, a theatre nurse
        "beruf Hörgeräteakustikerin",
        "Was verdient eine OP-Schwester im ersten Jahr?",
        # an English group of people in general
        "info evening for refugees on apprenticeships, 3 March 2027, town hall",
        "flyer text: support group for diabetics at the vocational school, room 12",
        # a first name with its surname after a copula
        "Mirko ist Christian Webers neuer Azubi",
    ],
)
def test_occupations_groups_and_names_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the institution's staff by role, as the counsellor's colleagues
        "mail an alle TN: Kurs fällt am 05.02. aus, Dozent ist krank",
        "Die Kursleiterin ist diese Woche krankgeschrieben, bitte Vertretung suchen",
        # a capitalised noun in the genitive is the thing's, whatever follows
        "Herkunft des Begriffs Lehrling?",
        # the same letters as a surname or in a compound
        "Herr Trocken kommt morgen um 10 Uhr, bitte Raum 2 vorbereiten",
        "Milan hat sich für den Trans-Europa-Kurs der Spedition angemeldet",
    ],
)
def test_staff_things_and_surnames_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)
