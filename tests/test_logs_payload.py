"""At LOTSE_LOG_LEVEL=DEBUG no prompt text reaches the log: the SDKs' payload logging stays off."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
    standalone,
)

from bot.llm.port import ChatTurn, LLMRequest
from lotse import logs

SECRET_PROMPT = "Vertraulicher Notiztext Quokka-7781 über die Beratung"
SECRET_ANSWER = "Antworttext Wombat-4410"


@pytest.fixture
def debug_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """The CLI's logging set up at DEBUG, writing into a buffer; restored afterwards."""
    buffer = io.StringIO()
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved_levels = {name: logging.getLogger(name).level for name in logs.PAYLOAD_LOGGERS}
    monkeypatch.setattr("sys.stderr", buffer)
    logs.configure("DEBUG")
    yield buffer
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)
    for name, level in saved_levels.items():
        logging.getLogger(name).setLevel(level)


async def test_a_model_request_at_debug_level_logs_no_content(
    fake_anthropic: FakeAnthropic, debug_log: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The SDK's own switch for its request logging; it must not win over ours either.
    monkeypatch.setenv("ANTHROPIC_LOG", "debug")
    logging.getLogger("anthropic").setLevel(logging.DEBUG)
    fake_anthropic.then(Scripted(text=SECRET_ANSWER))
    request = LLMRequest(system="Du bist hilfreich.", turns=(ChatTurn("user", SECRET_PROMPT),))
    response = await standalone(fast_settings()).complete(request)
    assert response.text == SECRET_ANSWER  # the request really went through
    logging.getLogger("bot.test").debug("own debug line")
    written = debug_log.getvalue()
    assert "own debug line" in written  # DEBUG is on for Lotse's own loggers
    assert "Quokka-7781" not in written
    assert "Wombat-4410" not in written


def test_library_warnings_still_reach_the_log(debug_log: io.StringIO) -> None:
    logging.getLogger("httpx").debug("GET /?q=secret-query")
    logging.getLogger("aiohttp.access").info("GET /api/messages?token=abc")
    logging.getLogger("nio.client").warning("sync failed")
    written = debug_log.getvalue()
    assert "secret-query" not in written
    assert "token=abc" not in written
    assert "sync failed" in written
