"""The Teams admin panel's way in: ``admin`` in a personal chat opens it, and its
``Action.Execute`` submits (``adaptiveCard/action`` invokes) go to the engine as admin
commands from the person who clicked — the engine checks the role and the card's version and
writes the audit; this module only translates and answers with the refreshed card."""

from __future__ import annotations

import dataclasses
import logging
import re
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
from bot.engine import Engine
from bot.message import Message
from bot.texts import Texts

log = logging.getLogger("lotse.teams")

CARD_ACTION = "adaptiveCard/action"
PANEL_WORD = "admin"
OVERVIEW_COMMAND = "admin abteilungen"
_VERSION = re.compile(r"^[0-9a-f]{1,64}$")


def panel_request(message: Message) -> Message:
    """``admin`` alone in a personal chat asks the engine for the overview the panel shows."""
    if message.is_direct and message.text.strip().casefold() == PANEL_WORD:
        return dataclasses.replace(message, text=OVERVIEW_COMMAND)
    return message


def apply_command(data: Mapping[str, Any]) -> str | None:
    """``admin panel VERSION "DEPARTMENT" skill=an …`` from a submitted card, or None when
    the card data is not a panel's (then the overview is shown again)."""
    department = data.get("department")
    version = data.get("version")
    if not isinstance(department, str) or not department.strip() or '"' in department:
        return None
    if not isinstance(version, str) or not _VERSION.match(version):
        return None
    switches = []
    for key, value in data.items():
        if isinstance(key, str) and key.startswith(TOGGLE_PREFIX):
            skill = key.removeprefix(TOGGLE_PREFIX)
            if skill and not any(c.isspace() or c in '"=' for c in skill):
                switches.append(f"{skill}={'an' if str(value).lower() == 'true' else 'aus'}")
    return f'admin panel {version} "{department}" ' + " ".join(sorted(switches))


async def on_card_action(
    engine: Engine, activity: ActivityJson, texts: Texts
) -> InvokeAnswer | None:
    """Answer a panel's ``Action.Execute`` with the refreshed card; None for other verbs."""
    value = activity.get("value")
    action = value.get("action") if isinstance(value, Mapping) else None
    if not isinstance(action, Mapping) or action.get("verb") not in (APPLY_VERB, SHOW_VERB):
        return None
    verb = action["verb"]
    data = action.get("data")
    data = data if isinstance(data, Mapping) else {}
    picked = data.get(PICK_INPUT)
    selected = picked if isinstance(picked, str) else None
    command = apply_command(data) if verb == APPLY_VERB else None
    if command is not None:
        selected = str(data["department"])  # the answer shows the department just saved
    message = message_from(activity, command or OVERVIEW_COMMAND)
    if message is None:
        error = {"code": "BadRequest", "message": "no sender or conversation"}
        body = {"statusCode": 400, "type": "application/vnd.microsoft.error", "value": error}
        return InvokeAnswer(200, body)
    reply = await engine.handle(message)
    log.info("admin card action", extra={"verb": verb, "outcome": reply.outcome.value})
    card = reply_card(reply, texts, selected)
    return InvokeAnswer(200, {"statusCode": 200, "type": CARD_CONTENT_TYPE, "value": card})
