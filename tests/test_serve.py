"""The server's own parts: health and readiness probes, retention housekeeping, the start-up
check of the environment."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from conftest import FakeClock

from bot.ports import ConversationState, StateKey
from lotse.app import App
from lotse.env_check import environment_names, environment_warnings
from lotse.serve import ADAPTERS_KEY, build_web_app, maintain
from lotse.settings import env_names


async def test_health_and_readiness(app: App) -> None:
    async with TestClient(TestServer(build_web_app(app))) as client:
        health = await client.get("/healthz")
        assert health.status == 200
        ready = await client.get("/readyz")
        assert ready.status == 200
        assert (await ready.json())["status"] == "ready"


class RoundDone(logging.Handler):
    """Sets ``event`` when a maintenance round has finished."""

    def __init__(self) -> None:
        super().__init__()
        self.event = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == "maintenance done":
            self.event.set()


async def test_maintenance_purges_expired_state_and_old_claims(
    app: App, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    key = StateKey("teams", "c", None, "u")
    await app.store.states.put(
        key, ConversationState("email", {}, clock.now + timedelta(minutes=5))
    )
    await app.store.events.claim("teams", "old", clock.now - timedelta(days=8))
    await app.store.events.claim("teams", "recent", clock.now)
    clock.advance(minutes=10)
    caplog.set_level(logging.INFO, "lotse.serve")
    done = RoundDone()
    logging.getLogger("lotse.serve").addHandler(done)
    try:
        task = asyncio.create_task(maintain(app, 0.01))
        await asyncio.wait_for(done.event.wait(), timeout=30)  # the first round, however slow
    finally:
        logging.getLogger("lotse.serve").removeHandler(done)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await app.store.states.count_for_user("u") == 0
    assert await app.store.events.claim("teams", "old", clock.now) is True  # was purged
    assert await app.store.events.claim("teams", "recent", clock.now) is False


async def test_not_ready_when_the_schema_is_behind(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if this code shipped a newer migration than the database carries.
    monkeypatch.setattr("storage.migrate._shipped_heads", lambda: frozenset({"9999"}))
    async with TestClient(TestServer(build_web_app(app))) as client:
        ready = await client.get("/readyz")
        assert ready.status == 503
        assert (await ready.json())["status"] == "not ready"


async def test_readiness_reports_each_adapter_and_teams_off(app: App) -> None:
    from adapters.teams.endpoint import TeamsAdapter
    from adapters.teams.settings import TeamsSettings

    web_app = build_web_app(app)
    teams = TeamsAdapter(TeamsSettings(app_id="", auth="on"))
    await teams.start(app.host, web_app)
    web_app[ADAPTERS_KEY].append(teams)
    async with TestClient(TestServer(web_app)) as client:
        ready = await client.get("/readyz")
        assert ready.status == 200
        assert (await ready.json())["adapters"] == {"teams": "off"}
        assert (await client.post("/api/messages", json={"type": "message"})).status == 404


SECRET_VALUE = "s3cr3t-value-never-logged"


def test_lookalikes_of_the_bot_framework_names_are_reported_with_the_right_name() -> None:
    environ = {
        "MICROSOFT_APP_ID": SECRET_VALUE,
        "MICROSOFT_APP_PASSWORD": SECRET_VALUE,
        "BOT_ID": SECRET_VALUE,
        "BOT_PASSWORD": SECRET_VALUE,
        "AppId": SECRET_VALUE,
        "CLIENT_ID": SECRET_VALUE,
        "TENANT_ID": SECRET_VALUE,
        "MicrosoftAppPasword": SECRET_VALUE,  # one letter missing
    }
    warnings = environment_warnings(environ)
    assert len(warnings) == len(environ)
    text = "\n".join(warnings)
    assert SECRET_VALUE not in text
    for name in environ:
        assert any(w.startswith(f"{name} ") for w in warnings), name
    assert "MICROSOFT_APP_ID is not read by Lotse; the setting is MicrosoftAppId" in text
    assert "BOT_PASSWORD is not read by Lotse; the setting is MicrosoftAppPassword" in text
    assert "TENANT_ID is not read by Lotse; the setting is MicrosoftAppTenantId" in text
    assert "did you mean MicrosoftAppPassword?" in text


def test_unknown_lotse_variables_are_reported_with_a_suggestion() -> None:
    warnings = environment_warnings(
        {"LOTSE_TEAMS_APPID": "x", "LOTSE_HOTS": "x", "LOTSE_WHATEVER": "x"}
    )
    assert warnings == [
        "LOTSE_HOTS is not a Lotse setting; did you mean LOTSE_HOST?",
        "LOTSE_TEAMS_APPID is not a Lotse setting; did you mean LOTSE_TEAMS_APP_ID?",
        "LOTSE_WHATEVER is not a Lotse setting (see `lotse config show`)",
    ]


def test_names_lotse_reads_are_not_reported_in_any_case() -> None:
    # Settings names are read ignoring case, so these work and need no warning.
    environ = {
        "MicrosoftAppId": "x",
        "MicrosoftAppID": "x",
        "MICROSOFTAPPID": "x",
        "microsoftapppassword": "x",
        "LOTSE_TEAMS_AUTH": "off",
        "LOTSE_TEAMS_ALLOWED_SERVICE_URLS": "x",
        "LOTSE_MATRIX_HOMESERVER": "x",
        "LOTSE_LLM_MODEL": "x",
        "LOTSE_OPENAI_BASE_URL": "x",
        "LOTSE_OPENAI_MODEL": "x",
        "LOTSE_MATRIX_ALLOWED_SENDERS": "x",
        "LOTSE_RETENTION_AUDIT_DAYS": "x",
        "LOTSE_BERUFENET_API_KEY": "x",
        "lotse_host": "x",
        "LOTSE_TEST_POSTGRES_URL": "x",  # the test suite's own
        "PATH": "/usr/bin",
        "HOME": "/home/x",
    }
    assert environment_warnings(environ) == []


def test_every_setting_is_known() -> None:
    assert "LOTSE_STATE_TTL_MINUTES" in env_names()
    assert {"MicrosoftAppId", "LOTSE_TEAMS_APP_ID", "LOTSE_TEAMS_AUTH"} <= env_names()


def test_names_in_the_dot_env_file_are_checked_too(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"# Teams\nexport BOT_ID={SECRET_VALUE}\nLOTSE_PORT=3978\n")
    names = environment_names({"PATH": "/bin"}, env_file)
    assert names == {"PATH", "BOT_ID", "LOTSE_PORT"}
    assert environment_warnings(names) == [
        "BOT_ID is not read by Lotse; the setting is MicrosoftAppId / LOTSE_TEAMS_APP_ID"
    ]
    assert environment_names({}, tmp_path / "missing.env") == set()
