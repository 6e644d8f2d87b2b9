"""The model as the engine holds it (:class:`Model`) and as one turn uses it (:class:`LLM`).

Skills and the router only ever see an :class:`LLM`: the configured model bound to the turn's
budget, pseudonyms and purpose. The unbound :class:`Model` has no way to call the model.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from bot.llm.use import ModelUse


class LLMUnavailable(Exception):
    """The model cannot answer now; callers fall back to their offline path."""


@dataclass(frozen=True, slots=True)
class ChatTurn:
    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True, slots=True)
class Tool:
    """A function the model may choose. Tools only ever *select*; none changes data."""

    name: str
    description: str
    input_schema: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ToolCall:
    name: str
    arguments: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class LLMRequest:
    system: str  # static instructions: cached by backends that support prompt caching
    turns: tuple[ChatTurn, ...]
    max_tokens: int = 1024
    # For per-purpose models and logs, never the content; "general": the bound model's purpose.
    purpose: str = "general"
    tools: tuple[Tool, ...] = ()
    # "auto": the model may answer in text; "any": it must call one of the tools.
    tool_choice: Literal["auto", "any"] = "auto"
    tier: Literal["default", "fast"] = "default"  # "fast": the smaller model (routing)
    # The answer must be one JSON object: backends use a JSON mode where the server has one.
    json: bool = False


@dataclass(frozen=True, slots=True)
class LLMResponse:
    text: str
    tokens_in: int = 0
    tokens_out: int = 0
    tool_calls: tuple[ToolCall, ...] = field(default=())
    stop_reason: str | None = None


class LLM(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def available(self) -> bool:
        """False for the offline backend: skills then use their offline logic."""
        ...

    async def complete(self, request: LLMRequest) -> LLMResponse: ...

    def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        """The reply text piece by piece (deltas, not cumulative)."""
        ...

    def report_unusable(self, reason: str) -> None:
        """The model answered but the answer cannot be used (form, or facts not grounded):
        the turn's reply says so. ``reason`` is ours, never model text."""
        ...


class Model(Protocol):
    """The configured model, before it is bound to a turn; built once by the app."""

    @property
    def name(self) -> str: ...

    @property
    def available(self) -> bool: ...

    def bind(self, use: ModelUse, purpose: str = "general") -> LLM:
        """The model for one turn: calls are budgeted, pseudonymised and counted in ``use``;
        requests that name no purpose get ``purpose`` (per-purpose models, logs)."""
        ...
