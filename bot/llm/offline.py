"""The default backend: no model at all. Skills check ``available`` and answer offline."""

from __future__ import annotations

from collections.abc import AsyncIterator

from bot.llm.port import LLMRequest, LLMResponse, LLMUnavailable


class OfflineLLM:
    @property
    def name(self) -> str:
        return "offline"

    @property
    def available(self) -> bool:
        return False

    async def complete(self, request: LLMRequest) -> LLMResponse:
        del request
        raise LLMUnavailable("no model configured")

    async def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        del request
        raise LLMUnavailable("no model configured")
        yield ""  # pragma: no cover - makes this an async generator
