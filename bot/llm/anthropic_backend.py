"""The Anthropic backend: the Messages API through the official SDK (direct, Bedrock, Vertex).

One attempt per call; retries, the deadline, budgets and pseudonymisation wrap it (see
``bot.llm.factory``). The SDK's own retries are off (``max_retries=0``) so that tenacity alone
decides. SDK errors never leave this module: they become :class:`Transient` or
:class:`Rejected`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anthropic

from bot.llm.errors import Rejected, Transient, retry_after
from bot.llm.guarded import UsageSink
from bot.llm.port import LLMRequest, LLMResponse, ToolCall
from bot.llm.settings import LLMSettings

# Error types the API sends inside a stream (HTTP status 200) that are worth another attempt.
_TRANSIENT_TYPES = frozenset({"overloaded_error", "api_error", "rate_limit_error"})
_CACHED = {"type": "ephemeral"}


def translate(error: Exception) -> Transient | Rejected | None:
    """Our view of an SDK error; None for anything that is not an API error."""
    if isinstance(error, anthropic.APIStatusError):
        status = error.status_code
        if status == 429 or status >= 500:
            kind = {429: "rate_limited", 529: "overloaded"}.get(status, f"server_{status}")
            return Transient(kind, retry_after(error.response.headers))
        if status < 400 and error.type in _TRANSIENT_TYPES:  # an error event mid-stream
            return Transient(str(error.type))
        return Rejected(status)
    if isinstance(error, anthropic.APITimeoutError):
        return Transient("timeout")
    if isinstance(error, anthropic.APIConnectionError):
        return Transient("connection")
    if isinstance(error, anthropic.APIResponseValidationError):
        return Rejected(error.status_code)
    return None


class AnthropicBackend:
    """One attempt at the Messages API; ``client`` is an ``AsyncAnthropic``, or the SDK's
    ``AsyncAnthropicBedrock`` / ``AsyncAnthropicVertex``."""

    def __init__(self, client: Any, settings: LLMSettings, name: str = "anthropic") -> None:
        self._client = client
        self._settings = settings
        self.name = name

    async def aclose(self) -> None:
        await self._client.close()

    def params(self, request: LLMRequest) -> dict[str, Any]:
        """The request body. The static system prompt (and the tool list) carry
        ``cache_control`` so repeated calls reuse Anthropic's prompt cache."""
        params: dict[str, Any] = {
            "model": self._settings.model_for(request.tier),
            "max_tokens": request.max_tokens,
            "system": [{"type": "text", "text": request.system, "cache_control": _CACHED}],
            "messages": [{"role": turn.role, "content": turn.content} for turn in request.turns],
        }
        if request.tools:
            tools = [
                {
                    "name": tool.name,
                    "description": tool.description,
                    "input_schema": dict(tool.input_schema),
                }
                for tool in request.tools
            ]
            tools[-1]["cache_control"] = _CACHED
            params["tools"] = tools
            params["tool_choice"] = {"type": request.tool_choice}
        if self._settings.temperature is not None:
            # Not a typed parameter of this SDK version; the API accepts it in the body.
            params["extra_body"] = {"temperature": self._settings.temperature}
        return params

    async def complete(self, request: LLMRequest, seconds: float) -> LLMResponse:
        try:
            message = await self._client.messages.create(**self.params(request), timeout=seconds)
        except Exception as error:
            raise _our(error) from error
        texts: list[str] = []
        calls: list[ToolCall] = []
        for block in message.content:
            if block.type == "text":
                texts.append(block.text)
            elif block.type == "tool_use":
                arguments = block.input if isinstance(block.input, dict) else {}
                calls.append(ToolCall(block.name, arguments))
        tokens_in, tokens_out = _tokens(message.usage)
        return LLMResponse(
            "".join(texts), tokens_in, tokens_out, tuple(calls), message.stop_reason
        )

    async def stream(
        self, request: LLMRequest, seconds: float, usage: UsageSink
    ) -> AsyncIterator[str]:
        try:
            async with self._client.messages.stream(
                **self.params(request), timeout=seconds
            ) as stream:
                async for text in stream.text_stream:
                    yield text
                message = await stream.get_final_message()
        except Exception as error:
            raise _our(error) from error
        usage(*_tokens(message.usage))


def _our(error: Exception) -> Exception:
    return translate(error) or error


def _tokens(usage: Any) -> tuple[int, int]:
    tokens_in = (
        usage.input_tokens
        + (usage.cache_creation_input_tokens or 0)
        + (usage.cache_read_input_tokens or 0)
    )
    return tokens_in, usage.output_tokens
