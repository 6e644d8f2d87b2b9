"""Conversation controls: cancel a pending question, choose the reply language."""

from __future__ import annotations

from bot.pipeline.base import reply
from bot.reply import Outcome, Reply, Text
from bot.turn import Turn

_LANGUAGES = {
    "de": "de",
    "deutsch": "de",
    "german": "de",
    "en": "en",
    "englisch": "en",
    "english": "en",
}


async def cancel(turn: Turn) -> Reply:
    assert turn.state_key is not None
    if turn.pending is None:
        return reply(turn, Text(turn.t("cancel.nothing")))
    await turn.services.store.states.delete(turn.state_key)
    turn.pending = None
    return reply(turn, Text(turn.t("cancel.done")))


async def choose_language(turn: Turn) -> Reply:
    assert turn.route is not None
    wanted = _LANGUAGES.get(turn.route.args)
    if wanted is None:
        return reply(turn, Text(turn.t("language.usage")), outcome=Outcome.INVALID)
    await turn.services.store.preferences.set_language(turn.user_key, wanted)
    turn.language = wanted
    return reply(turn, Text(turn.t("language.set")))
