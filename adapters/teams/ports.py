"""What the bot logic needs from the SDK layer; plain activity JSON in and out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

ActivityJson = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class InvokeAnswer:
    """The HTTP answer to an ``invoke`` activity (Teams waits for it)."""

    status: int = 200
    body: Mapping[str, Any] | None = None


class TurnPort(Protocol):
    """One authenticated incoming activity and its reply path."""

    activity: ActivityJson

    async def send(self, activity: ActivityJson) -> str | None:
        """Reply into the same conversation and thread; returns the sent activity's id."""
        ...

    def reference(self) -> object:
        """An opaque handle to reach this conversation and thread later."""
        ...


class ProactivePort(Protocol):
    async def send_proactive(self, reference: Any, activity: ActivityJson) -> str | None:
        """Send to a conversation outside of an incoming request."""
        ...
