"""A judgement written down as a document (GDPR Art. 22): the assistant is asked to produce
one ("Schreib eine Eignungsbeurteilung für …"), which it refuses; a document of that name
that someone else wrote and the counsellor asks for, forwards or lists is no such request."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

ORDERS = [
    "Schreib eine Eignungsbeurteilung für Hr. Klein",
    "Kannst du mir ein Eignungsgutachten für Tim erstellen?",
    "erstell bitte eine leistungsbeurteilung zu frau yilmaz aus meinen notizen",
    "Gib mir eine Eignungsprognose für die Bewerberin",
    "Mach ein Persönlichkeitsprofil von Jonas anhand der Notizen",
]

DOCUMENTS = [
    "Schreib Herrn Prof. Braun bitte, dass wir für die Reha-Beratung noch den Befundbericht"
    " und die Leistungsbeurteilung brauchen",
    "mail an den Betrieb: bitte schicken Sie uns die Leistungsbeurteilung aus dem Praktikum,"
    " damit wir sie zur Akte nehmen",
    "Die Eignungsbeurteilung der Agentur liegt vor, wann ist der nächste Termin frei?",
    "Unterlagen für die Anmeldung: Lebenslauf, Zeugnis, Leistungsbeurteilung vom Praktikum",
]


@pytest.mark.parametrize("text", ORDERS)
def test_a_written_judgement_asked_of_the_assistant_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_document_of_that_name_written_by_someone_else_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)
