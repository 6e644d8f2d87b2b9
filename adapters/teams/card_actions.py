"""``Action.Execute`` clicks (``adaptiveCard/action`` invokes): the typed action the button
carried, with the card's inputs filled in, goes to the engine from the person who clicked;
the answer is the refreshed card, in place. The engine checks roles and versions and writes
the audit; this module only translates."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping

from adapters.teams.cards import CARD_CONTENT_TYPE
from adapters.teams.forms import submitted
from adapters.teams.parse import message_from
from adapters.teams.ports import ActivityJson, InvokeAnswer
from adapters.teams.render import card_answer
from bot.host import Host
from bot.reply import Outcome, Reply, Text
from bot.texts import Texts

log = logging.getLogger("lotse.teams")

CARD_ACTION = "adaptiveCard/action"


async def on_card_action(host: Host, activity: ActivityJson, texts: Texts) -> InvokeAnswer:
    """Answer a card button's ``Action.Execute`` with the refreshed card."""
    value = activity.get("value")
    clicked = value.get("action") if isinstance(value, Mapping) else None
    data = clicked.get("data") if isinstance(clicked, Mapping) else None
    action = submitted(data) if isinstance(data, Mapping) else None
    message = message_from(activity, "")
    if message is None:
        error = {"code": "BadRequest", "message": "no sender or conversation"}
        body = {"statusCode": 400, "type": "application/vnd.microsoft.error", "value": error}
        return InvokeAnswer(200, body)
    if action is None:  # not one of our buttons, or from a card this version cannot read
        log.info("card action not understood")
        reply = Reply((Text(texts.get(message.language or host.language, "card_outdated")),))
        reply = dataclasses.replace(reply, outcome=Outcome.INVALID)
    else:
        reply = await host.handle(dataclasses.replace(message, action=action))
        log.info("card action", extra={"verb": action.verb, "outcome": reply.outcome.value})
    card = card_answer(reply, host.texts)
    return InvokeAnswer(200, {"statusCode": 200, "type": CARD_CONTENT_TYPE, "value": card})
