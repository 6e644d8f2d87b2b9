"""The per-sender rate limit and the sender allowlist of the Matrix adapter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from adapters.matrix.ratelimit import SenderRateLimit, Verdict
from adapters.matrix.settings import MatrixSettings
from lotse.settings import read_settings


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_sender_over_the_limit_gets_one_warning_then_silence_then_answers_again() -> None:
    clock = Clock()
    limit = SenderRateLimit(3, clock)
    assert [limit.check("@bot:x") for _ in range(3)] == [Verdict.ANSWER] * 3
    assert limit.check("@bot:x") is Verdict.WARN
    assert limit.check("@bot:x") is Verdict.DROP
    assert limit.check("@anna:x") is Verdict.ANSWER  # others are not affected
    clock.now += timedelta(seconds=61)
    assert limit.check("@bot:x") is Verdict.ANSWER


def test_the_window_slides() -> None:
    clock = Clock()
    limit = SenderRateLimit(2, clock)
    assert limit.check("@a:x") is Verdict.ANSWER
    clock.now += timedelta(seconds=40)
    assert limit.check("@a:x") is Verdict.ANSWER
    clock.now += timedelta(seconds=30)  # the first message left the window
    assert limit.check("@a:x") is Verdict.ANSWER
    assert limit.check("@a:x") is Verdict.WARN


def test_zero_switches_the_limit_off_and_idle_senders_are_forgotten() -> None:
    clock = Clock()
    assert all(SenderRateLimit(0, clock).check("@a:x") is Verdict.ANSWER for _ in range(100))
    limit = SenderRateLimit(1, clock)
    limit.check("@a:x")
    clock.now += timedelta(minutes=2)
    limit.forget_idle()
    assert limit._seen == {}


def settings(**values: Any) -> MatrixSettings:
    return MatrixSettings(
        homeserver="https://matrix.bzh.example", user_id="@lotse:bzh.example", **values
    )


@pytest.mark.parametrize(
    ("patterns", "sender", "allowed"),
    [
        ([], "@anna:bzh.example", True),  # default: the inviter allowlist (own server)
        ([], "@eve:elsewhere.example", False),
        (["*:bzh.example", "@ben:partner.example"], "@ben:partner.example", True),
        (["*:bzh.example", "@ben:partner.example"], "@carl:partner.example", False),
        (["*:bzh.example"], "@x:evil-bzh.example", False),
    ],
)
def test_senders_are_answered_only_when_allowed(
    patterns: list[str], sender: str, allowed: bool
) -> None:
    assert settings(allowed_senders=patterns).sender_allowed(sender) is allowed


def test_allowed_senders_come_from_a_comma_separated_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOTSE_MATRIX_ALLOWED_SENDERS", "*:bzh.example, @ben:partner.example")
    monkeypatch.setenv("LOTSE_MATRIX_HOMESERVER", "https://matrix.bzh.example")
    monkeypatch.setenv("LOTSE_MATRIX_USER_ID", "@lotse:bzh.example")
    configured = read_settings().matrix
    assert configured is not None
    assert configured.allowed_senders == ["*:bzh.example", "@ben:partner.example"]
