"""Art. 9 cue words that name no client's data: a course's people named by their role at a
service, an employer answering an application, a colleague's own appointment, a topic of a
course, a surname after a given name, a parish's rooms. Beside each, the same words said of a
client stay data (GDPR Art. 9)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories

NO_DATA = [
    # a group by its role with a church or a service
    "Für die Absolventinnen ist am Samstag ein Gottesdienst im Dom, bitte Einladung schreiben",
    "unsere azubis feiern den abschluss in der kirche st. anna, rundmail an alle bitte",
    # an employer's answer to an application, or a job offered there as an occupation
    "Absage von der Uniklinik für Frau Brandt, Stelle als Pflegeassistentin – was nun?",
    "Herr Sommer hat eine Zusage als Hausmeister in der Psychiatrie in Marsberg bekommen",
    "she got a rejection from the hospital for the porter job, any other ideas?",
    "Die Psychiatrie in Lengerich hat Herrn Sommer zum Vorstellungsgespräch eingeladen",
    # a colleague's own appointment
    "Kollege Berger hat am Montag seine OP, bitte seine Termine auf mich umlegen",
    # a topic of a course, in a message that names nobody
    "Im Sprachkurs ist morgen Religion und Feiertage das Thema, hast du ein Arbeitsblatt?",
    "Wir machen nächste Woche einen Projekttag zu Flucht und Vertreibung, hast du Material?",
    'Der Vortrag "Judentum heute" im Rathaus fällt aus, sag das bitte den TN',
    # a surname after a given name, in any case
    "bitte den termin mit sarah blind auf freitag legen",
    # a parish's rooms
    "Die Infoveranstaltung ist im katholischen Pfarrheim, schick bitte allen die Adresse",
]


@pytest.mark.parametrize("text", NO_DATA)
def test_no_client_data_in_these_forms(text: str) -> None:
    assert not find_special_categories(text)


DATA = [
    # a person of the group named, with the data
    "Lina aus der Abschlussklasse ist Muslima und will nicht zum Gottesdienst, wie lösen wir das?",
    # a stay, not an employer; an approval of a stay
    "Herr Sommer kommt gerade aus der Klinik und hat jetzt eine Absage vom Betrieb",
    "Frau Brandt hat die Zusage für die Reha bekommen, wann kann sie wieder einsteigen?",
    "Die Klinik hat Herrn Sommer neu eingestellt, kann er ab Montag wieder in die Maßnahme?",
    # work named before "und", the illness after it
    "Paula arbeitet als Altenpflegerin und ist seit März an einer Depression erkrankt",
    # a colleague's client
    "Kollegin Berger sagt, ihr Klient Herr Yavuz hat Epilepsie – darf er Stapler fahren?",
    # the topic that is the client's
    "Frau Aziz will im Kurs über ihre Religion sprechen, das Thema ist ihr wichtig",
    # a copula before the name asks about the person; a verb after a name is no surname
    "ist sarah blind? dann brauchen wir andere Unterlagen",
    "Yasin fastet gerade, kann er im Praktikum die Pause verschieben?",
    # a condition of the heart
    "Bei der Untersuchung kam raus, dass Emre eine Herzschwäche hat, geht Dachdecker noch?",
    # drinking again without naming the drink
    "Die Mutter von Tom hat angerufen, dass er wieder trinkt – wie spreche ich das an?",
]


@pytest.mark.parametrize("text", DATA)
def test_the_same_words_said_of_a_client_stay_data(text: str) -> None:
    assert find_special_categories(text)
