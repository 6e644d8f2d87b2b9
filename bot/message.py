"""The platform-neutral incoming message every adapter produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from uuid import uuid4

from bot.actions import UserAction


def new_correlation_id() -> str:
    """A short random id for one turn: in every log line about it, in its audit row and in
    the apology a user sees when it fails, so a support request finds the log."""
    return uuid4().hex[:12]


class Platform(StrEnum):
    CONSOLE = "console"
    TEAMS = "teams"
    MATRIX = "matrix"


@dataclass(frozen=True, slots=True)
class ConversationRef:
    """Where a message came from and where the answer goes.

    ``conversation_id`` and ``thread_id`` are opaque to the engine. ``scopes`` lists the
    identifiers an admin may assign to a department, most specific first
    (e.g. ``("channel:19:abc", "team:xyz", "tenant:t1")`` in Teams, ``("room:!r:hs",)`` in Matrix).
    """

    platform: Platform
    conversation_id: str
    thread_id: str | None = None
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    content_type: str
    size: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """One message addressed to Lotse, with bot mentions already removed from ``text``."""

    conversation: ConversationRef
    sender_id: str
    sender_name: str
    text: str
    is_direct: bool = True
    addressed: bool = True
    attachments: tuple[Attachment, ...] = ()
    language: str | None = None  # a platform hint (e.g. Teams locale); None when unknown
    message_id: str | None = None
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    # Other people @-mentioned in ``text`` as (user id, display text): the id in the same form
    # as ``sender_id`` (Teams AAD object id, Matrix user id), the text as it appears in ``text``.
    mentions: tuple[tuple[str, str], ...] = ()
    # A typed action (a button or card submit, a reaction): the router hands it to its
    # handler as it is; ``text`` is then empty or a readable echo, never parsed.
    action: UserAction | None = None
    # Made by the adapter when the message arrives, carried through the engine unchanged.
    correlation_id: str = field(default_factory=new_correlation_id, compare=False)

    @property
    def platform(self) -> Platform:
        return self.conversation.platform
