"""Forms in which a special-category word names no client's data: a surname after a title, a
colleague named with their team, the counsellor's own state going on in a clause without a
subject, being ill as a case that may happen, a health paper asked for as a requirement, a
question after a headline and a colon, an ache that is the counsellor's worry ("Bauchschmerzen,
ob …"). The same words said of a client stay data (GDPR
Art. 9)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories

NO_DATA = [
    # a surname, in any case
    "Frau Blind hat ihren Termin am Donnerstag verpasst, bitte neu einladen",
    "herr taub möchte wissen, wann die Maßnahme anfängt",
    # a colleague named with their team
    "Herr Lorenz aus unserem Team ist krankgeschrieben, bitte seine Termine mit Frau Roth absagen",
    "Ms Hale from our team is in hospital, please tell Mr Bello his appointment moves",
    # the counsellor's own state going on
    "bin krankgeschrieben, Bandscheibe mal wieder – sag bitte Frau Ott für morgen ab",
    "I'm off sick, migraine, please cancel my 10 o'clock with Mr Bello",
    # being ill as a case that may happen, and its papers
    "Was passiert mit dem Bürgergeld von Frau Ott, falls sie während der Maßnahme krank wird?",
    "Was soll Herr Gashi machen, wenn er am Prüfungstag krank ist, reicht dann ein Attest?",
    # a health paper asked for as a requirement
    "Muss Frau Ott für die Ausbildung bei der Bahn eine ärztliche Untersuchung nachweisen?",
    # a question after a headline and a colon
    "Thema Elternabend: Darf die Schule das Kopftuch im Sportunterricht verbieten?",
    # an ache that is the counsellor's worry whether something works out
    "Bei Herrn Sahin hab ich echt Bauchschmerzen, ob der die Probezeit übersteht",
    "Ich hab Kopfschmerzen, ob Frau Ott die Umschulung bis zum Ende durchzieht.",
]


@pytest.mark.parametrize("text", NO_DATA)
def test_no_client_data_in_these_forms(text: str) -> None:
    assert not find_special_categories(text)


DATA = [
    "Frau Blind ist blind und sucht eine Ausbildung im Büro",
    "Herr Sahin hat oft so starke Kopfschmerzen, dass er nicht zur Berufsschule kann",
    "Herr Lorenz aus unserem Team sagt, Frau Roth hat Diabetes – welche Berufe gehen?",
    "bin krank, Frau Ott hat übrigens auch Migräne, bitte Termin absagen",
    "Herr Gashi ist ständig krank, was tun, wenn er wieder krank ist?",
    "Was passiert mit dem Bürgergeld, wenn Frau Ott wegen ihrer Depression ausfällt?",
    "Herr Gashi hat Epilepsie, braucht er für den Führerschein ein ärztliches Gutachten?",
    "Thema Herr Aksoy: Darf er im Ramadan früher Pause machen?",
]


@pytest.mark.parametrize("text", DATA)
def test_the_same_words_said_of_a_client_stay_data(text: str) -> None:
    assert find_special_categories(text)
