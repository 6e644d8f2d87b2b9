"""Art. 22 reading (GDPR Art. 22): given names the gazetteer lacks, names typed in lower case,
more verbs of managing, "passt … zu ihr", "…, wer am besten passt", an opinion asked on a
verb-first question, a colleague's view put up for a second opinion — and the neutral
questions that look like them."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_names import CANONICAL, with_known_names
from bot.policy.pii_gazetteer import given_name_keys, lookup_key

# Common given names of South Asia, Central Asia and West Africa that pii_given_names.txt does
# not hold (checked below, so that each test here needs judgement_given_names.yaml).
_UNLISTED = ["Rakesh", "Shahnoza", "Tanvir", "Olumide"]


def test_the_added_names_are_not_in_the_gazetteer() -> None:
    assert not any(lookup_key(name) in given_name_keys() for name in _UNLISTED)


@pytest.mark.parametrize(
    "text",
    [
        "Würdest du Rakesh einstellen?",
        "Passt die Umschulung zu Shahnoza?",
        "Was hältst du von Tanvir als Azubi?",
        "Rakesh oder Olumide – wer kriegt den Platz?",
    ],
)
def test_an_added_given_name_is_a_person(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Schreib Rakesh, dass sein Termin auf Freitag verschoben ist",
        "Würde Rakesh als Fachlagerist mehr verdienen?",  # pay is a fact, not a verdict
        "Würde Lena in der Pflege mehr verdienen als im Einzelhandel?",
        "Would Jonas earn more as a warehouse clerk?",
        "Hat Shahnoza die Unterlagen schon an die IHK geschickt?",
    ],
)
def test_tasks_and_facts_about_an_added_name_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)


def test_a_name_in_lower_case_counts_where_nothing_is_capitalised() -> None:
    assert with_known_names("denkst du tanvir packt das") == f"denkst du {CANONICAL} packt das"
    assert is_decision_request("denkst du tanvir kriegt die prüfung hin")
    assert is_decision_request("glaubste olumide hält die ausbildung durch")


@pytest.mark.parametrize(
    "text",
    [
        "frag Frau Berg wegen der rose",  # a name that is also a word: as written
        "the ground floor has amber lights",  # names that are English words
    ],
)
def test_lower_case_words_stay_as_written(text: str) -> None:
    assert with_known_names(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Kann Tim die Nachtschichten überhaupt stemmen?",
        "Wird Lena mit dem Druck klarkommen?",
        "Könnte Ben das zweite Lehrjahr durchstehen?",
    ],
)
def test_more_verbs_of_managing(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passt der Job an der Kasse zu ihm?",
        "passt die arbeit in der küche zu ihr?",
        "Sag mir, wer von den dreien am besten passt",
        "Vier Bewerberinnen, zwei Plätze: sag uns, wer eher geeignet ist",
    ],
)
def test_fit_and_choice_in_new_word_orders(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wer am besten passt, entscheidet am Ende der Betrieb – wie läuft das Auswahlverfahren?",
        "Passt der Termin am Montag für ihn?",
    ],
)
def test_statements_and_schedules_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)


def test_an_opinion_on_a_verb_first_question_about_a_person() -> None:
    assert is_decision_request(
        "Was glaubst du, hat die überhaupt eine Chance beim Vorstellungsgespräch?"
    )
    assert not is_decision_request("Was glaubst du, ist die Ausbildung zu schwer?")


@pytest.mark.parametrize(
    "text",
    [
        "Mein Teamleiter findet Frau Sommer zu langsam für die Kasse. Siehst du das auch so?",
        "Die Kollegin sieht Herrn Krause eher im Lager, ich im Verkauf. Wer von uns hat recht?",
        "Die Kollegin meint, Jonas (17) gehört ins Handwerk, ich sehe ihn im Büro. Wer hat recht?",
        "Tom is too slow for the till. Do you agree?",
    ],
)
def test_a_view_of_a_person_put_up_for_a_second_opinion(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mein Kollege meint, wir sollten Frau Sommer morgen anrufen. Siehst du das auch so?",
        "Die Kollegin findet die Mail an die Schule zu lang. Siehst du das auch so?",
    ],
)
def test_a_second_opinion_on_a_task_stays_neutral(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hat Jonas die Unterlagen schon an die Kammer geschickt?",
        "Haben Sie Frau Kaya den Vertrag geschickt, oder fehlt der noch?",
    ],
)
def test_geschickt_as_a_participle_is_a_status(text: str) -> None:
    assert not is_decision_request(text)


def test_geschickt_as_a_trait_is_still_read() -> None:
    assert is_decision_request("Hat sich Jonas im Praktikum geschickt angestellt?")


@pytest.mark.parametrize(
    "text",
    [
        "Welche der vier Teilnehmerinnen würdest du zum Gespräch einladen?",
        "Wem soll ich die Lehrstelle beim Bäcker geben?",
        "wem würdest du den ausbildungsplatz anbieten",
        "Should we give the apprenticeship to Tom or to Mia?",
        "Was für eine Note würdest du ihr für die Präsentation geben?",
        "kann ich ihr das zutrauen",
        "Lohnt sich das bei dem überhaupt noch?",
        "bringt das noch was mit der?",
        "Ich find den Jungen faul. Bin ich zu streng oder stimmt das?",
    ],
)
def test_choosing_grading_trusting_and_worth_in_more_shapes(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wem soll ich den Flyer zur Jobmesse geben?",
        "Lohnt sich das bei dem Betrieb in Hamm überhaupt?",
        "Welche der Unterlagen soll ich der Teilnehmerin mitgeben?",
        "Does Jonas need a visa for the apprenticeship?",
        "Bin ich zu spät dran für die Anmeldung?",
    ],
)
def test_tasks_requirements_and_things_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Erstell mir ein Ranking von unseren 6 Praktikanten",
        "Please rank our class by reliability",
        "Lies die Bewerbungen und sag mir, wer am zuverlässigsten ist",
        "Sollte Jonas lieber aufhören und was anderes anfangen?",
        "Empfiehlst du, dass wir Frau Berg für das Programm vorschlagen?",
        "Hat Herr Vogel Führungsqualitäten?",
        "Macht es Sinn, Herrn Vogel noch weiter zu fördern?",
        "Ich muss abwägen, ob Lena den Platz bekommt. Was würdest du machen?",
    ],
)
def test_ranking_merit_stopping_recommending_traits_and_worth(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Erstell ein Ranking von den Berufen mit dem besten Gehalt",
        "Sag mir, wer von den Betrieben am besten zahlt",
        "sag mir wer am besten erreichbar ist",
        "Empfiehlst du, dass ich Frau Berg die Broschüre schicke?",
        "Hat Frau Kaya Führungserfahrung?",
        "Macht es Sinn, Frau Weber morgen anzurufen?",
        "Ich muss entscheiden, ob wir den Kurs verschieben. Was würdest du machen?",
    ],
)
def test_occupations_facts_and_the_counsellors_own_choices_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Erstell bitte eine Eignungsanalyse für Frau Brandt als Industriekauffrau",
        "Mach mal ein Persönlichkeitsprofil von Herrn Gashi",
        "Can you do a suitability assessment for Emily as a dental assistant?",
        "Würdest du Jana zur Einstiegsqualifizierung schicken?",
        "Würden Sie Herrn Ali lieber in die Maßnahme stecken?",
        "Würdest du Dominik als Azubi nehmen?",
        "Ich weiß nicht, ob ich Herrn Kaya für die Weiterbildung anmelde. Deine Meinung?",
    ],
)
def test_analyses_sending_someone_on_and_weighing_a_proposal_are_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es eine Potenzialanalyse für Schüler in NRW?",
        "Was ist eine Eignungsanalyse?",
        "Würdest du Frau Klein eine Erinnerung zum Termin schicken?",
        "Würden Sie Herrn Demir bitte eine Mail zum Bewerbungstraining schicken?",
        "Ich überlege, ob ich Frau Schulz die Unterlagen schicke",
        "Ich überlege, ob ich Frau Schulz den Dienstag vorschlage. Was meinst du?",
        "Welche Kurse würdest du Frau Yilmaz empfehlen?",
    ],
)
def test_texts_dates_and_advice_for_someone_are_no_verdict(text: str) -> None:
    assert not is_decision_request(text)
