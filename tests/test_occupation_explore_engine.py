"""Exploration and comparison questions through the whole engine (console, both databases)."""

from __future__ import annotations

from conftest import Chat

from bot.reply import Actions, Heading, Outcome


async def test_an_exploration_question_in_free_text_gets_a_list(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("welche ausbildungen gibts mit tieren, hat den MSA")
    assert reply.outcome is Outcome.OK
    assert reply.skill_id == "occupation"
    assert "Gefiltert nach:" in text
    assert "Tierpfleger/in" in text
    actions = [b for b in reply.blocks if isinstance(b, Actions)]
    assert len(actions[0].items) >= 3
    assert not reply.ai_generated  # from the catalogue, not from a model


async def test_a_comparison_in_free_text_is_side_by_side(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Tischler oder Holzmechaniker - was ist der Unterschied?")
    assert reply.skill_id == "occupation"
    assert Heading("Tischler/in und Holzmechaniker/in im Vergleich") in reply.blocks
    assert "Typischer Schulabschluss" in text
