"""Matrix settings: validation, the invite allowlist, retries of transient failures."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from nio import ErrorResponse, RoomSendResponse
from pydantic import ValidationError

from adapters.matrix.outbound import txn_id
from adapters.matrix.retry import RequestFailed, check, retrying
from adapters.matrix.session import Credentials, load_credentials, save_credentials
from adapters.matrix.settings import MatrixSettings, TrustPolicy
from adapters.matrix.tokens import SyncTokenFile
from bot.transient import Transient
from lotse.settings import read_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("PASSWORD", "ACCESS_TOKEN", "DEVICE_ID", "ALLOWED_INVITERS", "STORE_PATH"):
        monkeypatch.delenv(f"LOTSE_MATRIX_{name}", raising=False)


def make(**values: Any) -> MatrixSettings:
    return MatrixSettings(
        homeserver="https://hs.example.org/", user_id="@lotse:example.org", **values
    )


def test_defaults_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LOTSE_MATRIX_ALLOWED_INVITERS", "@anna:partner.org, example.net")
    monkeypatch.setenv("LOTSE_MATRIX_HOMESERVER", "https://hs.example.org/")
    monkeypatch.setenv("LOTSE_MATRIX_USER_ID", "@lotse:example.org")
    settings = read_settings().matrix
    assert settings is not None
    assert settings.homeserver == "https://hs.example.org"
    assert settings.trust is TrustPolicy.TOFU
    assert settings.allowed_inviters == ["@anna:partner.org", "example.net"]
    assert settings.with_data_dir(tmp_path).store == tmp_path / "matrix"


def test_access_token_needs_device_id() -> None:
    with pytest.raises(ValidationError, match="DEVICE_ID"):
        make(access_token="secret")


def test_invite_allowlist_defaults_to_own_server() -> None:
    settings = make()
    assert settings.inviter_allowed("@anna:example.org")
    assert not settings.inviter_allowed("@mallory:evil.example")
    listed = make(allowed_inviters=["@anna:partner.org", "example.net"])
    assert listed.inviter_allowed("@anna:partner.org")
    assert listed.inviter_allowed("@bob:example.net")
    assert not listed.inviter_allowed("@bob:partner.org")
    assert not listed.inviter_allowed("@bob:example.org")


def test_credentials_and_token_files(tmp_path: Path) -> None:
    credentials = Credentials("https://hs", "@lotse:hs", "DEV", "tok")
    save_credentials(tmp_path, credentials)
    assert load_credentials(tmp_path) == credentials
    assert (tmp_path / "credentials.json").stat().st_mode & 0o077 == 0
    tokens = SyncTokenFile(tmp_path)
    assert tokens.load() is None
    tokens.save("s1_2")
    assert tokens.load() == "s1_2"


def test_transaction_ids_are_stable_per_trigger() -> None:
    assert txn_id("!r", "$e") == txn_id("!r", "$e")
    assert txn_id("!r", "$e") != txn_id("!r", "$f")


def error(code: str, status: int, retry_after_ms: int | None = None) -> ErrorResponse:
    response = ErrorResponse("", code, retry_after_ms)
    response.transport_response = SimpleNamespace(status=status)
    return response


def test_check_classifies_errors() -> None:
    ok = RoomSendResponse("$e", "!r")
    assert check(ok) is ok
    with pytest.raises(Transient) as limited:
        check(error("M_LIMIT_EXCEEDED", 429, 1500))
    assert limited.value.retry_after == 1.5
    with pytest.raises(Transient):
        check(error("M_UNKNOWN", 502))
    with pytest.raises(RequestFailed):
        check(error("M_FORBIDDEN", 403))


async def test_retrying_honours_retry_after_then_succeeds() -> None:
    answers = [error("M_LIMIT_EXCEEDED", 429, 10), ConnectionResetError(), "done"]

    async def operation() -> object:
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    assert await retrying(operation, attempts=5) == "done"
    assert answers == []


async def test_retrying_does_not_retry_permanent_errors() -> None:
    calls = 0

    async def operation() -> object:
        nonlocal calls
        calls += 1
        return error("M_FORBIDDEN", 403)

    with pytest.raises(RequestFailed):
        await retrying(operation, attempts=5)
    assert calls == 1
