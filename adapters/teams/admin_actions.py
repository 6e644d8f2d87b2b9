"""The Teams way into the admin panel: ``admin`` alone in a personal chat opens it (the
engine checks the role, as for every admin command). Its buttons come back as typed
actions through ``adapters.teams.card_actions`` like any other card's."""

from __future__ import annotations

import dataclasses

from bot.admin_chat.actions import ShowPanel
from bot.message import Message

PANEL_WORD = "admin"


def panel_request(message: Message) -> Message:
    """``admin`` alone in a personal chat opens the panel."""
    if message.is_direct and message.text.strip().casefold() == PANEL_WORD:
        return dataclasses.replace(message, action=ShowPanel())
    return message
