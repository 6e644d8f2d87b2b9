"""Verdicts in three more shapes: the counsellor's doubt with the verb first ("frag ich mich,
ob sich der Aufwand bei … lohnt"), a place handed to one of several people named before and
then by its pronoun, and an English body asked what to do with someone; and their neutral
neighbours."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request


@pytest.mark.parametrize(
    "text",
    [
        "manchmal frag ich mich, ob sich die ganze Mühe mit Herrn Berger noch lohnt",
        "Frage ich mich echt, ob sich der Einsatz bei Yasmin noch lohnt. Was meinst du?",
        "Es gibt einen Praktikumsplatz bei der Stadt und zwei Bewerber, Finn und Aylin. "
        "Wem soll ich ihn geben?",
        "Should the employer take on Priya after the trial week?",
        "should her trainer keep her on next year?",
    ],
)
def test_the_verdict_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "frag ich mich auch, ob die Infoveranstaltung in Hamm stattfindet",
        "ich frag mich, ob sich der Aufwand bei dieser Firma lohnt",
        "Ich hab den Antrag von Frau Nowak fertig. Wem soll ich ihn geben?",
        "Should the company hire more apprentices this year?",
    ],
)
def test_the_neutral_neighbour_is_not(text: str) -> None:
    assert not is_decision_request(text)
