"""A view asked of the person a mail is written to (a teacher, a training company, parents)
is no verdict asked of the assistant (GDPR Art. 22); the same words put to the assistant, or a
mail whose content the assistant is to decide, still are."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

ASKED_OF_THE_ADDRESSEE = [
    "Mail an Frau Schulte (Klassenlehrerin): Wir bitten um Ihre Einschätzung, ob Tim für ein"
    " Praktikum im Handwerk geeignet ist.",
    "Bitte Mail an die Ausbildungsleitung: Wie schätzen Sie die Chancen von Frau Kaya auf"
    " Übernahme ein? Rückmeldung bis 20.01.",
    "schreib herrn dr. lange bitte, wir bitten um ihre kurze einschätzung ob Hr. Klein"
    " belastbar genug für den Schichtdienst ist, danke",
    "Email to Mr Brown: could you give us your assessment of whether Ahmed is ready for the"
    " apprenticeship?",
    "Schreib eine Mail an den Betrieb Schulz: Wie sehen Sie Jonas nach dem Praktikum, hat er"
    " das Zeug zum Tischler?",
]

STILL_A_VERDICT = [
    "Wir bitten um Ihre Einschätzung, ob Tim für ein Praktikum im Handwerk geeignet ist.",
    "Schreib mir deine Einschätzung, ob Tim für das Praktikum geeignet ist",
    "Mail an Frau Schulte: Ist Tim für ein Praktikum im Handwerk geeignet? Entscheide du und"
    " schreib es ihr",
    "Wie schätzen Sie die Chancen von Frau Kaya auf Übernahme ein?",
]


@pytest.mark.parametrize("text", ASKED_OF_THE_ADDRESSEE)
def test_a_view_asked_of_the_addressee_of_a_mail_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize("text", STILL_A_VERDICT)
def test_the_same_view_asked_of_the_assistant_is_refused(text: str) -> None:
    assert is_decision_request(text)
