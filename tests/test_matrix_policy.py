"""The trust policy, one failing event among good ones, and ``lotse serve`` picking Matrix
up — against the real Synapse."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
)

from adapters.matrix import events, inbound
from adapters.matrix.settings import TrustPolicy
from bot.message import Message
from lotse.app import App
from lotse.serve import adapters_for
from lotse.settings import read_settings


@pytest.mark.parametrize("trust", ["tofu", "all"])
async def test_trust_policy_decides_whether_devices_are_marked_trusted(
    trust: str,
    lotse_app: App,
    synapse: Synapse,
    counsellor: Counsellor,
    bot_user: User,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOTSE_MATRIX_TRUST", trust)
    values = bot_settings(synapse, bot_user, tmp_path / "bot").model_dump(exclude={"trust"})
    settings = read_settings(matrix=values).matrix  # the trust policy from the environment
    assert settings is not None
    assert settings.trust is TrustPolicy(trust)
    adapter = await start_adapter(lotse_app, settings)
    try:
        room = await counsellor.create_room([bot_user.user_id], encrypted=True)
        await counsellor.wait_member(room, bot_user.user_id)
        reply = await counsellor.ask(room, "hilfe")  # the counsellor could decrypt it
        assert reply["msgtype"] == "m.notice"
        assert reply["body"]
        device = adapter.client.device_store[counsellor.user.user_id][counsellor.user.device_id]
        # Both policies share the room key; only trust on first use marks the device trusted.
        assert device.verified is (trust == "tofu")
        assert not device.blacklisted
    finally:
        await adapter.stop()


async def test_a_failing_event_does_not_stop_the_sync_loop(
    lotse_app: App,
    synapse: Synapse,
    counsellor: Counsellor,
    bot_user: User,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = inbound.to_message  # what the events module calls

    def failing(source: Mapping[str, Any], *args: Any, **kwargs: Any) -> Message | None:
        if source.get("content", {}).get("body") == "Kaputt-Vertraulich":
            raise ValueError("broken event")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(events, "to_message", failing)
    adapter = await start_adapter(lotse_app, bot_settings(synapse, bot_user, tmp_path / "bot"))
    try:
        room = await counsellor.create_room([bot_user.user_id], encrypted=False)
        other = await counsellor.create_room([bot_user.user_id], encrypted=False)
        await counsellor.wait_member(room, bot_user.user_id)
        await counsellor.wait_member(other, bot_user.user_id)
        with caplog.at_level(logging.ERROR, logger="lotse.matrix"):
            broken = await counsellor.say(room, "Kaputt-Vertraulich")
            after = await counsellor.say(room, "hilfe")  # same room, after the failing event
            elsewhere = await counsellor.say(other, "hilfe")
            await counsellor.reply_to(after)
            await counsellor.reply_to(elsewhere)
            syncs = adapter.syncs
            later = await counsellor.ask(room, "hilfe")  # the loop keeps syncing
        assert later["body"]
        assert adapter.syncs > syncs
        assert counsellor.replies_to(broken) == []
        logged = [r for r in caplog.records if r.getMessage().startswith("event handling")]
        assert logged
        assert all("in failing" in r.frames for r in logged)  # type: ignore[attr-defined]
        assert "Vertraulich" not in caplog.text  # the failure is logged without content
    finally:
        await adapter.stop()


async def test_serve_runs_matrix_only_when_configured(
    lotse_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LOTSE_MATRIX_HOMESERVER", raising=False)
    assert [adapter.name for adapter in adapters_for(read_settings())] == ["teams"]
    monkeypatch.setenv("LOTSE_MATRIX_HOMESERVER", "https://matrix.example.org")
    monkeypatch.setenv("LOTSE_MATRIX_USER_ID", "@lotse:example.org")
    names = [adapter.name for adapter in adapters_for(read_settings())]
    assert names == ["teams", "matrix"]
