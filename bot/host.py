"""What an adapter may ask of Lotse: the host interface.

Adapters depend on ``bot/`` alone. The composition root (``lotse``) implements this protocol
over the engine, the store and the pseudonymiser, and hands it to every adapter; an adapter
never sees storage, skills or the app. Each member is something an adapter really needs, so
the interface stays small: when a platform needs more (claims owned by an instance, feedback
with reasons), the host grows here, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from bot.evaluation.feedback import FeedbackPort
from bot.message import Message, Platform
from bot.reply import Reply
from bot.skill import Progress
from bot.texts import Texts


@dataclass(frozen=True, slots=True)
class FeedbackReport:
    """A thumbs up or down from a platform, as the adapter saw it.

    ``user_id`` is the platform's id: the host pseudonymises it before anything is stored.
    Only whether there was a comment is reported, never its text."""

    platform: Platform
    user_id: str
    reply_id: str
    rating: str  # "like" | "dislike"
    has_comment: bool = False


class Host(Protocol):
    """The engine as an adapter sees it."""

    @property
    def language(self) -> str:
        """The institution's default language (for notices sent before the engine knows the
        sender's own)."""
        ...

    @property
    def texts(self) -> Texts:
        """The engine's user-facing texts (labels shared by every platform's rendering)."""
        ...

    @property
    def command_words(self) -> frozenset[str]:
        """Every skill command, for platforms that must tell commands from chatter."""
        ...

    @property
    def data_dir(self) -> Path:
        """Where Lotse keeps its files; an adapter keeps its own state beneath it."""
        ...

    def now(self) -> datetime:
        """The app clock (timezone-aware UTC), the same one the engine uses."""
        ...

    async def handle(self, message: Message, progress: Progress | None = None) -> Reply:
        """Answer one message; ``progress`` receives the text so far while a skill streams."""
        ...

    async def claim(self, platform: Platform, event_id: str) -> bool:
        """True the first time this platform event is claimed, across restarts and
        instances; False for a redelivery (exactly-once handling)."""
        ...

    async def record_feedback(self, feedback: FeedbackReport) -> None:
        """Store a rating under the user's pseudonymous key."""
        ...

    @property
    def feedback(self) -> FeedbackPort:
        """The pilot evaluation: answers sent, rated and rating withdrawn, per answer."""
        ...
