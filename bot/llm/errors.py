"""What can go wrong in one model call, as the retry logic sees it (backend-neutral)."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Literal

from bot.llm.port import LLMUnavailable
from bot.transient import Transient

__all__ = [
    "BudgetExceeded",
    "ModelUnavailable",
    "Rejected",
    "Transient",
    "retry_after",
]


class Rejected(Exception):
    """The request itself is wrong (4xx other than 429): another attempt would fail too.
    Backends raise this or :class:`Transient`, never their SDK's exception."""

    def __init__(self, status: int | None) -> None:
        super().__init__(f"rejected with status {status}")
        self.status = status


class ModelUnavailable(LLMUnavailable):
    """The model did not answer within the attempts and the deadline, or refused the call."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BudgetExceeded(LLMUnavailable):
    """Today's token budget of the user or of the department is used up."""

    def __init__(self, scope: Literal["user", "department"]) -> None:
        super().__init__(f"daily {scope} budget used up")
        self.scope = scope


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
