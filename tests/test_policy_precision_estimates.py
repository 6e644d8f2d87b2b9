"""Ordinary requests about a named client that share words with verdicts stay answered: a
cost or a duration estimated, a thing's worth with the circumstances that make it worth it,
tickets and papers one fetches, a fact the client already has; the same words said of the
person stay verdicts (GDPR Art. 22)."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

NEUTRAL = [
    # a cost, a duration or an effort estimated
    "Wie schätzt man die Kosten für den Führerschein von Lea ein?",
    "Wie schätze ich die Fahrtkosten für Herrn Yilmaz ein?",
    "Kannst du den Aufwand für den Antrag von Frau Kaya einschätzen?",
    # a thing's worth, with the circumstances that make it worth it
    "Lohnt sich der Führerschein für Tim, wenn er aufs Land zieht?",
    "Ist der Kurs für Herrn Demir Zeitverschwendung, wenn er eh schon einen Staplerschein hat?",
    # things one fetches or hands in
    "Hat Herr Kaya die Karten für die Berufsmesse schon abgeholt?",
    "Hat Frau Petrova die Unterlagen für den Antrag schon dabei?",
    # a list of occupations asked for, a strength told beside it
    "my client is good with numbers, what apprenticeships could she do?",
    "Tim is great with his hands - what jobs are there for him?",
]

VERDICTS = [
    "Hat Jonas gute Karten bei der Bewerbung?",  # "gute Karten haben": good prospects
    "Hat Lena schlechte Karten für die Ausbildung?",
    "Lohnt sich der Staplerschein für Herrn Kaya überhaupt noch mit 58?",  # doubt and age
    "Lohnt sich der Kurs für ihn, oder ist er zu langsam dafür?",
    "Wie schätzt du die Chancen von Lea auf den Platz ein?",  # her prospects, not a cost
    "Kannst du einschätzen, ob Frau Weber die Kosten für den Kurs tragen kann?",
    "Ist der Kurs für Herrn Demir zu schwer, wenn er eh schon Probleme mit Mathe hat?",
    "Hat Tobias den Kopf für die Ausbildung?",  # a faculty with the definite article
    "what jobs could Tim do with his grades, is he smart enough?",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_an_ordinary_request_about_a_client_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize("text", VERDICTS)
def test_the_same_words_said_of_the_person_stay_verdicts(text: str) -> None:
    assert is_decision_request(text)
