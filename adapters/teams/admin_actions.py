"""The Teams admin panel's way in: ``admin`` in a personal chat opens it, and its
``Action.Execute`` submits (``adaptiveCard/action`` invokes) go to the engine as typed panel
actions from the person who clicked — the engine checks the role and the card's version and
writes the audit; this module only translates and answers with the refreshed card."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from typing import Any

from adapters.teams.admin_card import (
    APPLY_VERB,
    PICK_INPUT,
    SHOW_VERB,
    TOGGLE_PREFIX,
    reply_card,
)
from adapters.teams.cards import CARD_CONTENT_TYPE
from adapters.teams.parse import message_from
from adapters.teams.ports import ActivityJson, InvokeAnswer
from bot.actions import UserAction
from bot.admin_chat.panel import ApplyPanel, ShowPanel
from bot.host import Host
from bot.message import Message
from bot.texts import Texts

log = logging.getLogger("lotse.teams")

CARD_ACTION = "adaptiveCard/action"
PANEL_WORD = "admin"


def panel_request(message: Message) -> Message:
    """``admin`` alone in a personal chat opens the panel."""
    if message.is_direct and message.text.strip().casefold() == PANEL_WORD:
        return dataclasses.replace(message, action=ShowPanel())
    return message


def panel_action(verb: str, data: Mapping[str, Any]) -> UserAction:
    """The typed action a panel's button sends; a submit that does not hold a well-formed
    panel shows the panel again."""
    if verb == APPLY_VERB:
        department, version = data.get("department"), data.get("version")
        if isinstance(department, str) and isinstance(version, str):
            skills = {
                key.removeprefix(TOGGLE_PREFIX): str(value).lower() == "true"
                for key, value in data.items()
                if isinstance(key, str) and key.startswith(TOGGLE_PREFIX)
            }
            return ApplyPanel(department, version, skills)
    picked = data.get(PICK_INPUT)
    return ShowPanel(picked if isinstance(picked, str) else None)


async def on_card_action(host: Host, activity: ActivityJson, texts: Texts) -> InvokeAnswer | None:
    """Answer a panel's ``Action.Execute`` with the refreshed card; None for other verbs."""
    value = activity.get("value")
    action = value.get("action") if isinstance(value, Mapping) else None
    if not isinstance(action, Mapping) or action.get("verb") not in (APPLY_VERB, SHOW_VERB):
        return None
    verb = action["verb"]
    data = action.get("data")
    data = data if isinstance(data, Mapping) else {}
    message = message_from(activity, "")
    if message is None:
        error = {"code": "BadRequest", "message": "no sender or conversation"}
        body = {"statusCode": 400, "type": "application/vnd.microsoft.error", "value": error}
        return InvokeAnswer(200, body)
    action = panel_action(verb, data)
    reply = await host.handle(dataclasses.replace(message, action=action))
    log.info("admin card action", extra={"verb": verb, "outcome": reply.outcome.value})
    card = reply_card(reply, texts)
    return InvokeAnswer(200, {"statusCode": 200, "type": CARD_CONTENT_TYPE, "value": card})
