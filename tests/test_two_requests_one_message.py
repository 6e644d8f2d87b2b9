"""Two requests typed in one message ("… und dann bitte eine Mail an …") get both answers:
the first request's, then the mail's draft with none of the first request's words in it."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome
from bot.routing.second_request import two_requests


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Infos zur Ausbildung als Koch und dann bitte eine Mail an Ayla, dass sie ihr "
            "Zeugnis mitbringt",
            "Infos zur Ausbildung als Koch",
            "bitte eine Mail an Ayla, dass sie ihr Zeugnis mitbringt",
        ),
        (
            "Wie lange dauert die Ausbildung zur Zahnmedizinischen Fachangestellten? Und "
            "schreib eine Nachricht an Herrn Obi wegen Dienstag",
            "Wie lange dauert die Ausbildung zur Zahnmedizinischen Fachangestellten?",
            "schreib eine Nachricht an Herrn Obi wegen Dienstag",
        ),
    ],
)
def test_the_message_is_split_before_the_mail(text: str, first: str, second: str) -> None:
    parts = two_requests(text)
    assert parts is not None
    assert (parts.first, parts.second) == (first, second)


@pytest.mark.parametrize(
    "text",
    [
        # the mail's own content goes on after "und dann"
        "Mail an Frau Brück, dass sie erst zum Amt geht und dann eine Mail an die Schule schreibt",
        "beruf Mechatroniker",
        # pasted material keeps its lines
        "Notiz Gespräch Luka\nwill Koch werden\nund dann bitte eine Mail an ihn",
    ],
)
def test_one_request_stays_whole(text: str) -> None:
    assert two_requests(text) is None


async def test_both_requests_are_answered(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "beruf Dachdecker und dann bitte eine Mail an Ilse, dass sie die Unterlagen bis "
        "Donnerstag schickt"
    )
    assert reply.outcome is Outcome.OK
    assert "Dachdecker/in" in shown
    assert reply.skill_id == "email"
    body = str(reply.data["body"])
    assert "Unterlagen" in body
    assert "Dachdecker" not in body
    assert "und dann" not in body


async def test_a_context_sentence_before_the_mail_stays_with_it(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "Frau Pohl war heute da. Und schreib bitte eine Mail an die Firma Lenz, dass sie am "
        "1.8. anfängt"
    )
    assert reply.skill_id == "email"
    assert "nicht verstanden" not in shown


async def test_the_whole_message_waits_for_the_acknowledgement(chat: Chat) -> None:
    first, _ = await chat.say(
        "beruf Maurer und dann bitte eine Mail an Jale, dass sie die Unterlagen bis Freitag "
        "schickt"
    )
    assert first.outcome is Outcome.GATE
    reply, shown = await chat.say("ja")
    assert "Maurer/in" in shown
    assert reply.skill_id == "email"
