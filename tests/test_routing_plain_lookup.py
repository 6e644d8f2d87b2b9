"""A command whose argument is one occupation's name and nothing else ("beruf Tischler") judges
nobody: routing does not read it for an Art. 22 verdict, which was about a tenth of the
lookup's time. Any other argument is read as before."""

from __future__ import annotations

import pytest
from conftest import Chat

import bot.routing.router as router
from bot.policy import judgement
from bot.reply import Outcome


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    original = judgement.is_decision_request

    def counted(text: str, material: str = "") -> bool:
        read.append(text)
        return original(text, material)

    monkeypatch.setattr(router, "is_decision_request", counted)
    return read


@pytest.mark.parametrize("text", ["beruf Tischler", "beruf Kfz-Mechatroniker", "job Koch"])
async def test_one_occupations_name_is_not_read_for_a_verdict(
    acked_chat: Chat, readings: list[str], text: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert readings == []


@pytest.mark.parametrize(
    "text",
    [
        "beruf Tim geeignet als Tischler?",
        "beruf schafft Tim Tischler?",
        "beruf Ist Saoirse geeignet?",
    ],
)
async def test_anything_more_is_read_and_a_verdict_refused(
    acked_chat: Chat, readings: list[str], text: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert readings
    assert reply.outcome is Outcome.REFUSED


async def test_a_name_the_catalogue_does_not_hold_is_read(
    acked_chat: Chat, readings: list[str]
) -> None:
    await acked_chat.say("beruf Tischlerei Schulz")
    assert readings
