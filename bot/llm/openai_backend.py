"""The OpenAI-compatible backend: Chat Completions through the official ``openai`` SDK, for
self-hosted open models (vLLM, Ollama, LocalAI, LM Studio) and EU model services.

One attempt per call, like ``AnthropicBackend``: retries, the deadline, budgets and
pseudonymisation wrap it (``bot.llm.guarded``); the SDK's own retries are off. SDK errors never
leave this module. Optional server features (JSON mode, usage in streams, ``tool_choice:
required``) are tried once per server; a server that refuses one is asked without it from
then on.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import openai

from bot.llm.errors import Rejected, Transient, retry_after
from bot.llm.guarded import UsageSink
from bot.llm.openai_settings import OpenAISettings
from bot.llm.port import LLMRequest, LLMResponse, ToolCall
from bot.llm.settings import LLMSettings
from bot.llm.structured import ReasoningFilter, loads_object, strip_reasoning

log = logging.getLogger("lotse.llm")
T = TypeVar("T")

# Statuses with which a server says "I do not know this parameter" (vLLM 400, others 422/501).
_UNSUPPORTED = frozenset({400, 404, 415, 422, 501})
JSON_MODE = "json_mode"
STREAM_USAGE = "stream_usage"
TOOL_REQUIRED = "tool_choice_required"  # vLLM >= 0.8.3; others may only know "auto"
_CHARS_PER_TOKEN = 4  # estimate when a server reports no usage (budgets must still count)


def translate(error: Exception) -> Transient | Rejected | None:
    """Our view of an SDK error; None for anything that is not an API error."""
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        if status in (408, 429) or status >= 500:
            kind = {408: "timeout", 429: "rate_limited"}.get(status, f"server_{status}")
            return Transient(kind, retry_after(error.response.headers))
        return Rejected(status)
    if isinstance(error, openai.APITimeoutError):
        return Transient("timeout")
    if isinstance(error, openai.APIConnectionError):
        return Transient("connection")
    if isinstance(error, openai.APIResponseValidationError):
        return Rejected(error.status_code)
    if isinstance(error, openai.APIError):  # an error event inside a stream (status 200)
        return Transient("stream_error")
    return None


class ToolCallAssembler:
    """Tool calls from whole messages or from streamed pieces (name first, then the
    arguments' JSON in fragments, keyed by index)."""

    def __init__(self) -> None:
        self._names: dict[int, str] = {}
        self._arguments: dict[int, list[str]] = {}

    def add(self, index: int, name: str | None, arguments: str | None) -> None:
        if name:
            self._names[index] = self._names.get(index, "") or name
        self._arguments.setdefault(index, []).append(arguments or "")

    def calls(self) -> tuple[ToolCall, ...]:
        result = []
        for index in sorted(self._names):
            parsed = loads_object("".join(self._arguments.get(index, ())))
            result.append(ToolCall(self._names[index], parsed if parsed is not None else {}))
        return tuple(result)


@dataclass(slots=True)
class _Streamed:
    """What a stream delivered besides its text pieces."""

    text: str = ""
    calls: ToolCallAssembler = field(default_factory=ToolCallAssembler)
    tokens: tuple[int, int] = (0, 0)
    stop: str | None = None


class OpenAIBackend:
    """One attempt at ``/chat/completions``; ``client`` is an ``openai.AsyncOpenAI``."""

    def __init__(
        self,
        client: Any,
        settings: LLMSettings,
        server: OpenAISettings,
        name: str = "openai",
    ) -> None:
        self._client = client
        self._settings = settings
        self._server = server
        self.name = name
        # Per server (one backend per server): None = not yet known.
        self.features: dict[str, bool | None] = {
            JSON_MODE: server.json_mode,
            STREAM_USAGE: None,
            TOOL_REQUIRED: None,
        }

    async def aclose(self) -> None:
        await self._client.close()

    def params(self, request: LLMRequest) -> dict[str, Any]:
        """The request body: the system prompt as the first message, tools as functions."""
        messages = [{"role": "system", "content": request.system}]
        messages += [{"role": turn.role, "content": turn.content} for turn in request.turns]
        params: dict[str, Any] = {
            "model": self._server.model_for(request.tier, request.purpose),
            # max_tokens, not max_completion_tokens: what vLLM, Ollama and LM Studio all read.
            "max_tokens": request.max_tokens,
            "messages": messages,
        }
        if request.tools:
            params["tools"] = [
                {
                    "type": "function",
                    "function": {
                        "name": tool.name,
                        "description": tool.description,
                        "parameters": dict(tool.input_schema),
                    },
                }
                for tool in request.tools
            ]
            # "any" asks for "required" (an optional feature, below); "auto" is the default.
        if self._settings.temperature is not None:
            params["temperature"] = self._settings.temperature
        return params

    async def complete(self, request: LLMRequest, seconds: float) -> LLMResponse:
        if self._server.stream_all:
            return await self._collect(request, seconds)
        params = self.params(request)
        try:
            completion = await self._create(params, _options(request), seconds)
        except Exception as error:
            raise _our(error) from error
        choice = completion.choices[0] if completion.choices else None
        message = choice.message if choice else None
        calls = ToolCallAssembler()
        for number, call in enumerate((message.tool_calls if message else None) or ()):
            function = getattr(call, "function", None)
            if function is not None:
                calls.add(number, function.name, function.arguments)
        text = strip_reasoning((message.content if message else None) or "")
        tokens_in, tokens_out = _tokens(completion.usage, params, text)
        stop = choice.finish_reason if choice else None
        return LLMResponse(text, tokens_in, tokens_out, calls.calls(), stop)

    async def stream(
        self, request: LLMRequest, seconds: float, usage: UsageSink
    ) -> AsyncIterator[str]:
        answer = _Streamed()
        async for piece in self._streamed(request, seconds, answer):
            yield piece
        usage(*answer.tokens)
        if answer.calls.calls():
            # The port's stream carries text; routing asks for tools through ``complete``.
            log.warning("streamed answer called a tool; only its text is passed on")

    async def _collect(self, request: LLMRequest, seconds: float) -> LLMResponse:
        """``complete`` over a stream (``LOTSE_OPENAI_STREAM_ALL``): text and tool calls
        assembled from the pieces."""
        answer = _Streamed()
        async for _ in self._streamed(request, seconds, answer):
            pass
        tokens_in, tokens_out = answer.tokens
        return LLMResponse(answer.text, tokens_in, tokens_out, answer.calls.calls(), answer.stop)

    async def _streamed(
        self, request: LLMRequest, seconds: float, answer: _Streamed
    ) -> AsyncIterator[str]:
        params = {**self.params(request), "stream": True}
        options = [*_options(request), (STREAM_USAGE, {"stream_options": {"include_usage": True}})]
        usage: Any = None
        reasoning = ReasoningFilter()
        try:
            stream = await self._create(params, options, seconds)
            async with stream:
                async for chunk in stream:
                    usage = chunk.usage or usage
                    for choice in chunk.choices:
                        answer.stop = choice.finish_reason or answer.stop
                        delta = choice.delta
                        for call in delta.tool_calls or ():
                            function = call.function
                            name = function.name if function else None
                            arguments = function.arguments if function else None
                            answer.calls.add(call.index, name, arguments)
                        piece = reasoning.feed(delta.content or "")
                        if piece:
                            answer.text += piece
                            yield piece
        except Exception as error:
            raise _our(error) from error
        rest = reasoning.flush()
        if rest:
            answer.text += rest
            yield rest
        answer.tokens = _tokens(usage, params, answer.text)

    async def _create(
        self, params: dict[str, Any], options: list[tuple[str, dict[str, Any]]], seconds: float
    ) -> Any:
        """``chat.completions.create`` with each optional feature the server may support."""

        async def call(extra: dict[str, Any], rest: list[tuple[str, dict[str, Any]]]) -> Any:
            if not rest:
                return await self._client.chat.completions.create(
                    **params, **extra, timeout=seconds
                )
            (feature, more), *others = rest
            return await self._optional(
                feature, more, lambda added: call({**extra, **added}, others)
            )

        return await call({}, options)

    async def _optional(
        self,
        feature: str,
        extra: dict[str, Any],
        call: Callable[[dict[str, Any]], Awaitable[T]],
    ) -> T:
        """``call`` with the optional parameters ``extra`` while the server may accept them;
        a server that refuses them (and answers without) is not asked with them again."""
        if not extra or self.features.get(feature) is False:
            return await call({})
        try:
            result = await call(extra)
        except openai.APIStatusError as error:
            if self.features.get(feature) is not None or error.status_code not in _UNSUPPORTED:
                raise
            result = await call({})  # a second refusal is about the request, not the feature
            self.features[feature] = False
            log.info("model server does not support %s; asking without it", feature)
            return result
        if self.features.get(feature) is None:
            self.features[feature] = True
            log.info("model server supports %s", feature)
        return result


def _options(request: LLMRequest) -> list[tuple[str, dict[str, Any]]]:
    options: list[tuple[str, dict[str, Any]]] = []
    if request.tools and request.tool_choice == "any":
        options.append((TOOL_REQUIRED, {"tool_choice": "required"}))
    if request.json:
        options.append((JSON_MODE, {"response_format": {"type": "json_object"}}))
    return options


def _our(error: Exception) -> Exception:
    return translate(error) or error


def _tokens(usage: Any, params: dict[str, Any], text: str) -> tuple[int, int]:
    if usage is not None and (usage.prompt_tokens or usage.completion_tokens):
        return usage.prompt_tokens or 0, usage.completion_tokens or 0
    # No usage from the server (some omit it, or stream it never): estimate, so that the
    # daily budgets still count this call.
    sent = sum(len(str(message["content"])) for message in params["messages"])
    return -(-sent // _CHARS_PER_TOKEN), -(-len(text) // _CHARS_PER_TOKEN)
