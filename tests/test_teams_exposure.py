"""Who may reach the Teams endpoint and where replies may go, as units: the start-up refusal
of development mode off loopback, the service URL allowlist (also inside the SDK layer, for
every send), the channel and tenant gate, and the JSON depth limit."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from typing import Any

import pytest
from botbuilder.schema import ConversationReference
from botframework.connector.auth import ChannelValidation
from teams_fixtures import APP_ID, FakeMicrosoft

from adapters.teams.body import MAX_JSON_DEPTH, depth_within, parse_activity
from adapters.teams.exposure import (
    ActivityGate,
    ServiceUrls,
    TeamsConfigError,
    check_exposure,
    is_loopback,
)
from adapters.teams.sdk import BotFrameworkEdge, SdkTurn, ServiceUrlRefused
from adapters.teams.settings import TeamsMode, TeamsSettings
from lotse.settings import ConfigError, read_settings


@pytest.fixture(autouse=True)
def _no_teams_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's checkout
    for name in ("MicrosoftAppId", "LOTSE_TEAMS_APP_ID", "LOTSE_TEAMS_AUTH"):
        monkeypatch.delenv(name, raising=False)


def test_mode_needs_an_app_id_or_an_explicit_development_switch() -> None:
    assert TeamsSettings().mode is TeamsMode.OFF
    assert not TeamsSettings().auth_enabled
    assert TeamsSettings(auth="off").mode is TeamsMode.DEVELOPMENT
    assert TeamsSettings(app_id="bot-app").mode is TeamsMode.AUTHENTICATED


def test_auth_setting_accepts_only_on_or_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_TEAMS_AUTH", "false")
    with pytest.raises(ConfigError, match="LOTSE_TEAMS_AUTH"):
        read_settings()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "", "10.1.2.3", "lotse.bzh.example"])
def test_development_mode_is_refused_off_loopback_naming_the_settings(host: str) -> None:
    with pytest.raises(TeamsConfigError) as refused:
        check_exposure(TeamsSettings(auth="off"), host)
    assert "LOTSE_TEAMS_AUTH=off" in str(refused.value)
    assert "LOTSE_HOST" in str(refused.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_development_mode_is_allowed_on_loopback(host: str) -> None:
    check_exposure(TeamsSettings(auth="off"), host)
    assert is_loopback(host)


def test_authenticated_mode_may_listen_anywhere() -> None:
    check_exposure(TeamsSettings(app_id="bot-app"), "0.0.0.0")


def test_development_mode_and_an_app_id_together_are_refused() -> None:
    with pytest.raises(TeamsConfigError, match=r"LOTSE_TEAMS_AUTH=off.*MicrosoftAppId"):
        check_exposure(TeamsSettings(app_id="bot-app", auth="off"), "127.0.0.1")


BOT_FRAMEWORK_URLS = (
    "https://smba.trafficmanager.net/emea/",
    "https://smba.trafficmanager.net/teams/",
    "https://SMBA.trafficmanager.net:443/amer/3f3d1cea/",
    "https://smba.infra.gcc.teams.microsoft.com/",
    "https://smba.infra.gov.teams.microsoft.us/gcch/",
    "https://smba.infra.dod.teams.microsoft.us/",
    "https://frontend.botapi.msg.infra.teams.microsoftonline.cn/",
    "https://europe.webchat.botframework.com/",
    "https://directline.botframework.azure.us/",
    "https://directline.botframework.azure.cn/",
)
FOREIGN_URLS = (
    "https://evil.example/",
    "https://smba.trafficmanager.net.evil.example/teams/",
    "https://evilsmba.trafficmanager.net/",
    "https://botframework.com.evil.example/",
    "https://notbotframework.com/",
    "https://smba.trafficmanager.net@evil.example/",
    "http://smba.trafficmanager.net/teams/",  # the official hosts only over https
    "https://smba.trafficmanager.net:8443/teams/",
    "http://127.0.0.1:3978/",
    "http://localhost/",
    "ftp://smba.trafficmanager.net/",
    "smba.trafficmanager.net/teams",
    "",
    None,
    42,
)


@pytest.mark.parametrize("url", BOT_FRAMEWORK_URLS)
def test_bot_framework_service_urls_of_every_cloud_are_allowed(url: str) -> None:
    assert ServiceUrls([], loopback=False).allows(url)


@pytest.mark.parametrize("url", FOREIGN_URLS)
def test_other_service_urls_are_refused(url: object) -> None:
    assert not ServiceUrls([], loopback=False).allows(url)


def test_loopback_only_in_development_mode() -> None:
    development = ServiceUrls.from_settings(TeamsSettings(auth="off"))
    production = ServiceUrls.from_settings(TeamsSettings(app_id="bot-app"))
    for url in ("http://127.0.0.1:56150/", "http://localhost:3978/_connector", "http://[::1]/"):
        assert development.allows(url)
        assert not production.allows(url)
    assert not development.allows("http://192.0.2.7/")  # a LAN host is not loopback
    assert development.allows("https://smba.trafficmanager.net/emea/")


def test_configured_prefixes_match_scheme_host_port_exactly_and_the_path_as_prefix() -> None:
    urls = ServiceUrls(
        ["https://bots.bzh.example/connector", "http://127.0.0.1:8123/"], loopback=False
    )
    assert urls.allows("https://bots.bzh.example/connector/")
    assert urls.allows("https://bots.bzh.example:443/connector/v3/x")
    assert urls.allows("http://127.0.0.1:8123/")
    assert not urls.allows("https://bots.bzh.example/connectorx/")
    assert not urls.allows("https://bots.bzh.example/other/")
    assert not urls.allows("http://bots.bzh.example/connector/")
    assert not urls.allows("https://bots.bzh.example.evil.example/connector/")
    assert not urls.allows("http://127.0.0.1:8124/")


def test_a_configured_entry_that_is_no_url_stops_the_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOTSE_TEAMS_ALLOWED_SERVICE_URLS", "https://ok.example/, smba.example")
    settings = read_settings(teams={"app_id": "bot-app"}).teams
    assert settings.allowed_service_urls == ["https://ok.example/", "smba.example"]
    with pytest.raises(TeamsConfigError, match="LOTSE_TEAMS_ALLOWED_SERVICE_URLS"):
        check_exposure(settings, "127.0.0.1")


def _activity(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "message",
        "id": uuid.uuid4().hex,
        "channelId": "msteams",
        "serviceUrl": "https://smba.trafficmanager.net/emea/",
        "text": "hilfe",
        "from": {"id": "29:user", "aadObjectId": "user"},
        "recipient": {"id": "28:bot"},
        "conversation": {"id": "a:conv", "conversationType": "personal", "tenantId": "t-1"},
        "channelData": {"tenant": {"id": "t-1"}},
    }
    body.update(extra)
    return body


def _gate(settings: TeamsSettings) -> ActivityGate:
    return ActivityGate(settings, ServiceUrls.from_settings(settings))


def test_only_teams_is_served_outside_development_mode() -> None:
    production = _gate(TeamsSettings(app_id="bot-app"))
    assert production.refusal(_activity()) is None
    for channel in ("webchat", "directline", "emulator", "MSTEAMS", None):
        assert production.refusal(_activity(channelId=channel)) == "channel"
    development = _gate(TeamsSettings(auth="off"))
    assert development.refusal(_activity(channelId="emulator")) is None


def test_service_url_off_the_allowlist_is_refused() -> None:
    gate = _gate(TeamsSettings(app_id="bot-app"))
    assert gate.refusal(_activity(serviceUrl="https://attacker.example/")) == "service_url"
    assert gate.refusal(_activity(serviceUrl=None)) == "service_url"


def test_tenant_allowlist() -> None:
    gate = _gate(TeamsSettings(app_id="bot-app", allowed_tenants=["t-1", "t-2"]))
    assert gate.refusal(_activity()) is None
    other = _activity(channelData={"tenant": {"id": "t-9"}})
    other["conversation"]["tenantId"] = "t-9"
    assert gate.refusal(other) == "tenant"
    mixed = _activity()  # one of the two places says another tenant
    mixed["conversation"]["tenantId"] = "t-9"
    assert gate.refusal(mixed) == "tenant"
    unknown = _activity(channelData={})
    del unknown["conversation"]["tenantId"]
    assert gate.refusal(unknown) == "tenant"
    assert _gate(TeamsSettings(app_id="bot-app")).refusal(other) is None  # no allowlist


def test_tenant_list_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_TEAMS_ALLOWED_TENANTS", " t-1 ,t-2,, ")
    assert read_settings().teams.allowed_tenants == ["t-1", "t-2"]


async def test_the_sdk_layer_refuses_a_service_url_off_the_allowlist_on_every_send() -> None:
    # Even past the endpoint's gate, no connector client is made for a foreign URL.
    edge = BotFrameworkEdge(TeamsSettings(auth="off"))
    turns: list[SdkTurn] = []

    async def logic(turn: SdkTurn) -> None:
        turns.append(turn)

    result = await edge.process(_activity(serviceUrl="https://attacker.example/"), None, logic)
    assert result.status == 401  # refused before the turn: nothing ran, nothing was sent
    assert turns == []
    reference = ConversationReference(
        service_url="https://attacker.example/",
        channel_id="msteams",
        conversation={"id": "a:conv"},
        activity_id="x",
    )
    with pytest.raises(ServiceUrlRefused):
        await edge.send_proactive(reference, {"type": "message", "text": "hallo"})


async def test_the_header_alone_is_checked_on_the_public_cloud_path(
    fake_ms: FakeMicrosoft,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Production configures no metadata URL: botbuilder's public-cloud authentication, here
    # pointed at the fake's key through botbuilder's own class-level seam.
    monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", f"{fake_ms.url}openid")
    edge = BotFrameworkEdge(TeamsSettings(app_id=APP_ID))
    headers = {
        f"Bearer {fake_ms.token()}": True,
        f"Bearer {fake_ms.token(aud='another-bot')}": False,
        f"Bearer {fake_ms.token(iss='https://x.example')}": False,
        "Bearer not-a-jwt": False,
        "": False,
    }

    def check_all() -> dict[str, bool]:
        # botbuilder fetches the key metadata with a blocking call: off this loop, which
        # serves the fake.
        return {h: asyncio.run(edge.authenticate_header(h or None)) for h in headers}

    assert await asyncio.to_thread(check_all) == headers
    assert await BotFrameworkEdge(TeamsSettings(auth="off")).authenticate_header(None)


async def test_a_valid_header_is_checked_once_until_its_token_expires(
    fake_ms: FakeMicrosoft,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edge = BotFrameworkEdge(
        TeamsSettings(app_id=APP_ID, openid_metadata_url=f"{fake_ms.url}openid")
    )
    inner = edge._auth.authenticate_streaming_request
    checks: list[str] = []

    async def counted(header: str, channel: str) -> Any:
        checks.append(header)
        return await inner(header, channel)

    monkeypatch.setattr(edge._auth, "authenticate_streaming_request", counted)
    now = time.time()
    token = fake_ms.token(exp=int(now) + 60)
    valid = f"Bearer {token}"

    def check(header: str) -> bool:
        return asyncio.run(edge.authenticate_header(header))

    assert await asyncio.to_thread(check, valid)
    assert await asyncio.to_thread(check, valid)
    assert checks == [valid]  # the second request reused the first check
    bad = f"Bearer {fake_ms.token(aud='another-bot')}"
    assert not await asyncio.to_thread(check, bad)
    assert not await asyncio.to_thread(check, bad)
    assert checks == [valid, bad, bad]  # refusals are never remembered
    monkeypatch.setattr("adapters.teams.sdk.time.time", lambda: now + 61)
    await asyncio.to_thread(check, valid)
    assert checks == [valid, bad, bad, valid]  # checked again once expired


def _nested(depth: int) -> bytes:
    return ('{"type": "message", "value": ' + "[" * depth + "]" * depth + "}").encode()


def test_json_nesting_is_limited_without_recursion_errors() -> None:
    assert parse_activity(_nested(MAX_JSON_DEPTH - 2)) is not None
    assert parse_activity(_nested(MAX_JSON_DEPTH)) is None
    assert parse_activity(_nested(5_000)) is None  # deeper than Python's recursion limit
    assert parse_activity(_nested(100_000)) is None
    deep_object = '{"type": "invoke", "value": ' + '{"a": ' * 200 + "1" + "}" * 200 + "}"
    assert parse_activity(deep_object.encode()) is None


def test_depth_counts_arrays_and_objects_only() -> None:
    assert depth_within({"a": "text", "b": 1}, 1)
    assert not depth_within({"a": {"b": []}}, 2)
    assert depth_within({"a": {"b": []}}, 3)
    assert depth_within(json.loads('{"t": [[{"x": [1, 2]}]]}'), 5)
    assert not depth_within(json.loads('{"t": [[{"x": [1, 2]}]]}'), 4)
