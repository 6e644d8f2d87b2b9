"""A fake OpenAI-compatible Chat Completions server on 127.0.0.1 (a real aiohttp server, free
port), driven by the real ``openai`` SDK through ``base_url``: JSON and SSE answers, tool
calls whole or streamed in pieces, errors with ``retry-after``, hanging calls, errors inside a
stream, and server-level gaps (no JSON mode, no usage in streams). Tests script its answers and
read every request body (the pytest fixtures around it are in ``tests/openai_fixtures.py``)."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from aiohttp import web

from bot.llm.factory import build_llm
from bot.llm.port import Model
from bot.llm.settings import LLMSettings

MODEL = "open-test"


@dataclass
class Reply:
    """One scripted answer: text (JSON or SSE, as the request asks), a tool call, or an
    error."""

    text: str = "OK"
    text_from: Callable[[dict[str, Any]], str] | None = None  # the answer from the request
    chunks: tuple[str, ...] | None = None  # SSE content deltas; default: the text in 3 pieces
    tool: tuple[str, dict[str, Any]] | None = None
    tool_pieces: int = 3  # streamed: the arguments' JSON in this many fragments
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before answering (a hanging server)
    chunk_delay: float = 0.0
    stream_error: bool = False  # an error object instead of the first delta (vLLM style)
    tokens_in: int = 10
    tokens_out: int = 5


@dataclass
class FakeOpenAI:
    url: str = ""
    script: deque[Reply] = field(default_factory=deque)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    first_delta_sent: list[float] = field(default_factory=list)
    # What this server does not support: request keys it answers with 400 (e.g.
    # "response_format", "stream_options"); and whether it reports usage at all.
    refuses: set[str] = field(default_factory=set)
    reports_usage: bool = True

    def reset(self) -> None:
        self.script.clear()
        self.bodies.clear()
        self.headers.clear()
        self.times.clear()
        self.first_delta_sent.clear()
        self.refuses = set()
        self.reports_usage = True

    def then(self, *answers: Reply) -> FakeOpenAI:
        self.script.extend(answers)
        return self

    def raw_bodies(self) -> str:
        return "\n".join(json.dumps(body, ensure_ascii=False) for body in self.bodies)

    async def models(self, request: web.Request) -> web.Response:
        del request
        return web.json_response({"object": "list", "data": [{"id": MODEL, "object": "model"}]})

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.bodies.append(body)
        self.headers.append({key.lower(): value for key, value in request.headers.items()})
        self.times.append(time.monotonic())
        refused = sorted(self.refuses & set(body))
        if refused:  # like vLLM: a parameter it does not know is a 400
            return _error(400, f"unsupported parameter {refused[0]}", "invalid_request_error")
        answer = self.script.popleft() if self.script else Reply()
        if answer.text_from is not None:
            answer = replace(answer, text=answer.text_from(body), text_from=None)
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.status != 200:
            return _error(answer.status, "scripted", "server_error", answer.headers)
        if body.get("stream"):
            return await self._stream(request, body, answer)
        return web.json_response(self._completion(body, answer))

    def _usage(self, answer: Reply) -> dict[str, int]:
        total = answer.tokens_in + answer.tokens_out
        return {
            "prompt_tokens": answer.tokens_in,
            "completion_tokens": answer.tokens_out,
            "total_tokens": total,
        }

    def _completion(self, body: dict[str, Any], answer: Reply) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": answer.text}
        finish = "stop"
        if answer.tool:
            name, arguments = answer.tool
            message["content"] = None
            message["tool_calls"] = [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(arguments)},
                }
            ]
            finish = "tool_calls"
        completion: dict[str, Any] = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", MODEL),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        }
        if self.reports_usage:
            completion["usage"] = self._usage(answer)
        return completion

    async def _stream(
        self, request: web.Request, body: dict[str, Any], answer: Reply
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await response.prepare(request)

        async def send(data: dict[str, Any] | str) -> None:
            payload = data if isinstance(data, str) else json.dumps(data)
            await response.write(f"data: {payload}\n\n".encode())

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": body.get("model", MODEL),
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }

        await send(chunk({"role": "assistant", "content": ""}))
        if answer.stream_error:
            await send({"error": {"message": "scripted", "type": "server_error", "code": 500}})
            return response
        for number, delta in enumerate(_deltas(answer)):
            if number == 0:
                self.first_delta_sent.append(time.perf_counter())
            elif answer.chunk_delay:
                await asyncio.sleep(answer.chunk_delay)
            await send(chunk(delta))
        await send(chunk({}, "tool_calls" if answer.tool else "stop"))
        include = (body.get("stream_options") or {}).get("include_usage")
        if include and self.reports_usage:
            await send({**chunk({}), "choices": [], "usage": self._usage(answer)})
        await send("[DONE]")
        return response


def _deltas(answer: Reply) -> list[dict[str, Any]]:
    if answer.tool:
        name, arguments = answer.tool
        encoded = json.dumps(arguments)
        size = max(1, len(encoded) // answer.tool_pieces + 1)
        first = {"index": 0, "id": "call_1", "type": "function"}
        deltas = [{"tool_calls": [{**first, "function": {"name": name, "arguments": ""}}]}]
        for start in range(0, len(encoded), size):
            piece = encoded[start : start + size]
            deltas.append({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        return deltas
    return [{"content": piece} for piece in answer.chunks or _thirds(answer.text)]


def _thirds(text: str) -> tuple[str, ...]:
    size = max(1, len(text) // 3 + 1)
    return tuple(text[i : i + size] for i in range(0, len(text), size)) or ("",)


def _error(
    status: int, message: str, kind: str, headers: dict[str, str] | None = None
) -> web.Response:
    error = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    return web.json_response(error, status=status, headers=headers or {})


async def start_fake_openai(fake: FakeOpenAI) -> web.AppRunner:
    app = web.Application()
    app.router.add_post("/v1/chat/completions", fake.handle)
    app.router.add_get("/v1/models", fake.models)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    fake.url = f"http://127.0.0.1:{runner.addresses[0][1]}/v1"
    return runner


def open_llm(**overrides: Any) -> Model:
    """The openai provider with test-sized limits, its server as the environment configures
    it (``fake_openai`` points ``LOTSE_OPENAI_*`` at the fake): read the way the CLI reads it."""
    from lotse.settings import read_settings

    return build_llm(open_settings(**overrides), read_settings().openai)


def open_settings(**overrides: Any) -> LLMSettings:
    """The openai provider with retries and timeouts small enough for tests."""
    values: dict[str, Any] = {
        "provider": "openai",
        "timeout_seconds": 2.0,
        "deadline_seconds": 5.0,
        "max_attempts": 4,
        "backoff_initial_seconds": 0.01,
        "backoff_max_seconds": 0.05,
        **overrides,
    }
    return LLMSettings(**values)
