"""One way for skill unit tests to build a ``SkillContext``: offline model, default settings,
a console message, texts that return their keys."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.skill import SkillContext

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def skill_context(
    args: str,
    command: str | None = None,
    language: str = "de",
    *,
    text: str | None = None,
    state: dict[str, Any] | None = None,
    now: datetime = NOW,
) -> SkillContext:
    """The context of one turn; ``text`` is the whole message (default: command and args)."""
    text = text or (f"{command} {args}" if command else args)
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Test", text)
    return SkillContext(
        message=message,
        args=args,
        command=command,
        language=language,
        user_key="user-key",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=now,
        texts=lambda key, **values: key,
        state=state,
    )
