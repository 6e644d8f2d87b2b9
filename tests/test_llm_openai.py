"""The OpenAI-compatible backend through the real SDK against the fake Chat Completions
server: wire format, models per purpose, streaming and usage, tool calls whole and streamed,
retries, retry-after, a hanging server, the deadline, optional server features."""

from __future__ import annotations

import time

import pytest
from llm_fixtures import standalone
from openai_fixtures import (
    MODEL,
    FakeOpenAI,
    Reply,
    open_settings,
)

from bot.config import Settings
from bot.llm.errors import ModelUnavailable
from bot.llm.factory import LLMConfigError, build_llm
from bot.llm.openai_settings import OpenAISettings
from bot.llm.port import ChatTurn, LLMRequest, Tool
from bot.llm.use import ModelUse
from lotse.settings import masked, read_settings


def request(text: str = "Hallo", **extra: object) -> LLMRequest:
    return LLMRequest(system="Du bist hilfreich.", turns=(ChatTurn("user", text),), **extra)  # type: ignore[arg-type]


ROUTE = Tool(
    "occupation",
    "Berufe",
    {"type": "object", "properties": {"beruf": {"type": "string"}}},
)


async def test_a_call_sends_the_system_prompt_first_and_returns_text_and_usage(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.then(Reply(text="Guten Tag!", tokens_in=12, tokens_out=4))
    response = await standalone(open_settings()).complete(request(max_tokens=300))
    assert (response.text, response.tokens_in, response.tokens_out) == ("Guten Tag!", 12, 4)
    body = fake_openai.bodies[0]
    assert body["model"] == MODEL
    assert body["max_tokens"] == 300
    assert body["messages"] == [
        {"role": "system", "content": "Du bist hilfreich."},
        {"role": "user", "content": "Hallo"},
    ]
    assert "tools" not in body
    assert "response_format" not in body
    # No key configured: the SDK still needs one; a placeholder, never an OpenAI key.
    assert fake_openai.headers[0]["authorization"] == "Bearer not-needed"


async def test_the_configured_key_is_sent(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_OPENAI_API_KEY", "sk-eu-provider")
    await standalone(open_settings()).complete(request())
    assert fake_openai.headers[0]["authorization"] == "Bearer sk-eu-provider"


async def test_routing_and_drafts_can_use_different_models(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_OPENAI_FAST_MODEL", "small-3b")
    monkeypatch.setenv("LOTSE_OPENAI_PURPOSE_MODELS", '{"email": "large-70b"}')
    llm = standalone(open_settings())
    await llm.complete(request(tier="fast", purpose="route"))
    await llm.complete(request(purpose="email"))
    await llm.complete(request(purpose="occupation"))
    assert [body["model"] for body in fake_openai.bodies] == ["small-3b", "large-70b", MODEL]


async def test_streaming_yields_pieces_and_counts_the_usage_of_the_last_chunk(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.then(Reply(chunks=("Eins ", "zwei ", "drei"), tokens_in=21, tokens_out=7))
    scope = ModelUse.standalone()
    llm = standalone(open_settings(), use=scope)
    pieces = [piece async for piece in llm.stream(request())]
    assert pieces == ["Eins ", "zwei ", "drei"]
    body = fake_openai.bodies[0]
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert (scope.tokens_in, scope.tokens_out) == (21, 7)


async def test_a_server_without_usage_in_streams_is_asked_once_and_usage_estimated(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.refuses = {"stream_options"}
    fake_openai.reports_usage = False
    scope = ModelUse.standalone()
    llm = standalone(open_settings(), use=scope)
    first = "".join([piece async for piece in llm.stream(request("x" * 400))])
    second = "".join([piece async for piece in llm.stream(request())])
    assert first == second == "OK"
    sent = [("stream_options" in body) for body in fake_openai.bodies]
    assert sent == [True, False, False]  # refused once, then never asked again
    assert scope.tokens_in >= 100  # estimated from 400+ characters sent: budgets still count
    assert scope.tokens_out >= 1


async def test_usage_is_estimated_when_a_plain_answer_reports_none(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.reports_usage = False
    fake_openai.then(Reply(text="x" * 40))
    response = await standalone(open_settings()).complete(request("y" * 80))
    assert response.tokens_out == 10
    assert response.tokens_in >= 20


async def test_tool_calls_are_offered_as_functions_and_the_choice_returned(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.then(Reply(tool=("occupation", {"beruf": "Tischler"})))
    llm = standalone(open_settings())
    response = await llm.complete(request(tools=(ROUTE,), tool_choice="any"))
    assert [(c.name, dict(c.arguments)) for c in response.tool_calls] == [
        ("occupation", {"beruf": "Tischler"})
    ]
    body = fake_openai.bodies[0]
    assert body["tool_choice"] == "required"
    assert body["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "occupation",
                "description": "Berufe",
                "parameters": {"type": "object", "properties": {"beruf": {"type": "string"}}},
            },
        }
    ]


async def test_a_server_without_required_tool_choice_is_asked_with_the_default(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.refuses = {"tool_choice"}
    fake_openai.then(*[Reply(tool=("occupation", {"beruf": "Koch"}))] * 2)
    llm = standalone(open_settings())
    for _ in range(2):
        response = await llm.complete(request(tools=(ROUTE,), tool_choice="any"))
        assert response.tool_calls[0].arguments == {"beruf": "Koch"}
    assert [("tool_choice" in body) for body in fake_openai.bodies] == [True, False, False]


async def test_tool_calls_streamed_in_pieces_are_assembled(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_OPENAI_STREAM_ALL", "true")
    arguments = {"beruf": "Kauffrau für Büromanagement", "hinweis": "[PERSON_1]"}
    fake_openai.then(Reply(tool=("occupation", arguments), tool_pieces=7, tokens_out=9))
    scope = ModelUse.standalone()
    response = await standalone(open_settings(), use=scope).complete(
        request("Herr Kowalski fragt nach Büro", tools=(ROUTE,), tool_choice="any")
    )
    assert fake_openai.bodies[0]["stream"] is True
    assert response.tool_calls[0].name == "occupation"
    assert dict(response.tool_calls[0].arguments) == {
        "beruf": "Kauffrau für Büromanagement",
        "hinweis": "Kowalski",  # restored like any other answer
    }
    assert response.tokens_out == 9
    assert scope.tokens_out == 9


@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_transient_errors_are_retried(fake_openai: FakeOpenAI, status: int) -> None:
    fake_openai.then(Reply(status=status), Reply(text="endlich"))
    response = await standalone(open_settings()).complete(request())
    assert response.text == "endlich"
    assert len(fake_openai.bodies) == 2


async def test_retry_after_is_honoured(fake_openai: FakeOpenAI) -> None:
    fake_openai.then(Reply(status=429, headers={"retry-after": "0.3"}), Reply(text="ok"))
    await standalone(open_settings()).complete(request())
    assert fake_openai.times[1] - fake_openai.times[0] >= 0.3


async def test_a_retry_after_beyond_the_deadline_gives_up_at_once(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.then(Reply(status=429, headers={"retry-after": "30"}))
    started = time.monotonic()
    with pytest.raises(ModelUnavailable):
        await standalone(open_settings(deadline_seconds=2.0)).complete(request())
    assert time.monotonic() - started < 1.0
    assert len(fake_openai.bodies) == 1


async def test_a_bad_request_is_not_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.then(Reply(status=400))
    with pytest.raises(ModelUnavailable):
        await standalone(open_settings()).complete(request())
    assert len(fake_openai.bodies) == 1


async def test_a_hanging_server_times_out_within_the_deadline(fake_openai: FakeOpenAI) -> None:
    fake_openai.then(*[Reply(delay=0.5)] * 10)
    llm = standalone(open_settings(timeout_seconds=0.3, deadline_seconds=0.8, max_attempts=10))
    started = time.monotonic()
    with pytest.raises(ModelUnavailable):
        await llm.complete(request())
    assert time.monotonic() - started < 1.2
    assert 2 <= len(fake_openai.bodies) <= 3


async def test_an_error_inside_a_stream_is_retried_before_the_first_text(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.then(Reply(stream_error=True), Reply(chunks=("a", "b")))
    pieces = [piece async for piece in standalone(open_settings()).stream(request())]
    assert "".join(pieces) == "ab"
    assert len(fake_openai.bodies) == 2


async def test_the_sdk_does_not_retry_on_its_own(fake_openai: FakeOpenAI) -> None:
    fake_openai.then(*[Reply(status=500)] * 5)
    with pytest.raises(ModelUnavailable):
        await standalone(open_settings(max_attempts=1)).complete(request())
    assert len(fake_openai.bodies) == 1


async def test_json_mode_is_used_when_the_server_has_it(fake_openai: FakeOpenAI) -> None:
    fake_openai.then(Reply(text='{"ok": true}'))
    response = await standalone(open_settings()).complete(request(json=True))
    assert response.text == '{"ok": true}'
    assert fake_openai.bodies[0]["response_format"] == {"type": "json_object"}


async def test_json_mode_is_detected_once_per_server(fake_openai: FakeOpenAI) -> None:
    fake_openai.refuses = {"response_format"}
    llm = standalone(open_settings())
    await llm.complete(request(json=True))
    await llm.complete(request(json=True))
    asked = [("response_format" in body) for body in fake_openai.bodies]
    assert asked == [True, False, False]


async def test_json_mode_can_be_switched_off(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_OPENAI_JSON_MODE", "false")
    await standalone(open_settings()).complete(request(json=True))
    assert "response_format" not in fake_openai.bodies[0]


async def test_reasoning_blocks_are_not_part_of_the_answer(fake_openai: FakeOpenAI) -> None:
    thinking = "<think>Die Nutzerin will X.</think>\n\nBetreff: Termin"
    fake_openai.then(
        Reply(text=thinking), Reply(chunks=("<thi", "nk>hmm</th", "ink>Hallo", " Welt"))
    )
    llm = standalone(open_settings())
    assert (await llm.complete(request())).text == "Betreff: Termin"
    assert "".join([piece async for piece in llm.stream(request())]) == "Hallo Welt"


def test_the_server_and_the_model_are_required() -> None:
    with pytest.raises(LLMConfigError, match="LOTSE_OPENAI_BASE_URL"):
        build_llm(open_settings(), OpenAISettings(base_url=None, model="m"))
    with pytest.raises(LLMConfigError, match="LOTSE_OPENAI_MODEL"):
        build_llm(open_settings(), OpenAISettings(base_url="http://gpu:8000/v1", model=None))


def test_config_show_lists_the_server_and_masks_its_key(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_OPENAI_BASE_URL", "http://gpu-server:8000/v1")
    monkeypatch.setenv("LOTSE_OPENAI_API_KEY", "sk-institution-secret")
    shown = masked(read_settings())
    assert shown["LOTSE_OPENAI_BASE_URL"] == "http://gpu-server:8000/v1"
    assert shown["LOTSE_OPENAI_API_KEY"] == "********"
    assert "sk-institution-secret" not in str(shown)
