"""The Anthropic backend through the real SDK against the fake Messages API: wire format,
prompt caching, streaming, tool use, retries, retry-after, the deadline, pseudonymisation."""

from __future__ import annotations

import time

import pytest
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
    standalone,
)

from bot.llm.errors import ModelUnavailable
from bot.llm.port import ChatTurn, LLMRequest, Tool

PERSONAL = (
    "Sehr geehrte Frau Müller, bitte rufen Sie 0221 1234567 an "
    "oder schreiben an jonas.becker@example.org."
)
PERSONAL_VALUES = ("Müller", "0221 1234567", "1234567", "jonas.becker@example.org")


def request(text: str = "Hallo", **extra: object) -> LLMRequest:
    return LLMRequest(system="Du bist hilfreich.", turns=(ChatTurn("user", text),), **extra)  # type: ignore[arg-type]


async def test_a_call_sends_the_cached_system_prompt_and_returns_text_and_tokens(
    fake_anthropic: FakeAnthropic,
) -> None:
    fake_anthropic.then(Scripted(text="Guten Tag!", tokens_in=12, tokens_out=4))
    llm = standalone(fast_settings(max_tokens=300))
    response = await llm.complete(request(max_tokens=300))
    assert (response.text, response.tokens_in, response.tokens_out) == ("Guten Tag!", 12, 4)
    body = fake_anthropic.bodies[0]
    assert body["model"] == "claude-test"
    assert body["max_tokens"] == 300
    assert body["system"] == [
        {"type": "text", "text": "Du bist hilfreich.", "cache_control": {"type": "ephemeral"}}
    ]
    assert body["messages"] == [{"role": "user", "content": "Hallo"}]
    headers = fake_anthropic.headers[0]  # ANTHROPIC_API_KEY honoured (header per SDK version)
    sent_key = headers.get("x-api-key") or headers.get("authorization", "").removeprefix("Bearer ")
    assert sent_key == "test-key"


async def test_streaming_yields_the_text_piece_by_piece(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(Scripted(chunks=("Eins ", "zwei ", "drei")))
    pieces = [piece async for piece in standalone(fast_settings()).stream(request())]
    assert pieces == ["Eins ", "zwei ", "drei"]
    assert fake_anthropic.bodies[0]["stream"] is True


async def test_tool_use_returns_the_chosen_tool_and_arguments(
    fake_anthropic: FakeAnthropic,
) -> None:
    fake_anthropic.then(Scripted(tool=("occupation", {"beruf": "Tischler"})))
    tool = Tool("occupation", "Berufe", {"type": "object", "properties": {}})
    llm = standalone(fast_settings())
    response = await llm.complete(request(tools=(tool,), tool_choice="any"))
    assert [(c.name, dict(c.arguments)) for c in response.tool_calls] == [
        ("occupation", {"beruf": "Tischler"})
    ]
    body = fake_anthropic.bodies[0]
    assert body["tool_choice"] == {"type": "any"}
    assert body["tools"][-1]["cache_control"] == {"type": "ephemeral"}


@pytest.mark.parametrize(
    ("status", "kind"), [(429, "rate_limit_error"), (529, "overloaded_error"), (500, "api_error")]
)
async def test_transient_errors_are_retried(
    fake_anthropic: FakeAnthropic, status: int, kind: str
) -> None:
    fake_anthropic.then(Scripted(status=status, error_type=kind), Scripted(text="endlich"))
    response = await standalone(fast_settings()).complete(request())
    assert response.text == "endlich"
    assert len(fake_anthropic.bodies) == 2


async def test_retry_after_is_honoured(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(
        Scripted(status=429, error_type="rate_limit_error", headers={"retry-after": "0.3"}),
        Scripted(text="ok"),
    )
    await standalone(fast_settings()).complete(request())
    assert fake_anthropic.times[1] - fake_anthropic.times[0] >= 0.3


async def test_a_client_error_is_not_retried(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(Scripted(status=400, error_type="invalid_request_error"))
    with pytest.raises(ModelUnavailable):
        await standalone(fast_settings()).complete(request())
    assert len(fake_anthropic.bodies) == 1


async def test_attempts_are_limited(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(*[Scripted(status=503, error_type="api_error")] * 5)
    with pytest.raises(ModelUnavailable):
        await standalone(fast_settings(max_attempts=3)).complete(request())
    assert len(fake_anthropic.bodies) == 3


async def test_the_total_deadline_is_respected(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(*[Scripted(delay=0.5)] * 10)
    llm = standalone(fast_settings(timeout_seconds=0.3, deadline_seconds=0.8, max_attempts=10))
    started = time.monotonic()
    with pytest.raises(ModelUnavailable):
        await llm.complete(request())
    assert time.monotonic() - started < 1.2
    assert 2 <= len(fake_anthropic.bodies) <= 3  # slow answers time out and are retried


async def test_a_retry_after_beyond_the_deadline_gives_up_at_once(
    fake_anthropic: FakeAnthropic,
) -> None:
    fake_anthropic.then(
        Scripted(status=429, error_type="rate_limit_error", headers={"retry-after": "30"})
    )
    started = time.monotonic()
    with pytest.raises(ModelUnavailable):
        await standalone(fast_settings(deadline_seconds=2.0)).complete(request())
    assert time.monotonic() - started < 1.0
    assert len(fake_anthropic.bodies) == 1


async def test_an_overloaded_stream_is_retried_before_the_first_text(
    fake_anthropic: FakeAnthropic,
) -> None:
    fake_anthropic.then(Scripted(stream_error="overloaded_error"), Scripted(chunks=("a", "b")))
    pieces = [piece async for piece in standalone(fast_settings()).stream(request())]
    assert "".join(pieces) == "ab"
    assert len(fake_anthropic.bodies) == 2


async def test_the_model_receives_placeholders_and_the_caller_the_real_values(
    fake_anthropic: FakeAnthropic,
) -> None:
    fake_anthropic.then(Scripted(text="Bitte [PERSON_1] unter [TELEFON_1] anrufen."))
    response = await standalone(fast_settings()).complete(request(PERSONAL))
    sent = fake_anthropic.raw_bodies()
    assert not [value for value in PERSONAL_VALUES if value in sent]
    for placeholder in ("[PERSON_1]", "[TELEFON_1]", "[EMAIL_1]"):
        assert placeholder in sent
    assert response.text == "Bitte Müller unter 0221 1234567 anrufen."


async def test_streamed_text_is_restored_even_across_chunks(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(Scripted(chunks=("Hallo [PER", "SON_1], bis", " bald")))
    pieces = [piece async for piece in standalone(fast_settings()).stream(request(PERSONAL))]
    assert "".join(pieces) == "Hallo Müller, bis bald"
    assert "Müller" not in fake_anthropic.raw_bodies()


async def test_tool_arguments_are_restored(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(Scripted(tool=("email", {"an": "[EMAIL_1]"})))
    tool = Tool("email", "E-Mail", {"type": "object", "properties": {}})
    response = await standalone(fast_settings()).complete(request(PERSONAL, tools=(tool,)))
    assert response.tool_calls[0].arguments == {"an": "jonas.becker@example.org"}


async def test_the_sdk_does_not_retry_on_its_own(fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.then(*[Scripted(status=500)] * 5)
    with pytest.raises(ModelUnavailable):
        await standalone(fast_settings(max_attempts=1)).complete(request())
    assert len(fake_anthropic.bodies) == 1
