"""More messages while Lotse was down than one sync returns per room (a ``limited``
timeline): the gap is fetched, every message answered exactly once — real Synapse."""

from __future__ import annotations

from pathlib import Path

from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
    until,
)

from lotse.app import App

MISSED = 15  # Synapse returns at most 10 timeline events per room and sync by default


async def test_a_limited_timeline_loses_no_message(
    lotse_app: App, synapse: Synapse, counsellor: Counsellor, bot_user: User, tmp_path: Path
) -> None:
    settings = bot_settings(synapse, bot_user, tmp_path / "bot")
    adapter = await start_adapter(lotse_app, settings)
    room = await counsellor.create_room([bot_user.user_id], encrypted=False)
    await counsellor.wait_member(room, bot_user.user_id)
    await adapter.stop()

    sent = [await counsellor.say(room, "hilfe") for _ in range(MISSED)]

    adapter = await start_adapter(lotse_app, settings)
    try:

        async def all_answered() -> bool:
            return all(counsellor.replies_to(event_id) for event_id in sent)

        await until(all_answered, 60)
        await counsellor.ask(room, "hilfe")  # answered after any duplicate would have been
        assert [len(counsellor.replies_to(event_id)) for event_id in sent] == [1] * MISSED
    finally:
        await adapter.stop()
