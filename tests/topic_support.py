"""Asking a general question the way the topic tests do, and the heading its answer shows."""

from __future__ import annotations

from conftest import Chat

from bot.reply import Block, Heading, Outcome, Reply
from skills.occupation.training_system import load

# a list first: the acknowledgement's card is no occupation a question could refer to
NO_CARD = "Welche Ausbildungen gibt es im Bereich Medien?"


def topic_heading(topic: str, language: str) -> Heading:
    """The heading the reviewed answer of ``topic`` shows in ``language``."""
    return Heading(next(t for t in load().topics if t.id == topic).answer(language).heading)


async def asked_without_a_card(chat: Chat, question: str) -> tuple[Reply, str]:
    """The reply to ``question`` asked after a list, so that no card is open."""
    await chat.say(NO_CARD)
    return await chat.say(question)


def topic_answer(topic: str, language: str) -> tuple[str, Outcome, Block]:
    """Who answers a topic's question, how, and the answer's first block, to compare with
    :func:`answered_as`."""
    return ("occupation", Outcome.OK, topic_heading(topic, language))


def answered_as(reply: Reply) -> tuple[str | None, Outcome, Block | None]:
    """The same three facts of a reply."""
    return (reply.skill_id, reply.outcome, reply.blocks[0] if reply.blocks else None)
