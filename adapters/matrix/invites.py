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
    """Who invited the bot, and the ``is_direct`` flag; ``(None, False)`` when unsure.

    ``invite_state`` is stripped state that the inviting server supplies, unsigned, followed
    by the invite event that the bot's own homeserver appends (MSC4319; stripped too on
    current Synapse). A forged "invite from @allowed" from another server therefore sits
    beside the real one: when the invite events for the bot name different senders, the
    inviter cannot be determined and the invite is declined."""
    own = [
        event
        for event in invite_state
        if getattr(event, "state_key", None) == bot_user_id
        and getattr(event, "membership", None) == "invite"
        and isinstance(getattr(event, "sender", None), str)
    ]
    if len({event.sender for event in own}) != 1:
        return None, False
    # nio moves ``content`` out of the source into attributes: read those.
    content = getattr(own[-1], "content", None)
    direct = isinstance(content, dict) and bool(content.get("is_direct"))
    return own[-1].sender, direct


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
