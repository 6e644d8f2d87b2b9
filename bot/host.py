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

from bot.cluster import Leadership
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

    async def claim(self, platform: Platform, event_id: str, *, again: bool = False) -> bool:
        """True if this instance is to handle the platform event (exactly-once handling
        across restarts and instances): its first delivery, or a redelivery whose answer was
        never delivered because the instance that claimed it is gone (heartbeat stale).
        False for a redelivery that was answered or is being answered by a live instance.
        The claim stays open until :meth:`done`. ``again``: this instance retries its own
        unanswered events (a repeated Matrix sync), so its own open claim is claimed again."""
        ...

    async def done(self, platform: Platform, event_id: str) -> None:
        """The claimed event was answered (the reply delivered): never handled again."""
        ...

    async def lead(self, role: str) -> Leadership | None:
        """The exclusive ``role`` among the instances (e.g. the one Matrix sync), or None
        while another instance holds it. Returned only once the previous holder is gone
        (its heartbeat stale or its row removed), so the two never overlap."""
        ...

    async def record_feedback(self, feedback: FeedbackReport) -> None:
        """Store a rating under the user's pseudonymous key."""
        ...

    @property
    def feedback(self) -> FeedbackPort:
        """The pilot evaluation: which platform message carries which answer (ratings arrive
        as typed actions through :meth:`handle`)."""
        ...
