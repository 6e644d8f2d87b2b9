"""Kinds of question that name a client and are no verdict on them (GDPR Art. 22): how the
counsellor can help the person, what the person is doing (a status), an evaluative word said
of a company or a place, who helps (the war a client fled is no verb of choosing) — and,
beside each, the verdict they must not hide."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

NEUTRAL = {
    "how the counsellor can help": [
        "Wie verbessere ich seine Chancen auf einen Ausbildungsplatz?",
        "Wie können wir Svetlanas Chancen bei der Umschulung erhöhen?",
        "Was kann ich tun, damit Jonas die Zwischenprüfung schafft?",
        "wie unterstütze ich ihre chancen am besten bei der bewerbung",
        "How can I improve his chances of getting a place?",
        "What can we do to boost her chances with the bank?",
    ],
    "a status": [
        "Is Daniel still looking for an apprenticeship?",
        "Is Bartosz still waiting for an answer from the training company?",
        "Is she still on the waiting list for the course?",
        "Ist Tim noch auf der Suche nach einem Platz für die Ausbildung?",
    ],
    "a company or a place": [
        "Do you think Amazon is a good place to start?",
        "Do you think Zalando would be a good place for a retail apprenticeship?",
        "Is Bosch a good training company for a mechatronics apprentice?",
        "Ist Lidl ein guter Ausbildungsbetrieb für Fachlageristen?",
    ],
    "who helps": [
        "Jelena kam 2022 wegen des Krieges aus Mariupol, ihr Diplom ist nicht anerkannt – wer"
        " hilft ihr da?",
    ],
}

VERDICTS = {
    "how the counsellor can help": [
        "Wie kann ich Tim helfen, oder ist er einfach zu faul für die Ausbildung?",
        "Wie stehen seine Chancen auf einen Ausbildungsplatz?",
        "Wie schätzt du seine Chancen ein? Wie kann ich ihm helfen?",
    ],
    "a status": [
        "Is Daniel still fit for an apprenticeship?",
        "Is Daniel looking good for the apprenticeship?",
        "Ist Tim noch geeignet für die Ausbildung?",
    ],
    "a company or a place": [
        "Do you think Tim would be a good apprentice?",
        "Wäre Tim ein guter Azubi für den Betrieb?",
        "isn't he a bit too old to start an apprenticeship at 38?",
        "Is he too old for school?",
    ],
    "who helps": [
        "Tim und Jonas, wer kriegt den Platz?",
    ],
}


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in NEUTRAL.items() for text in texts]
)
def test_no_verdict(kind: str, text: str) -> None:
    assert not is_decision_request(text), kind


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in VERDICTS.items() for text in texts]
)
def test_the_verdict_beside_it_is_still_refused(kind: str, text: str) -> None:
    assert is_decision_request(text), kind
