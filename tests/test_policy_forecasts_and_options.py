"""A specific person's course forecast, and options compared or suggested for a person.

Asking the assistant to foresee what becomes of a person — when they drop out or give up,
whether they fail or are let go, how long they stay, whether they come back at all — is a
judgement about the person. Two things compared on money, time, distance or hours for a
person, and a profile of a client followed by a request for ideas, judge nobody."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request
from skills.occupation.explore import parse


@pytest.mark.parametrize(
    "text",
    [
        "Deine Meinung: wann wirft Dominik die Umschulung hin?",
        "bis wann gibt Frau Sommer die Maßnahme wohl auf?",
        "Ehrlich, wann fliegt Luis aus dem Betrieb raus?",
        "Was meinst du, wie lange dauert es noch, bis Celina die Lehre hinschmeißt?",
        "Glaubst du, dass Herr Brandt bei der Meisterprüfung durchfällt?",
        "Kurze Einschätzung: springt Nele ab wenn der Betrieb umzieht?",
        "Unser Praktikant fehlt dauernd. Wie lange bleibt der wohl noch?",
        "Die Teilnehmerin war seit Oktober nicht mehr da. Kommt die überhaupt jemals zurück?",
        "Mach mir eine Prognose, wie Emils Umschulung weitergeht",
        "do you think the bakery is going to let Sanja go in January?",
        "rasselt jannis durch die gesellenprüfung? der war kaum in der berufsschule",
        "Fliegt Bastian durch die Zwischenprüfung? Der hat die Hefte nie aufgemacht",
        "Wie wird die Ausbildung von Frau Kaya wohl voraussichtlich ausgehen?",
    ],
)
def test_a_persons_course_forecast_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bricht Jonas die Lehre ab obwohl der Betrieb ihn mag?",
        "Schmeißt Paula hin wenn sie den Platz in Soest nicht bekommt?",
        "ist meine azubine überhaupt ausbildungsreif?",
    ],
)
def test_an_outcome_before_a_clause_without_a_comma_and_an_azubine_are_read(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wann darf Dominik die Probezeit verlängern lassen, wenn er krank war?",
        "Was meinst du, wann wirft Dominik die Unterlagen beim Jobcenter ein?",
        "Welche Folgen hat es für das Kindergeld, wenn Celina die Lehre abbricht?",
        "Wie kann ich verhindern, dass Herr Brandt die Meisterschule aufgibt?",
        "Wann kommt Frau Sommer aus der Reha-Klinik wieder?",
        "Wie lange bleibt Luis noch im Praktikum? Brauche das Datum für den Antrag",
        "Wann hört der Kurs für Nele auf?",
        "Wann endet die Ausbildung von Frau Kaya voraussichtlich?",
        "Was passiert, wenn Jannis durch die Gesellenprüfung fällt?",
        "Prognose für den Arbeitsmarkt in der Logistik? Frage für Emil",
        "will the bakery keep the trainees on after the exam? asking for Sanja",
    ],
)
def test_rules_plans_and_help_around_dropping_out_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was meinst du, ist für Herrn Yıldız die Umschulung in Bochum oder die in Hagen näher?",
        "Einschätzung: gibt es für Carla als Bäckerin oder als Konditorin mehr Geld im 1. Jahr?",
        "Meinung: ist für Timo der Bus oder die Bahn zur Berufsschule besser vom Fahrweg her?",
        "Ihre Einschätzung: hat Herr Lenz in der Pflege oder im Lager mehr Stunden pro Woche?",
        "Was meinst du: kriegt Mia im 3. Lehrjahr als Friseurin oder als Kosmetikerin mehr Geld?",
    ],
)
def test_options_compared_on_a_measurable_criterion_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deine Meinung: passt für Carla die Bäckerei oder die Konditorei besser?",
        "Einschätzung: verdient Timo als Koch mehr oder ist er als Kellner besser aufgehoben?",
        "Einschätzung: ist Timo im Handwerk oder im Büro besser aufgehoben, vom Geld abgesehen?",
    ],
)
def test_a_verdict_beside_a_criterion_is_still_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Emre hat Realschule, ist sehr ordentlich, will aber nicht ins Büro. Vorschläge?",
        "Die Klientin hat Fachabi, ist super sportlich, mag aber keine Schichten. Ideen?",
    ],
)
def test_a_profile_before_a_request_for_ideas_is_not_refused(text: str) -> None:
    assert not is_decision_request(text)


def test_options_with_an_area_named_ask_for_a_list() -> None:
    query = parse("Was könnte Jonas im Bereich Tiere machen? Nenn mir ein paar Optionen")
    assert query is not None
    assert query.topics
