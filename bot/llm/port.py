"""The interface every model backend implements; skills only see this."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Literal, Protocol


class LLMUnavailable(Exception):
    """The model cannot answer now; callers fall back to their offline path."""


@dataclass(frozen=True, slots=True)
class ChatTurn:
    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True, slots=True)
class LLMRequest:
    system: str
    turns: tuple[ChatTurn, ...]
    max_tokens: int = 1024
    purpose: str = "general"  # for budgets and logs, never the content


@dataclass(frozen=True, slots=True)
class LLMResponse:
    text: str
    tokens_in: int = 0
    tokens_out: int = 0


class LLM(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def available(self) -> bool:
        """False for the offline backend: skills then use their offline logic."""
        ...

    async def complete(self, request: LLMRequest) -> LLMResponse: ...

    def stream(self, request: LLMRequest) -> AsyncIterator[str]: ...
