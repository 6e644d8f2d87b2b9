"""Help and "what do you store about me" asked in everyday words reach the built-in answers."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Heading, Outcome


@pytest.mark.parametrize(
    "text",
    ["Kannst du mir helfen?", "wie funktioniert das hier", "Was kannst du alles?",
     "Können Sie mir helfen?", "how does this work?", "Was kann ich hier machen?"],
)  # fmt: skip
async def test_asking_for_help_in_words_shows_the_help(acked_chat: Chat, text: str) -> None:
    reply, rendered = await acked_chat.say(text)
    assert reply.outcome is Outcome.OK
    assert "`beruf Tischler`" in rendered or "`occupation carpenter`" in rendered
    assert "nicht verstanden" not in rendered
    assert "did not understand" not in rendered


@pytest.mark.parametrize(
    "text", ["zeig mir meine Daten", "Was weißt du über mich?", "what do you know about me?"]
)
async def test_asking_what_is_stored_about_me_shows_it(acked_chat: Chat, text: str) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.outcome is Outcome.OK
    headings = [b.text for b in reply.blocks if isinstance(b, Heading)]
    assert headings[0] in ("Was Lotse über Sie speichert", "What Lotse stores about you")
