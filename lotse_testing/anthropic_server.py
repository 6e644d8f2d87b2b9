"""A fake Anthropic Messages API on 127.0.0.1 (a real aiohttp server, free port), driven by
the real SDK through ``base_url``. Tests and benchmarks script its answers and read every
request body (the pytest fixtures around it are in ``tests/llm_fixtures.py``)."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.llm.settings import LLMSettings


@dataclass
class Scripted:
    """One answer: text (JSON or SSE, as the request asks), a tool call, or an error."""

    text: str = "OK"
    chunks: tuple[str, ...] | None = None  # SSE deltas; default: the text in 3 pieces
    tool: tuple[str, dict[str, Any]] | None = None
    status: int = 200
    error_type: str = "api_error"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before answering (timeouts)
    stream_error: str | None = None  # an SSE error event instead of the first delta
    chunk_delay: float = 0.0
    tokens_in: int = 10
    tokens_out: int = 5


@dataclass
class FakeAnthropic:
    url: str = ""
    script: deque[Scripted] = field(default_factory=deque)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    first_delta_sent: list[float] = field(default_factory=list)

    def reset(self) -> None:
        self.script.clear()
        self.bodies.clear()
        self.headers.clear()
        self.times.clear()
        self.first_delta_sent.clear()

    def then(self, *answers: Scripted) -> FakeAnthropic:
        self.script.extend(answers)
        return self

    def raw_bodies(self) -> str:
        return "\n".join(json.dumps(body, ensure_ascii=False) for body in self.bodies)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.bodies.append(body)
        self.headers.append({key.lower(): value for key, value in request.headers.items()})
        self.times.append(time.monotonic())
        answer = self.script.popleft() if self.script else Scripted()
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.status != 200:
            error = {"type": "error", "error": {"type": answer.error_type, "message": "scripted"}}
            return web.json_response(error, status=answer.status, headers=answer.headers)
        if body.get("stream"):
            return await self._stream(request, body, answer)
        return web.json_response(_message(body, answer))

    async def _stream(
        self, request: web.Request, body: dict[str, Any], answer: Scripted
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await response.prepare(request)

        async def send(event: str, data: dict[str, Any]) -> None:
            await response.write(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())

        start = _message(body, answer)
        start.update(content=[], stop_reason=None)
        start["usage"] = {"input_tokens": answer.tokens_in, "output_tokens": 1}
        await send("message_start", {"type": "message_start", "message": start})
        if answer.stream_error:
            error = {"type": answer.stream_error, "message": "scripted"}
            await send("error", {"type": "error", "error": error})
            return response
        await send(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        )
        await send("ping", {"type": "ping"})
        for number, piece in enumerate(answer.chunks or _thirds(answer.text)):
            if number == 0:
                self.first_delta_sent.append(time.perf_counter())
            elif answer.chunk_delay:
                await asyncio.sleep(answer.chunk_delay)
            delta = {"type": "text_delta", "text": piece}
            await send(
                "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
            )
        await send("content_block_stop", {"type": "content_block_stop", "index": 0})
        await send(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": answer.tokens_out},
            },
        )
        await send("message_stop", {"type": "message_stop"})
        return response


def _thirds(text: str) -> tuple[str, ...]:
    size = max(1, len(text) // 3 + 1)
    return tuple(text[i : i + size] for i in range(0, len(text), size)) or ("",)


def _message(body: dict[str, Any], answer: Scripted) -> dict[str, Any]:
    if answer.tool:
        name, arguments = answer.tool
        content: list[dict[str, Any]] = [
            {"type": "tool_use", "id": "toolu_1", "name": name, "input": arguments}
        ]
        stop = "tool_use"
    else:
        content = [{"type": "text", "text": answer.text}]
        stop = "end_turn"
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": body.get("model", "fake"),
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": answer.tokens_in, "output_tokens": answer.tokens_out},
    }


def fast_settings(**overrides: Any) -> LLMSettings:
    """Anthropic via the fake server, with retries and timeouts small enough for tests."""
    values: dict[str, Any] = {
        "provider": "anthropic",
        "model": "claude-test",
        "timeout_seconds": 2.0,
        "deadline_seconds": 5.0,
        "max_attempts": 4,
        "backoff_initial_seconds": 0.01,
        "backoff_max_seconds": 0.05,
        **overrides,
    }
    return LLMSettings(**values)
