"""Streaming for skills that want one finished text: ``complete`` streams underneath and
reports the growing text to the adapter (console, Teams streaming, Matrix edits)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from bot.llm.port import LLM, LLMRequest, LLMResponse
from bot.skill import Progress


class ReportingLLM:
    """An :class:`LLM` whose text answers are streamed to ``progress`` while they arrive."""

    def __init__(self, inner: LLM, progress: Progress) -> None:
        self._inner = inner
        self._progress = progress

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def available(self) -> bool:
        return self._inner.available

    async def complete(self, request: LLMRequest) -> LLMResponse:
        if request.tools:  # tool calls are not text to show
            return await self._inner.complete(request)
        text = ""
        async for piece in self._inner.stream(request):
            text += piece
            await self._progress(text)
        return LLMResponse(text)

    def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        return self._inner.stream(request)

    def report_unusable(self, reason: str) -> None:
        self._inner.report_unusable(reason)


def reporting(llm: LLM, progress: Progress | None) -> LLM:
    """``llm`` itself when nobody shows partial text."""
    return ReportingLLM(llm, progress) if progress is not None and llm.available else llm
