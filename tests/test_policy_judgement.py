"""Requests to judge, rank or decide about a specific person (GDPR Art. 22)."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request


@pytest.mark.parametrize(
    "text",
    [
        "Ist mein Klient geeignet für eine Ausbildung als Pilot?",
        "Ist die Klientin für die Ausbildung zur Pflegefachfrau geeignet?",
        "Ist er geeignet?",
        "Wäre Frau Kaya als Erzieherin geeignet?",
        "Hältst du ihn für geeignet?",
        "Findest du die Bewerberin qualifiziert?",
        "Passt er in den Beruf?",
        "Eignet sich meine Klientin für den Beruf?",
        "Welcher meiner Teilnehmer ist am besten für die Stelle geeignet?",
        "Wer von meinen Klienten ist am ehesten geeignet?",
        "Bewerte die Eignung von Frau Kaya für den Beruf.",
        "Beurteile meinen Klienten.",
        "Soll ich die Bewerberin ablehnen?",
        "Soll ich ihn aufnehmen?",
        "Sollen wir Herrn Weber einstellen?",
        "Wen soll ich nehmen?",
        "Ranke die Bewerber nach Eignung.",
        "Sortiere die Bewerber.",
        "Erstelle eine Rangliste der Teilnehmer.",
        "Kann er das schaffen?",
        "Wird die Klientin die Prüfung bestehen?",
        "Glaubst du, dass sie die Ausbildung schafft?",
        "Schätze ein, ob er das packt.",
        "Is my client suitable for an apprenticeship as a pilot?",
        "rank my clients",
        "Which of my candidates is the best?",
        "Should I reject him?",
        "Please assess the suitability of this applicant.",
        "Can he handle the apprenticeship?",
        "Should we hire the applicant?",
        "Kannst du meinen Klienten einschätzen?",
        "Beurteile bitte die Belastbarkeit von Herrn Weber.",
    ],
)
def test_decision_requests_are_recognised(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welche Eigenschaften sind für den Beruf Pilot wichtig?",
        # A profile question, not a verdict on a particular person: deliberately not flagged.
        "Für wen ist eine Ausbildung als Pilot geeignet?",
        "Welche Berufe sind für Menschen mit Rückenproblemen geeignet?",
        "beruf Pilot",
        "Schreib eine Mail zur Terminbestätigung",
        "Soll ich den Termin absagen?",
        "Soll ich das Angebot annehmen?",
        "Prüfe die Bewerbung auf Rechtschreibfehler.",
        "Sortiere die Termine nach Datum.",
        "Wie kann man die Prüfung bestehen?",
        "Können Sie das schaffen?",
        "Fasse das Gespräch zusammen.",
        "Ist die Ausbildung als Pilot teuer?",
        "Ist Frau eine geeignete Anrede?",
        # Everyday tasks that mention a client are not judgements (the engine refuses matches).
        "Soll ich der Klientin für den Termin absagen?",
        "Soll ich die Klientin an die Schuldnerberatung vermitteln?",
        "Erstelle eine Reihenfolge der Themen für das Gespräch mit der Klientin.",
        "Schreib eine Mail an die Klientin, dass sie die Prüfung bestehen muss.",
        "Frag Frau Kaya, ob sie den Termin schafft.",
        "Bewerte den Lebenslauf-Entwurf auf Tippfehler.",
        "Should I accept the offer?",
        "Finde meiner Klientin passende Ausbildungsplätze in Dortmund.",
        "Welche Berufe passen zu meiner Klientin, die gern mit Tieren arbeitet?",
        "Ist die Ausbildung für Teilnehmer kostenlos?",
        "Schreib eine Absage an den Kundenservice.",
        "Ich habe einen Termin mit meiner Klientin, bitte bereite Fragen vor.",
        "What does a pilot do?",
        "Is this job suitable for night owls?",
    ],
)
def test_lookups_and_tasks_are_not_decision_requests(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Würdest du Lena eher zur Kauffrau oder zur Erzieherin raten?",
        "Hat Marco realistische Chancen auf einen Ausbildungsplatz als Bankkaufmann?",
        "Soll ich Frau Weber von der Ausbildung zur Pflegefachfrau abraten?",
        "Sollte das Jobcenter die Maßnahme für Herrn Kaya abbrechen?",
        "Prognose: wird Ayla die Probezeit überstehen?",
        "Would you recommend that Sam drops out of the program?",
    ],
)
def test_advice_for_or_against_a_person_and_forecasts_about_them_are_refused(text: str) -> None:
    # Names from the maintained name lists count, also those the short list lacks (Marco, Ayla).
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kann Ayla ihre Ausbildung auch in Teilzeit machen?",
        "Welche Ausbildung würdest du jemandem raten, der gern mit Tieren arbeitet?",
        "Marco hat seine Ausbildung abgebrochen, welche Alternativen gibt es im Handwerk?",
        "Kann man die Ausbildung zum Koch abbrechen und später wieder einsteigen?",
        "Soll ich Frau Weber zum Erstgespräch einladen oder anrufen?",
        "Welche Chancen gibt es für Geflüchtete auf dem Ausbildungsmarkt?",
    ],
)
def test_information_and_tasks_naming_a_person_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Klientin hat GdB 50, steht ihr in der Ausbildung mehr Urlaub zu?",
        "Steht Herrn Kaya während der Umschulung Fahrgeld zu?",
        "Kevin fragt, ob ihm ein Zuschuss für das Ticket zusteht – steht ihm das zu?",
    ],
)
def test_an_entitlement_asked_for_a_person_is_no_judgement(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Traust du Lena die Ausbildung zur Bankkauffrau zu?",
        "Kann man Herrn Li die Nachtschicht überhaupt zumuten? Mutest du ihm das zu?",
        "Stufst du Frau Brandt als schwach ein?",
    ],
)
def test_trusting_or_rating_someone_with_a_separable_verb_is_still_a_judgement(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ok, und passt es zu ihm?",
        "was denkst du, passt das zu Jonas?",
        "Passt das eigentlich zu meiner Teilnehmerin?",
        "Würde das zu Frau Kaya passen?",
    ],
)
def test_the_occupation_talked_about_fitted_to_a_person_is_refused(text: str) -> None:
    # After a card the occupation is "das" or "es"; whether it fits her is a verdict.
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Montag um 9, passt das für sie?",  # a date, asked for someone
        "Passt das zu den Voraussetzungen?",
        "passt das zu ihrem Schulabschluss?",
        "Welche Berufe passen zu ihm?",  # a list, an exploration
    ],
)
def test_whether_something_fits_a_thing_or_a_date_is_not_refused(text: str) -> None:
    assert not is_decision_request(text)
