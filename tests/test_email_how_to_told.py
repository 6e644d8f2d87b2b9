"""A question of how to tell or write to someone ("wie sag ich Frau X am besten, dass …?")
is the request it asks about; a how-to question with nothing to draft from gives the purpose's
template with its gaps marked; a reply to a message that was not pasted asks for it."""

from __future__ import annotations

import pytest
from test_email_skill import body_of, run, shown

from bot.reply import Outcome
from skills.email.how_to import how_to
from skills.email.routing import evidence


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "wie schreib ich Herrn Ünal am besten, dass der Kurs ausfällt? bin krank",
            "schreib Herrn Ünal, dass der Kurs ausfällt. bin krank",
        ),
        (
            "Wie erinnere ich Lena höflich an ihre Bewerbung bei der Sparkasse?",
            "erinnere Lena an ihre Bewerbung bei der Sparkasse",
        ),
        (
            "wie kann ich Frau Roth am besten sagen, dass ihr Kurs erst im März startet?",
            "sag Frau Roth, dass ihr Kurs erst im März startet",
        ),
        (
            "how do I politely tell Mr. Diaz that the room changed?",
            "tell Mr. Diaz that the room changed",
        ),
        # what is said keeps every word, "gut" and "höflich" too
        (
            "wie sag ich Tom, dass sein Praktikum gut lief?",
            "sag Tom, dass sein Praktikum gut lief",
        ),
    ],
)
def test_a_how_to_question_reads_as_its_request(text: str, asked: str) -> None:
    assert how_to(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "wie schreib ich Herrn Ünal am besten, dass der Kurs am 3.2. ausfällt?",
        "Wie sag ich Frau Roth, dass die Maßnahme erst am 01.03. startet?",
        "wie erinnere ich Lena an die Frist am 31.01.?",
    ],
)
def test_a_how_to_question_is_routed_to_the_email_skill(text: str) -> None:
    assert evidence(text) >= 1.0


async def test_the_draft_keeps_what_to_tell_and_drops_the_manner() -> None:
    draft = await body_of(
        "Wie sag ich Frau Roth am besten, dass die Maßnahme bei der DAA erst am 01.03. startet?"
    )
    assert "Sehr geehrte Frau Roth" in draft
    assert "dass die Maßnahme bei der DAA erst am 01.03. startet" in draft
    assert "am besten" not in draft


async def test_a_bare_how_to_question_gives_the_template_with_gaps() -> None:
    result = await run("Wie schreibe ich eine gute Absage?")
    assert result.data["purpose"] == "cancellation"
    body = str(result.data["body"])
    assert "[Datum]" in body
    assert body.strip() != "Absage"
    assert result.follow_up is not None  # the details typed next fill the template


@pytest.mark.parametrize(
    "text",
    [
        "Antworte auf die Mail von gestern",
        "antworte bitte auf die Nachricht von Frau Kaya",
        "reply to the email from the school",
    ],
)
async def test_a_reply_to_a_message_not_pasted_asks_for_it(text: str) -> None:
    result = await run(text, language="en" if text.startswith("reply") else "de")
    assert result.outcome is Outcome.PROMPT
    assert "data" not in shown(result) or not result.data
    assert not result.data.get("body")


async def test_the_answer_typed_after_a_quoted_message_is_drafted() -> None:
    result = await run(
        "Antworte auf diese Mail: „Hallo Frau Berg, geht auch Mittwoch? Gruß Jonas“ – "
        "Mittwoch 11 Uhr passt mir"
    )
    body = str(result.data["body"])
    assert "Jonas" in body
    assert "Mittwoch (27.01.2027) 11 Uhr passt mir" in body
    assert "Frau Berg" not in body  # the pasted message stays out
