"""Art. 22 reading (GDPR Art. 22): "der"/"dem" as a dative pronoun before what is handed over,
"für die" before a verdict closing the question, intensified traits typed as one word,
"bringt X das als …"; and what is no verdict: whether a
way of training is realistic, a client's question quoted in notes to summarise after the
request's colon."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.routing.judged import read_request


@pytest.mark.parametrize(
    "text",
    [
        # a dative pronoun before the article of a charge or of what is entrusted
        "Können wir dem die Aufsicht über die Azubis übertragen?",
        "kann man der das team überlassen",
        "Darf ich der die Kasse anvertrauen, nach allem was war?",
        # intensified traits
        "ist der saufaul?",
        "Ist die superchaotisch oder nur gestresst?",
        "ist der stockdoof oder was",
        # managing said with "bringen" and a role
        "Bringt die Sophie das als Verkäuferin?",
        "bringt herr kaya das als schichtleiter",
        # "für den/die" right before a verdict closing the question
        "Ist das duale Studium für den realistisch?",
        "wär die Umschulung bei der machbar oder nicht",
        # a way of training grounded in the person's grades stays a verdict
        "Is part-time training even realistic for him with grades like his?",
    ],
)
def test_verdicts_are_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun after "der": a body or a thing, no person
        "Kann man der Kammer die Unterlagen auch digital übergeben?",
        "kann ich der die Mappe auch als PDF schicken?",
        # "für die" before a noun or a relative clause
        "Gibt es Tipps für die geeigneten Unterlagen?",
        "Sind Bürojobs für die geeignet, die gern drinnen sitzen?",
        # an intensifier before a word about a job, not a person
        "Ist die Arbeit im Lager superanstrengend?",
        # what a certificate is good for
        "Bringt der Gabelstaplerschein was als Fachlagerist?",
        "Bringt das als Einstieg in die Pflege überhaupt was?",
        # a way of training asked as realistic or feasible
        "is part-time realistic for her? she has a toddler at home",
        "Ist eine Teilzeitausbildung für Frau Kaya realistisch, sie hat zwei Kinder?",
        "ist ne berufsbegleitende Umschulung zeitlich machbar wenn er Schicht arbeitet?",
        "Would a part-time apprenticeship be feasible for her with the nursery hours?",
    ],
)
def test_look_alikes_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


def test_inline_notes_after_a_summary_request_are_material() -> None:
    text = (
        "Please summarise: met Lukas, 19, wants to be a paramedic. We talked about the "
        "selection day. Open question: is he fit enough for the sports test?"
    )
    request = read_request(text, command=False)
    assert request.text == "Please summarise:"
    assert not is_decision_request(request.text, request.material)
    german = "Bitte zusammenfassen: Kl. 17, will Polizistin werden. Sie fragt: Schaffe ich das?"
    assert not is_decision_request(read_request(german, command=False).text)


def test_a_closing_question_after_inline_notes_still_counts() -> None:
    text = "Zusammenfassung bitte: Tim, 18, will Koch werden. Er ist oft zu spät. Schafft er das?"
    request = read_request(text, command=False)
    assert is_decision_request(request.text, request.material)
    # one sentence after the colon is the request itself, as before
    short = read_request("zusammenfassen: ist er geeignet?", command=False)
    assert is_decision_request(short.text)
