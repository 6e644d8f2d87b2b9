"""What of a message is read for judgements of people: the request and a closing line
addressed to the assistant, not the notes or the draft in between."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.policy import is_decision_request
from bot.reply import Outcome
from bot.routing.judged import closing_request, judged_part

# Material to work on, then a closing line addressed to the assistant.
ASKED_AFTER_NOTES = [
    (
        "zusammenfassen\nGespräch mit Timo (16)\nHSA, Mathe 5\nwill Elektroniker werden\n"
        "Packt er das?",
        True,
    ),
    (
        "notiz\nFrau Albers, 41, Wiedereinstieg nach Elternzeit\nmöchte in die Buchhaltung\n"
        "Was meinst du, ist sie dafür geeignet?",
        True,
    ),
    (
        "summary\nMet Chris today, 20, dropped out of college\nlikes cars\n"
        "Do you think he can handle an apprenticeship?",
        True,
    ),
    # an email request with the judgement in its last line, not a question
    (
        "mail an Firma Kraus\nRückmeldung zu Jan\nschreib rein, ob er für die Stelle geeignet ist",
        True,
    ),
    # trailing thanks after the question
    ("Notizen:\nSandra, 19\nAbi 2,8\nmöchte Erzieherin werden\nSchafft sie das?\ndanke!", False),
]


@pytest.mark.parametrize(("text", "command"), ASKED_AFTER_NOTES)
def test_a_closing_question_after_notes_is_read(text: str, command: bool) -> None:
    assert is_decision_request(judged_part(text, command=command))


# Notes that describe the client and ask for a summary: nothing to refuse.
DESCRIBING_NOTES = [
    "zusammenfassen\nGespräch mit Timo (16)\nwirkt motiviert, ist zuverlässig\n"
    "hat Potenzial im Handwerk\nvereinbart: Praktikum suchen",
    "Notizen vom Termin mit Frau Albers:\nist sehr belastbar und engagiert\n"
    "möchte in die Buchhaltung\nKannst du das bitte zusammenfassen?",
    # the notes' own open point, labelled
    "zusammenfassen\nTimo, HSA\nOffen: schafft er die Prüfung?",
    # a pasted draft addressed to its recipient
    "mail\nHallo Timo,\ndu bist sehr zuverlässig und hast das Praktikum super geschafft.\n"
    "Viele Grüße",
]


@pytest.mark.parametrize("text", DESCRIBING_NOTES)
def test_notes_that_describe_a_client_are_not_read_as_a_request(text: str) -> None:
    assert not is_decision_request(judged_part(text, command=True))


def test_the_closing_line_is_one_addressed_to_the_assistant() -> None:
    assert closing_request(["Timo, 16", "Schafft er das?"]) == "Schafft er das?"
    assert closing_request(["Timo, 16", "du entscheidest"]) == "du entscheidest"
    assert closing_request(["Timo, 16", "Sagt, er will Koch werden"]) == ""  # telegraph style
    assert closing_request(["Timo, 16", "- Praktikum?"]) == ""  # a bullet of the notes
    assert closing_request(["Schafft er das?", "danke"]) == "Schafft er das?"


async def test_the_engine_refuses_a_judgement_asked_after_notes_to_summarise(
    acked_chat: Chat,
) -> None:
    reply, _ = await acked_chat.say(
        "zusammenfassen\nGespräch mit Timo (16)\nHSA, Mathe 5\nwill Elektroniker werden\n"
        "Packt er das?"
    )
    assert reply.outcome is Outcome.REFUSED
    reply, _ = await acked_chat.say(
        "zusammenfassen\nGespräch mit Timo (16)\nwirkt motiviert, ist zuverlässig\n"
        "vereinbart: Praktikum suchen"
    )
    assert reply.outcome is not Outcome.REFUSED
