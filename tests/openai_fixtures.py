"""A fake OpenAI-compatible Chat Completions server on 127.0.0.1 (a real aiohttp server, free
port), driven by the real ``openai`` SDK through ``base_url``: JSON and SSE answers, tool
calls whole or streamed in pieces, errors with ``retry-after``, hanging calls, errors inside a
stream, and server-level gaps (no JSON mode, no usage in streams). Tests script its answers and
read every request body."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from lotse_testing.openai_server import (
    MODEL,
    FakeOpenAI,
    Reply,
    open_llm,
    open_settings,
    start_fake_openai,
)

# What tests import from here: the stand-ins (from lotse_testing) and the fixtures.
__all__ = [
    "MODEL",
    "FakeOpenAI",
    "Reply",
    "fake_openai",
    "fake_openai_server",
    "open_llm",
    "open_settings",
    "start_fake_openai",
]


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def fake_openai_server() -> AsyncIterator[FakeOpenAI]:
    fake = FakeOpenAI()
    runner = await start_fake_openai(fake)
    try:
        yield fake
    finally:
        await runner.cleanup()


@pytest.fixture
def fake_openai(
    fake_openai_server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeOpenAI]:
    """The fake server, emptied, with ``LOTSE_OPENAI_*`` pointing at it (no API key: local
    servers often need none)."""
    fake_openai_server.reset()
    monkeypatch.setenv("LOTSE_OPENAI_BASE_URL", fake_openai_server.url)
    monkeypatch.setenv("LOTSE_OPENAI_MODEL", MODEL)
    for name in (
        "LOTSE_OPENAI_API_KEY",
        "LOTSE_OPENAI_FAST_MODEL",
        "LOTSE_OPENAI_PURPOSE_MODELS",
        "LOTSE_OPENAI_JSON_MODE",
        "LOTSE_OPENAI_STREAM_ALL",
        "LOTSE_LLM_DAILY_TOKENS_PER_USER",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LOTSE_LLM_PROVIDER", "openai")
    yield fake_openai_server
    fake_openai_server.reset()
