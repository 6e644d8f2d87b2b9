"""A fake Anthropic Messages API on 127.0.0.1 (a real aiohttp server, free port), driven by
the real SDK through ``base_url``. Tests script its answers and read every request body."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from aiohttp import web

from bot.llm.factory import build_llm
from bot.llm.openai_settings import OpenAISettings
from bot.llm.port import LLM
from bot.llm.settings import LLMSettings
from bot.llm.use import ModelUse
from lotse_testing.anthropic_server import FakeAnthropic, Scripted, fast_settings

# What tests import from here: the stand-ins (from lotse_testing) and the fixtures.
__all__ = [
    "FakeAnthropic",
    "Scripted",
    "fake_anthropic",
    "fake_anthropic_server",
    "fast_settings",
    "standalone",
]


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def fake_anthropic_server() -> AsyncIterator[FakeAnthropic]:
    fake = FakeAnthropic()
    app = web.Application()
    app.router.add_post("/v1/messages", fake.handle)
    app.router.add_post("/model/{model}/invoke", fake.handle)  # Amazon Bedrock's path
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    fake.url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        await runner.cleanup()


@pytest.fixture
def fake_anthropic(
    fake_anthropic_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeAnthropic]:
    """The fake server, emptied, with the SDK's own variables pointing at it."""
    fake_anthropic_server.reset()
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_anthropic_server.url)
    for name in ("LOTSE_LLM_PROVIDER", "LOTSE_LLM_DAILY_TOKENS_PER_USER"):
        monkeypatch.delenv(name, raising=False)
    yield fake_anthropic_server
    fake_anthropic_server.reset()


def standalone(
    settings: LLMSettings, server: OpenAISettings | None = None, use: ModelUse | None = None
) -> LLM:
    """The configured model bound to a use of its own, as outside a conversation. An openai
    provider's server is read the way the CLI reads it (``fake_openai`` points
    ``LOTSE_OPENAI_*`` at the fake) unless one is given."""
    if server is None and settings.provider == "openai":
        from lotse.settings import read_settings

        server = read_settings().openai
    return build_llm(settings, server).bind(use or ModelUse.standalone())
