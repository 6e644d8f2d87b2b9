"""The Art. 9 reminder is about clients: not the counsellor's own day, not health occupations."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.policy import find_special_categories


@pytest.mark.parametrize(
    "text",
    [
        "ich bin heute krank",
        "Bin krankgeschrieben, der Termin morgen fällt aus",
        "Ich habe morgen einen Arzttermin",
        "mail Absage an Frau Weber: ich bin leider krank, wir holen den Termin nach",
        "Ich bin bis Freitag krankgeschrieben.",
        "beruf Gesundheits- und Krankenpfleger",
        "Ausbildung in der Pflege",
        "Was macht ein Heilerziehungspfleger?",
        "beruf Physiotherapeut",
        "Wie lange dauert die Ausbildung zum Diätassistenten?",
        "Was verdient eine Rehabilitationspädagogin?",
        "Religionslehrerin werden – welches Studium?",
        "Medizinische Fachangestellte in der Psychiatrie",
        "Die Klientin möchte ein Praktikum in der Psychiatrie machen.",
        "Ausbildung zur Erzieherin bei der Kirche",
        "Sorry, war krank – kannst du mir eine Erinnerung für Frau Klein schreiben?",
        "Kollegin ist krank, ich übernehme ihre Termine",
        # the counsellor named by their role
        "Beraterin war letzte Woche krank, daher Termin nachgeholt.",
        "BB krank, Termin verschoben",
        "the counsellor was ill, so the session moved",
        "Was macht eine Pflegefachfrau in der Psychiatrie?",
        "Was verdient man als Physiotherapeut in der Reha?",
        "Ergotherapeutin in der Psychiatrie – wie sieht der Alltag aus?",
        # places and services named without anyone's data
        "Was verdient man als Pflegefachfrau im Krankenhaus?",
        "Was macht ein OTA im OP?",
        "Arbeitet eine MFA auch stationär?",
        "Is there training for hospital jobs?",
        "Fachkraft für Drogen- und Suchtberatung?",
        "Was macht ein Psychologe?",
        "Krankenhaus Hamm sucht Azubis",
        "Heilerziehungspfleger: Einsatz in Wohngruppen für Menschen mit Behinderung",
        "Operation Zukunft: Ausbildungsmesse am Freitag",
    ],
)
def test_own_situation_and_occupations_raise_no_category(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Klientin ist seit drei Wochen krank.",
        "Ich bin krank und die Klientin hat Diabetes",
        "Berater war krank, Kl. hat Depression",
        "Beraterin fragt, ob Kl. Medikamente nimmt",
        "Ich glaube, sie ist depressiv",
        "Er war lange krank.",
        "Klientin war drei Wochen in der Psychiatrie",
        "Meine Klientin ist schwanger und sucht eine Teilzeitausbildung",
        "Er ist Muslim und fastet im Ramadan",
        "Jonas war in der Reha",
        "Tim, Azubi im 2. Lehrjahr, ist depressiv",
        "Die Klientin arbeitet in der Pflege und ist seit Wochen krankgeschrieben",
        "Klientin, 17, ist schwanger und sucht eine Ausbildung in der Pflege",
        "Klientin war drei Wochen im Krankenhaus",
        "Nach seiner Bandscheiben-OP darf Herr K. nicht mehr schwer heben",
        "Sie geht jeden Freitag in die Moschee",
        "Tim ist seit Jahren in Behandlung beim Psychologen",
        "my client is deaf and looks for an apprenticeship",
        "TN ist seit 6 Monaten clean nach dem Drogenentzug",
    ],
)
def test_data_about_someone_else_still_counts(text: str) -> None:
    assert find_special_categories(text)


async def test_no_art9_reminder_for_a_counsellors_own_sick_day(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "mail Terminabsage an die Klientin: ich bin heute krank, neuer Termin folgt"
    )
    assert "special_categories" not in {r.id for r in reply.reminders}
    reply, _ = await acked_chat.say("beruf Gesundheits- und Krankenpflegerin")
    assert "special_categories" not in {r.id for r in reply.reminders}
    reply, _ = await acked_chat.say(
        "mail Erinnerung: Klientin ist schwanger, Termin beim Jobcenter"
    )
    assert "special_categories" in {r.id for r in reply.reminders}


@pytest.mark.parametrize(
    "text",
    [
        # questions in general ("man", "jemand") that name nobody
        "Darf man mit Epilepsie eine Ausbildung zum Berufskraftfahrer machen?",
        "Kann jemand mit Diabetes Koch werden?",
        "is it possible for someone with asthma to work as a baker?",
        # the verb "sein" is no third person
        "Muss man für eine Stelle beim Bistum katholisch sein?",
        # school subjects
        "Wie wichtig ist die Note in Religion im Abschlusszeugnis?",
        "Kann man Religion als Prüfungsfach im Abi wählen?",
        "Fällt der Religionsunterricht an der Berufsschule weg?",
        # organisations named after a faith
        "Die Katholische Hochschule NRW bietet Soziale Arbeit dual an",
        "Bewerbung beim Evangelischen Johannes-Krankenhaus Bielefeld: bis wann?",
        "Das Christliche Jugenddorf in Hamm hat noch BvB-Plätze frei",
        # groups of people, statistics
        "Wie viele Azubis mit Behinderung gibt es in NRW?",
        "Gibt es Förderprogramme für Beschäftigte mit Migrationshintergrund?",
    ],
)
def test_general_questions_subjects_and_organisations_raise_no_category(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Darf man einen Klienten mit Epilepsie als Fahrer vermitteln?",
        "Kann jemand wie Herr Brandt mit seiner Depression Vollzeit arbeiten?",
        "Er ist katholisch und möchte sonntags nicht arbeiten",
        "Die Klientin ist evangelisch, Schule hat sie 2024 beendet",
        "Er ist Muslim, sein Glaube ist ihm wichtig",
        "Frau Jung hat in Religion eine Zwei, ist aber seit Monaten depressiv",
        "Klientin möchte wegen ihrer Religion kein Schweinefleisch verarbeiten",
    ],
)
def test_a_clients_data_next_to_those_words_still_counts(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Einladung an Frau Neumann zum Vorstellungsgespräch im Krankenhaus Dortmund am 02.03.2027",
        "Herr Celik hat einen Probetag in der Reha-Klinik, kannst du ihn erinnern?",
        "Herr Schulz hat am Freitag ein Bewerbungsgespräch im Krankenhaus Unna",
        # a placement there, in English
        "is she even worth putting forward for the hospital placement?",
        "He has a placement at the hospital, what should he bring?",
    ],
)
def test_applying_at_a_hospital_is_no_health_data(text: str) -> None:
    assert not find_special_categories(text)


def test_an_appointment_at_a_hospital_without_an_application_still_counts() -> None:
    assert find_special_categories("Klientin hat morgen einen Termin in der Psychiatrie")
    assert find_special_categories("my client was in hospital for two weeks, which jobs now?")


@pytest.mark.parametrize(
    "text",
    [
        # groups of people in general, and groups someone works with
        "Gibt es in Dortmund Wohnheime für behinderte Jugendliche?",
        "Welche Ausbildungsbetriebe nehmen schwerbehinderte Bewerber?",
        "Sprachkurse für Geflüchtete in Unna – wer bietet die an?",
        "Wie viele Geflüchtete haben 2025 eine Ausbildung begonnen?",
        "Der Klient möchte später mit behinderten Kindern arbeiten",
        "which employers hire disabled people in Hamm?",
        # a religious festival as a date, a post named after an absence, English workplaces
        "Während des Ramadan ist das Jugendzentrum kürzer geöffnet",
        "Stellenangebot: Krankheitsvertretung im Sekretariat, 6 Monate",
        "Are there apprenticeships at a mental health clinic?",
    ],
)
def test_groups_festivals_and_posts_raise_no_category(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Klient hat drei behinderte Kinder und sucht eine Teilzeitstelle",
        "Frau B. kümmert sich um ihre behinderten Eltern",
        "Er fastet während des Ramadan",
        "Sie ist seit der Schwangerschaft krankgeschrieben",
    ],
)
def test_a_clients_own_people_and_practice_still_count(text: str) -> None:
    assert find_special_categories(text)


def test_for_a_condition_is_no_group_of_people() -> None:
    assert find_special_categories("Attest für Epilepsie liegt seit Mai vor")


@pytest.mark.parametrize(
    "text",
    [
        "mail an Christian Weber: Termin am Montag 10 Uhr in Raum 3",
        "Christian kam heute wegen einer Ausbildung als Koch",
        "Notiz: Gespräch mit Christian, Bewerbungsmappe besprochen",
        "Please invite Christian to the workshop on Friday",
    ],
)
def test_a_first_name_that_is_also_a_category_word_is_a_name(text: str) -> None:
    assert find_special_categories(text) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Die Klientin ist Christian und möchte sonntags nicht arbeiten",
        "My client is a devout Christian and asks about Sunday shifts",
        "Herr Yilmaz ist christlich erzogen",
    ],
)
def test_the_category_word_after_a_copula_or_article_still_counts(text: str) -> None:
    assert find_special_categories(text) == frozenset({"religion"})
