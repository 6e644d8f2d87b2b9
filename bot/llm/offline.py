"""The default backend: no model at all. Skills check ``available`` and answer offline."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from bot.llm.port import LLMRequest, LLMResponse, LLMUnavailable

if TYPE_CHECKING:
    from bot.llm.use import ModelUse


class OfflineLLM:
    """Both the unbound :class:`~bot.llm.port.Model` and the bound :class:`~bot.llm.port.LLM`:
    with no model there is nothing to budget or count."""

    @property
    def name(self) -> str:
        return "offline"

    @property
    def available(self) -> bool:
        return False

    def bind(self, use: ModelUse, purpose: str = "general") -> OfflineLLM:
        del use, purpose
        return self

    def report_unusable(self, reason: str) -> None:
        del reason

    async def complete(self, request: LLMRequest) -> LLMResponse:
        del request
        raise LLMUnavailable("no model configured")

    async def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        del request
        raise LLMUnavailable("no model configured")
        yield ""  # pragma: no cover - makes this an async generator
