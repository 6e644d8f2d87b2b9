"""Conversation controls: cancel a pending question, choose the reply language."""

from __future__ import annotations

from dataclasses import replace

from bot import language
from bot.reply import Outcome, Reply, Text
from bot.routing.language_request import requested_language
from bot.skill import NOT_KEPT
from bot.turn import Turn, reply

_LANGUAGES = {
    "de": "de",
    "deutsch": "de",
    "german": "de",
    "en": "en",
    "englisch": "en",
    "english": "en",
}


async def cancel(turn: Turn) -> Reply:
    if turn.pending is None:
        return reply(turn, Text(turn.t("cancel.nothing")))
    await turn.services.store.states.delete(turn.state_key)
    return reply(turn, Text(turn.t("cancel.done")))


async def choose_language(turn: Turn) -> Reply:
    wanted = _LANGUAGES.get(turn.route.args)
    if wanted is None:
        return reply(turn, Text(turn.t("language.usage")), outcome=Outcome.INVALID)
    await turn.services.store.preferences.set_language(turn.user_key, wanted)
    chosen = replace(turn, language=wanted)  # this reply is in the new language already
    # "again" asks the fact answered last once more ("und auf Englisch?" after the pay);
    # "command" shows the topic's whole card
    remembered = turn.recent.data if turn.recent is not None else {}
    shown = remembered.get("again") or remembered.get("command")
    asked_in_words = requested_language(turn.message.text) is not None
    # The language the card was shown in: the conversation's, else this turn's ("say that in
    # English" is itself English, the card before it was not)
    before = language.of_conversation(turn.recent.data if turn.recent else None) or turn.language
    if asked_in_words and wanted != before and isinstance(shown, str) and shown:
        # "und auf Englisch?" right after a card: that card again, in the new language (the
        # command `sprache en` only switches)
        turn.log.resubmit = shown
    if asked_in_words and wanted != before and remembered.get(NOT_KEPT) is True:
        # "auf Englisch" right after a draft: the draft is not kept, so it cannot be shown in
        # the new language; the request sent again is drafted in it
        text = f"{chosen.t('language.set')} {chosen.t('language.not_kept')}"
        return reply(chosen, Text(text))
    return reply(chosen, Text(chosen.t("language.set")))
