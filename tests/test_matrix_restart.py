"""Restart safety against the real Synapse: Lotse restarted, the homeserver restarted."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
    until,
)

from adapters.matrix.session import load_credentials
from bot.config import Settings
from lotse.app import App, open_app


async def test_messages_sent_while_down_are_answered_exactly_once(
    lotse_app: App, synapse: Synapse, counsellor: Counsellor, bot_user: User, tmp_path: Path
) -> None:
    settings = bot_settings(synapse, bot_user, tmp_path / "bot")
    adapter = await start_adapter(lotse_app, settings)
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, "beruf Tischler")
    await counsellor.ask(room, "ja")
    first_device = load_credentials(tmp_path / "bot")
    await adapter.stop()

    sent = [await counsellor.say(room, f"beruf {title}") for title in ("Koch", "Bäcker", "Maler")]

    adapter = await start_adapter(lotse_app, settings)
    try:
        for event_id in sent:
            await counsellor.reply_to(event_id)
        # Same device (keys survived), and a later sync must not answer anything again.
        assert load_credentials(tmp_path / "bot") == first_device
        syncs = adapter.syncs
        await counsellor.ask(room, "hilfe")
        await until(lambda: _after(adapter.syncs, syncs + 1), 10)
        await counsellor.ask(room, "hilfe")  # answered after any repeat would have been
        assert [len(counsellor.replies_to(event_id)) for event_id in sent] == [1, 1, 1]
    finally:
        await adapter.stop()


async def _after(value: int, target: int) -> bool:
    return value >= target


async def test_old_messages_are_ignored_when_configured(
    settings: Settings, synapse: Synapse, counsellor: Counsellor, bot_user: User, tmp_path: Path
) -> None:
    offset = [timedelta(0)]

    def clock() -> datetime:
        return datetime.now(UTC) + offset[0]

    matrix = bot_settings(synapse, bot_user, tmp_path / "bot", ignore_older_than_minutes=1)
    async with open_app(settings, clock=clock) as app:
        adapter = await start_adapter(app, matrix)
        room = await counsellor.create_room([bot_user.user_id], encrypted=False)
        await counsellor.wait_member(room, bot_user.user_id)
        await adapter.stop()
        stale = await counsellor.say(room, "hilfe")
        offset[0] = timedelta(minutes=2)  # Lotse comes back two minutes later
        adapter = await start_adapter(app, matrix)
        try:
            offset[0] = timedelta(0)
            fresh = await counsellor.say(room, "hilfe")
            await counsellor.reply_to(fresh)
            assert counsellor.replies_to(stale) == []
        finally:
            await adapter.stop()


async def test_homeserver_restart_is_survived(
    lotse_app: App, synapse: Synapse, counsellor: Counsellor, bot_user: User, tmp_path: Path
) -> None:
    adapter = await start_adapter(lotse_app, bot_settings(synapse, bot_user, tmp_path / "bot"))
    try:
        room = await counsellor.create_room([bot_user.user_id], encrypted=True)
        await counsellor.wait_member(room, bot_user.user_id)
        await counsellor.ask(room, "beruf Tischler")
        await counsellor.ask(room, "ja")
        await asyncio.to_thread(synapse.stop)
        await asyncio.sleep(2)  # the sync loop now fails and backs off
        await asyncio.to_thread(synapse.start)
        reply = await counsellor.reply_to(await counsellor.say(room, "beruf Koch"), within=60)
        assert "Koch" in reply["body"]
    finally:
        await adapter.stop()
