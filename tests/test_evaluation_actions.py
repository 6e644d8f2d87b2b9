"""Ratings are typed actions the engine records, whatever platform sent them: only the asker
rates, reasons from the fixed list only, no reply to show, no guideline prompt, no answer
counted, an audit row without content — on SQLite and PostgreSQL, through the whole engine."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import Chat, make_chat

from bot.evaluation.actions import RateAnswer, WithdrawRating
from bot.evaluation.ports import AnswerFact
from bot.ports import StateKey
from bot.reply import Outcome
from lotse.app import App

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEK = date(2026, 11, 23)  # the Monday of the fake clock's first day


async def facts(app: App) -> list[AnswerFact]:
    return await app.store.evaluation.answers.facts(WEEK, WEEK)


async def sent_answer(chat: Chat, app: App, message_ref: str) -> None:
    """An answer the platform sent as ``message_ref`` (as an adapter reports it)."""
    reply, _ = await chat.say("beruf Tischler")
    assert reply.answer_id is not None
    await app.host.feedback.answer_sent(reply.answer_id, message_ref)


async def test_the_engine_records_a_rating_action_silently(acked_chat: Chat, app: App) -> None:
    await sent_answer(acked_chat, app, "$answer")
    before = len(await facts(app))
    action = RateAnswer("down", message_ref="$answer", reason="too_long", rating_ref="$thumb")
    reply, _ = await acked_chat.act(action)
    assert (reply.outcome, reply.blocks, reply.reminders) == (Outcome.OK, (), ())
    assert reply.answer_id is None
    answers = await facts(app)
    assert len(answers) == before  # a rating is no answer
    assert (answers[-1].rating, answers[-1].reason) == ("down", "too_long")
    [audited] = await app.store.audit.recent("message", 1)
    assert (audited.action, audited.outcome) == ("evaluation.rate", "ok")
    assert "too_long" not in repr(audited)

    # A reason outside the fixed list is not kept.
    other = RateAnswer("down", message_ref="$answer", reason="Herr Meier", rating_ref="$t2")
    await acked_chat.act(other)
    last = (await facts(app))[-1]
    assert (last.rating, last.reason) == ("down", None)

    # Taking the reaction back withdraws its rating.
    reply, _ = await acked_chat.act(WithdrawRating("$t2"))
    assert (reply.outcome, reply.blocks) == (Outcome.OK, ())
    assert (await facts(app))[-1].rating is None


async def test_only_the_asker_rates_and_no_guideline_is_asked_for(
    acked_chat: Chat, app: App
) -> None:
    await sent_answer(acked_chat, app, "$answer-2")
    stranger = make_chat(app, "bert")  # has never acknowledged the guideline
    reply, _ = await stranger.act(RateAnswer("up", message_ref="$answer-2"))
    assert (reply.outcome, reply.blocks) == (Outcome.OK, ())  # no guideline prompt
    assert all(fact.rating is None for fact in await facts(app))
    key = app.engine.services.pseudonymiser.user_key("console", "bert")
    assert (await app.store.evaluation.mine(key)).answers == 0
    reply, _ = await stranger.say("beruf Koch")
    assert reply.outcome is Outcome.GATE  # the guideline comes with the first request


async def test_a_decision_waits_for_a_reply_that_is_shown(acked_chat: Chat, app: App) -> None:
    await sent_answer(acked_chat, app, "$answer-3")
    key = app.engine.services.pseudonymiser.user_key("console", "anna")
    suggestions = app.store.evaluation.suggestions
    number = await suggestions.add(key, None, "Mehr Beispiele", app.host.now())
    await suggestions.decide(number, "accepted", None, app.host.now())
    reply, _ = await acked_chat.act(RateAnswer("up", message_ref="$answer-3"))
    assert reply.blocks == ()
    _, text = await acked_chat.say("hilfe")
    assert f"Vorschlag Nr. {number} wurde entschieden" in text


async def test_a_rating_does_not_wait_for_the_conversation(acked_chat: Chat, app: App) -> None:
    # A thumb clicked while an answer is being written (the conversation's lock held, across
    # instances on PostgreSQL) is recorded at once.
    await sent_answer(acked_chat, app, "$answer-4")
    key = app.engine.services.pseudonymiser.user_key("console", "anna")
    state_key = StateKey("console", "console:anna", None, key)
    async with app.store.cluster.conversation_lock(state_key.storage_id()):
        await acked_chat.act(RateAnswer("up", message_ref="$answer-4"))
    assert (await facts(app))[-1].rating == "up"
