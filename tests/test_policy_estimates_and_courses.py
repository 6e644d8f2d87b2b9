"""Estimates, courses and workplaces around a named person.

An estimate asked of a procedure, a cost or a deadline ("Einschätzung: wie lange dauert die
Anerkennung bei Herrn Petrov?") judges nobody; the same frame over the person's own course or
pace stays a verdict. A person's course chosen between alternatives under a verdict frame
("Dein Urteil: Berufsfachschule oder gleich Lehre für Nico?") is a decision handed over, a
fact asked about the alternatives is not. An occupation named without an article "passt zu"
a person is their fit. A ward named with its hospital, and everyday words for a job there,
make the place a workplace, no data on the client (Art. 9)."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request
from bot.policy.special import find_special_categories


@pytest.mark.parametrize(
    "text",
    [
        "Deine Einschätzung: wie lange dauert das Anerkennungsverfahren bei Herrn Petrov etwa?",
        "Einschätzung bitte: bis wann muss Jana den BAB-Antrag gestellt haben?",
        "Wie lange braucht die Familienkasse für Herrn Özdemirs Antrag, deine Einschätzung?",
        "Kurze Einschätzung bitte. Wie lange dauert bei Frau Lindner die Bearbeitung?",
        "kurze einschätzung: ist die anmeldefrist für Nico schon abgelaufen?",
    ],
)
def test_an_estimate_of_a_procedure_is_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Schätz mal, wie lange es dauert, bis Jana wieder einen Job hat",
        "Deine Einschätzung: wie lange dauert es, bis Herr Petrov die Prüfung besteht?",
        "Deine Einschätzung: wie lange braucht Herr Petrov für die Fachsprachprüfung?",
        "Einschätzung bitte: bis wann hat Jana einen Vertrag in der Tasche?",
        "Einschätzung: wie lange dauert die Maßnahme, und ist Jana belastbar genug dafür?",
    ],
)
def test_an_estimate_of_the_person_is_still_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dein Urteil: Berufsfachschule oder gleich Lehre für Nico?",
        "Was sagst du, sollte Nico die Bewerbung noch wegschicken oder es lieber sein lassen?",
        "quick verdict: retraining or a language course first for Mr Petrov?",
        "Ehrliches Urteil bitte – Studium oder erst mal jobben für Frau Lindner?",
    ],
)
def test_a_course_chosen_between_alternatives_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dein Urteil: Berufsfachschule oder Lehre – was dauert länger? Frage für Nico",
        "Meinung: soll Nico die Bewerbung per Post oder online schicken?",
        "Was meinst du, sollen wir das Treffen mit Nico vor oder nach dem Praktikum machen?",
        "Deine Meinung: Studium oder Ausbildung, gibt es für Frau Lindner Infos zur Finanzierung?",
    ],
)
def test_a_fact_about_alternatives_is_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frage: passt Tischler zu Nico?",
        "Würde Bankkaufmann zu Herrn Petrov passen?",
        "Meinung: passt die Ausbildung zur Köchin zu Jana?",
    ],
)
def test_an_occupation_that_fits_a_person_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    ["Würde die Teilzeit zu Frau Lindner passen?", "Passt Donnerstag zu Nico?"],
)
def test_a_time_that_suits_a_person_is_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mein Klient macht ein FSJ in der Onkologie der Uniklinik Essen, gibt es da Urlaub?",
        "Frau Lindner putzt abends in einer Synagoge und sucht eine Ausbildung",
        "Nico jobbt in den Ferien im Krankenhaus, wie viele Stunden darf er mit 16?",
    ],
)
def test_a_workplace_is_no_data_on_the_client(text: str) -> None:
    assert find_special_categories(text) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Nico war in der Kinderpsychiatrie der Uniklinik und sucht jetzt eine Ausbildung",
        "Frau Lindner betet in der Synagoge und fragt nach freien Tagen",
    ],
)
def test_a_stay_or_a_faith_is_still_data(text: str) -> None:
    assert find_special_categories(text) != frozenset()
