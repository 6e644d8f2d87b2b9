"""``lotse llm check`` against the fake OpenAI-compatible server: each fault is reported as
the kind it breaks, and the exit code says whether a required kind fails."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openai_fixtures import (
    FakeOpenAI,
    Reply,
    open_settings,
)

from bot.llm.factory import build_llm
from lotse.cli import cli
from lotse.llm_cli import check_and_report
from lotse.settings import read_settings

GOOD_TOOL = Reply(tool=("beruf_waehlen", {"beruf": "Tischler/in"}))
GOOD_JSON = Reply(text='{"beruf": "Tischler/in"}')


async def check(fake: FakeOpenAI, *replies: Reply, **settings: object) -> tuple[int, str]:
    fake.then(*replies)
    values = open_settings(deadline_seconds=1.5, timeout_seconds=0.5, **settings)
    server = read_settings().openai  # LOTSE_OPENAI_* point at the fake
    lines: list[str] = []
    code = await check_and_report(build_llm(values, server), values, lines.append, server)
    return code, "\n".join(lines)


def line(report: str, kind: str) -> str:
    return next(row for row in report.splitlines() if f"  {kind} " in row)


async def test_a_server_that_handles_everything_passes(fake_openai: FakeOpenAI) -> None:
    code, report = await check(fake_openai, Reply(text="Bereit"), GOOD_TOOL, Reply(), GOOD_JSON)
    assert code == 0
    for kind in ("plain text", "tool call", "streaming", "JSON"):
        assert line(report, kind).lstrip().startswith("ok")
    assert "provider openai at http://127.0.0.1:" in report
    assert "server supports json_mode: yes" in report
    assert "server supports stream_usage: yes" in report
    assert "server supports tool_choice_required: yes" in report
    assert "all required kinds work" in report
    assert fake_openai.bodies[1]["tool_choice"] == "required"
    assert fake_openai.bodies[2]["stream"] is True
    assert fake_openai.bodies[3]["response_format"] == {"type": "json_object"}


async def test_a_model_that_does_not_call_tools_fails_the_tool_check(
    fake_openai: FakeOpenAI,
) -> None:
    code, report = await check(
        fake_openai, Reply(), Reply(text="Tischler bauen Möbel."), Reply(), GOOD_JSON
    )
    assert code == 1
    assert line(report, "tool call").lstrip().startswith("FAIL")
    assert "without calling the tool" in report
    assert "required kinds failing: tool call" in report


async def test_the_tool_check_is_optional_without_model_routing(
    fake_openai: FakeOpenAI,
) -> None:
    code, report = await check(
        fake_openai,
        Reply(),
        Reply(text="kein Werkzeug"),
        Reply(),
        GOOD_JSON,
        route_with_model=False,
    )
    assert code == 0
    assert line(report, "tool call").lstrip().startswith("warn")


async def test_a_broken_stream_fails_the_streaming_check(fake_openai: FakeOpenAI) -> None:
    broken = [Reply(stream_error=True)] * 4
    code, report = await check(fake_openai, Reply(), GOOD_TOOL, *broken, GOOD_JSON)
    assert code == 1
    assert line(report, "streaming").lstrip().startswith("FAIL")
    assert "model unavailable (stream_error)" in report
    assert line(report, "JSON").lstrip().startswith("ok")  # the checks go on


async def test_malformed_json_is_a_warning_and_a_fenced_one_is_repaired(
    fake_openai: FakeOpenAI,
) -> None:
    code, report = await check(
        fake_openai, Reply(), GOOD_TOOL, Reply(), Reply(text="Klar: {beruf: Tischler/in")
    )
    assert code == 0
    assert line(report, "JSON").lstrip().startswith("warn")
    assert "no JSON object" in report
    fenced = Reply(text='```json\n{"beruf": "Tischler/in"}\n```')
    code, report = await check(fake_openai, Reply(), GOOD_TOOL, Reply(), fenced)
    assert "JSON object (after repair)" in report


async def test_a_server_without_json_mode_is_reported(fake_openai: FakeOpenAI) -> None:
    fake_openai.refuses = {"response_format"}
    code, report = await check(fake_openai, Reply(), GOOD_TOOL, Reply(), GOOD_JSON)
    assert code == 0
    assert "server supports json_mode: no" in report
    assert line(report, "JSON").lstrip().startswith("ok")


async def test_rate_limits_are_waited_out_and_errors_reported(fake_openai: FakeOpenAI) -> None:
    limited = Reply(status=429, headers={"retry-after": "0.2"})
    failing = [Reply(status=500)] * 10
    code, report = await check(fake_openai, limited, Reply(), *failing)
    assert code == 1
    assert line(report, "plain text").lstrip().startswith("ok")
    assert "model unavailable (server_500)" in line(report, "tool call")


async def test_a_hanging_server_fails_every_check_within_the_deadline(
    fake_openai: FakeOpenAI,
) -> None:
    code, report = await check(fake_openai, *[Reply(delay=1.0)] * 20)
    assert code == 1
    assert "model unavailable (timeout)" in line(report, "plain text")
    assert "required kinds failing: plain text, tool call, streaming" in report


async def test_an_unreachable_server_is_a_connection_failure(fake_openai: FakeOpenAI) -> None:
    values = open_settings(deadline_seconds=0.5, max_attempts=1)
    from bot.llm.openai_settings import OpenAISettings

    server = OpenAISettings(base_url="http://127.0.0.1:9/v1", model="m")
    lines: list[str] = []
    code = await check_and_report(build_llm(values, server), values, lines.append)
    assert code == 1
    assert "model unavailable (connection)" in "\n".join(lines)


def test_without_a_model_the_command_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_LLM_PROVIDER", "offline")
    result = CliRunner().invoke(cli, ["llm", "check"])
    assert result.exit_code == 2
    assert "no model configured" in result.output


def test_an_incomplete_configuration_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_LLM_PROVIDER", "openai")
    monkeypatch.delenv("LOTSE_OPENAI_BASE_URL", raising=False)
    result = CliRunner().invoke(cli, ["llm", "check"])
    assert result.exit_code == 1
    assert "LOTSE_OPENAI_BASE_URL" in result.output
