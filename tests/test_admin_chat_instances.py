"""Two Lotse instances on one database: an admin's chat command on one reaches counsellors on
the other within the cache TTL (SQLite and PostgreSQL)."""

from __future__ import annotations

from admin_chat_fixtures import CHIEF, OPS, YOUTH, acknowledged
from conftest import FakeClock, make_chat

from bot.config import Settings
from bot.reply import Outcome
from lotse.app import open_app
from storage.database import SqlStore

TTL = 5


async def test_a_chat_toggle_on_one_instance_applies_on_the_other(
    settings: Settings, store: SqlStore, clock: FakeClock
) -> None:
    quick = settings.model_copy(update={"cache_seconds": TTL, "admins": [CHIEF]})
    async with (
        open_app(quick, store=store, clock=clock) as first,
        open_app(quick, store=store, clock=clock) as second,
    ):
        await first.admin.add_department(YOUTH, OPS)
        await first.admin.assign_user("console", "berta", YOUTH, OPS)
        berta = await acknowledged(second, "berta")
        before, _ = await berta.say("mail Terminbestätigung")
        assert before.outcome is not Outcome.REFUSED  # the second instance has cached "on"
        await berta.say("abbrechen")

        changed, note = await make_chat(first, CHIEF).say(f'admin aus mail "{YOUTH}"')
        assert changed.outcome is Outcome.OK
        if store.cluster.shared:  # announced: no waiting for the cache on PostgreSQL
            assert "sofort, auch in weiteren Lotse-Instanzen" in note
        else:
            assert f"nach spätestens {TTL:g} Sekunden" in note
        clock.advance(seconds=TTL + 0.1)
        after, text = await berta.say("mail Terminbestätigung")
        assert after.outcome is Outcome.REFUSED
        assert YOUTH in text

        # And back on, from the other instance this time.
        await make_chat(second, CHIEF).say(f'admin an mail "{YOUTH}"')
        clock.advance(seconds=TTL + 0.1)
        again, _ = await (await acknowledged(first, "berta")).say("mail Terminbestätigung")
        assert again.outcome is not Outcome.REFUSED
