"""Art. 9: a condition spoken of as a topic in a message that names nobody ("Eine
Hörbehinderung ist kein Hindernis für Tischler, oder?") is no one's data; a note's clause
without a subject before a question ("hat Diabetes, welche Ausbildungen gehen?") is a
client's."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


@pytest.mark.parametrize(
    "text",
    [
        "Eine Hörbehinderung ist kein Hindernis für eine Ausbildung als Tischler, oder?",
        "Diabetes ist doch kein Ausschlussgrund bei der Polizei, oder?",
        "Depressionen sind heute kein Tabu mehr bei Arbeitgebern, oder?",
        "Legasthenie zählt als Grund für einen Nachteilsausgleich, richtig?",
        "Eine leichte Sehbehinderung spielt beim Bürokaufmann keine Rolle, oder?",
    ],
)
def test_a_condition_as_the_subject_of_a_question_is_a_topic(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # someone is named: the statement is about her or him
        "Seine Hörbehinderung ist kein Hindernis als Tischler, oder?",
        "Die Hörbehinderung ist beim Tischler kein Hindernis, oder? Er trägt eh Hörgeräte",
        # a statement, not asked
        "Eine Hörbehinderung ist bei Herrn K. bekannt.",
        # a note's shorthand: no verb after the condition
        "Diabetes Typ 1, welche Ausbildungen im Büro gibt es?",
        "Hörbehinderung, Tischler möglich?",
    ],
)
def test_a_condition_said_of_someone_still_counts(text: str) -> None:
    assert "health" in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "hat Diabetes, welche Ausbildungen gehen?",
        "hat ne Hörbehinderung, ist das ein Hindernis für Tischler?",
        "ist schwanger, kann sie im August trotzdem anfangen?",
    ],
)
def test_a_clause_without_a_subject_before_a_question_is_a_note(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ist Legasthenie eine Behinderung?",
        "Hat Diabetes Einfluss auf die Verbeamtung?",
        "Zählt ADHS als Behinderung, wenn man eine Ausbildung anfängt?",
    ],
)
def test_a_verb_opening_the_question_about_a_condition_still_asks_in_general(
    text: str,
) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # after a preposition, or a headline before the question asked about it
        "Mit Epilepsie Erzieherin werden – geht das?",
        "Epilepsie und Führerschein: was gilt da für Berufskraftfahrer?",
        "Diabetes und Polizeidienst – geht das?",
        "Schwanger in der Ausbildung – was gilt?",
        "Kopftuch in der Ausbildung: darf der Betrieb das verbieten?",
        "Depression at work – what rights do apprentices have?",
        # a plural for people, a hyphenated word, a noun after an adjective as the subject
        "Schwerbehinderte haben doch 5 Tage mehr Urlaub, oder?",
        "Eine Lese-Rechtschreib-Schwäche ist kein Grund, die Ausbildung abzulehnen, oder?",
        "Psychische Erkrankungen sind der häufigste Grund für Abbrüche, stimmt das?",
        # a verb that opens a question about a topic
        "Lohnt sich eine Gewerkschaftsmitgliedschaft für Azubis?",
    ],
)
def test_a_condition_as_a_topic_in_other_shapes(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline with a number is a note's shorthand ("seit 2 Jahren", "Typ 1")
        "Depression seit 2 Jahren – welche Teilzeitausbildung?",
        "Diabetes Typ 1 – welche Ausbildungen gehen?",
        # no question after the headline
        "Hörbehinderung – Tischler möglich?",
        # someone named
        "Schwanger in der Ausbildung – was gilt für Frau K.?",
    ],
)
def test_a_note_or_a_named_person_in_the_same_shapes_still_counts(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question addressed to the assistant, a request to explain, a topic before a question
        "Kannst du mir sagen, was ein GdB ist?",
        "Weißt du, ob Diabetes bei der Bundeswehr ein Ausschlussgrund ist?",
        "Sag mal, gilt ADHS als Behinderung?",
        "Kurze Frage: zählt Asthma als chronische Krankheit?",
        "Frage zu Epilepsie: darf man dann Staplerfahrer werden?",
        "Erklär mir kurz, was Autismus-Spektrum bedeutet",
        "Bitte erklär mir, was eine Schwerbehinderung für die Ausbildung bedeutet.",
        "Erkläre bitte den Unterschied zwischen Lernbehinderung und geistiger Behinderung",
        "explain what a learning disability means for an apprenticeship",
    ],
)
def test_a_topic_asked_after_words_to_the_assistant_is_no_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kannst du mir sagen, ob sie mit ihrer Depression Teilzeit machen kann?",
        "Kurze Frage: Frau K. hat Asthma, geht Bäcker?",
        "Erklär Herrn Öz bitte, was seine Schwerbehinderung für die Ausbildung bedeutet",
        "Frage: hat Diabetes, welche Ausbildungen gehen?",
    ],
)
def test_the_same_words_about_someone_still_count(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Viele meiner Klienten haben psychische Probleme. Gibt es Fortbildungen für Berater?",
        "Manche Teilnehmende fasten im Ramadan, wie plane ich die Mittagspause im Kurs?",
        "Einige Azubis haben ADHS, gibt es Material für die Ausbilder?",
        "many of my clients have anxiety, any tips for group sessions?",
    ],
)
def test_a_quantified_group_of_people_is_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a number counts people one knows; a named person stays named
        "Zwei meiner Teilnehmer haben Diabetes, was muss ich beim Ausflug beachten?",
        "Viele meiner Klienten haben Probleme, Frau K. hat zum Beispiel Depressionen",
        # a quantifier before no word for people
        "hat viele Allergien, welche Ausbildung?",
    ],
)
def test_counted_people_a_named_one_or_a_note_still_count(text: str) -> None:
    assert find_special_categories(text)
