"""Who an admin means: a mention, a platform user id, or a console user name.

The id must be the one the platform gives as ``Message.sender_id`` (Teams: the AAD object id,
Matrix: ``@user:server``, console: the user name), or the assignment would never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.admin_chat.parse import MENTION_TOKEN
from bot.message import Message, Platform
from bot.user_ids import is_matrix_user_id, is_teams_user_id, normalise

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class Person:
    platform: str
    user_id: str


class UnknownPerson(ValueError):
    """The reference names nobody Lotse can assign; ``reason`` is a text key."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def resolve(reference: str, message: Message) -> Person:
    platform = message.platform
    if reference.startswith(MENTION_TOKEN):
        index = int(reference.removeprefix(MENTION_TOKEN))
        return Person(platform.value, message.mentions[index][0])
    if is_matrix_user_id(reference):
        return Person(Platform.MATRIX.value, reference)
    if platform is Platform.TEAMS:
        if is_teams_user_id(reference):
            return Person(platform.value, normalise(platform.value, reference))
        # An e-mail/UPN needs a directory lookup the engine cannot do; a mention carries the id.
        raise UnknownPerson("people.teams_email" if _EMAIL.match(reference) else "people.teams")
    if platform is Platform.MATRIX:
        raise UnknownPerson("people.matrix")
    return Person(platform.value, reference)


def describe(person: Person, message: Message) -> str:
    """How the person appears in a reply: the mention's display text if there was one."""
    for user_id, shown in message.mentions:
        if user_id == person.user_id:
            return shown.removeprefix("<at>").removesuffix("</at>")
    return person.user_id
