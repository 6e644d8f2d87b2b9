"""A summary asked for in words, without notes yet, asks for the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat
from pydantic import SecretStr

from bot.config import Settings
from bot.reply import Outcome
from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.occupation import OccupationSkill
from skills.summary import SummarySkill


@pytest.mark.parametrize(
    "text",
    ["ich brauche eine zusammenfassung", "Kannst du eine Zusammenfassung erstellen?",
     "mach mal ne Zusammenfassung", "I need a summary of my notes"],
)  # fmt: skip
async def test_asking_for_a_summary_asks_for_the_notes(acked_chat: Chat, text: str) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == "summary"
    assert reply.outcome is Outcome.PROMPT
    notes, _ = await acked_chat.say("Kl. möchte Ausbildung zur Floristin. Vereinbart: Praktikum")
    assert notes.skill_id == "summary"
    assert "Anliegen" in str(notes.data["sections"])


def test_a_summary_of_an_occupation_is_no_session_note(tmp_path: Path) -> None:
    text = "Ich brauche eine Zusammenfassung des Berufs Tischler"
    settings = Settings(data_dir=tmp_path, secret_key=SecretStr("test"))
    classifier = OfflineIntentClassifier()
    summary = SummarySkill.create(settings)
    assert classifier.score(text, summary) < THRESHOLD
    assert classifier.score(text, OccupationSkill.create(settings)) >= THRESHOLD
