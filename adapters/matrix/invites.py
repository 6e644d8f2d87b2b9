"""Invitations: accepted from allowed users and servers only, refused (left) otherwise."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import partial
from typing import Any

from nio import AsyncClient, MatrixRoom

from adapters.matrix.retry import RequestFailed, retrying
from adapters.matrix.settings import MatrixSettings

log = logging.getLogger("lotse.matrix")


def inviter_of(invite_state: list[Any], bot_user_id: str) -> tuple[str | None, bool]:
    """Who invited the bot (sender of its ``invite`` membership) and the ``is_direct`` flag."""
    for event in invite_state:
        # nio moves ``content`` out of the source into attributes: read those.
        content = getattr(event, "content", None)
        if (
            getattr(event, "state_key", None) == bot_user_id
            and getattr(event, "membership", None) == "invite"
            and isinstance(content, dict)
        ):
            sender = getattr(event, "sender", None)
            return (sender if isinstance(sender, str) else None), bool(content.get("is_direct"))
    return None, False


class Invitations:
    """Joins or refuses invited rooms and remembers which rooms are direct chats."""

    def __init__(self, client: AsyncClient, settings: MatrixSettings) -> None:
        self._client = client
        self._settings = settings
        self._direct: set[str] = set()

    def is_direct(self, room: MatrixRoom) -> bool:
        """A room invited to as a DM, or any room with only the bot and one person."""
        return room.room_id in self._direct or int(room.member_count) <= 2

    async def handle(self, invites: Mapping[str, Any]) -> None:
        for room_id, info in invites.items():
            inviter, direct = inviter_of(list(info.invite_state), self._client.user_id)
            try:
                if inviter is not None and self._settings.inviter_allowed(inviter):
                    await retrying(partial(self._client.join, room_id))
                    if direct:
                        self._direct.add(room_id)
                    log.info("invitation accepted", extra={"room_id": room_id})
                else:
                    await retrying(partial(self._client.room_leave, room_id))
                    log.warning(
                        "invitation refused: inviter not allowed", extra={"room_id": room_id}
                    )
            except RequestFailed as error:
                log.warning(
                    "invitation not handled", extra={"room_id": room_id, "error": error.reason}
                )
