"""Group rooms, the invite allowlist and undecryptable events, against the real Synapse."""

from __future__ import annotations

import asyncio
from pathlib import Path

from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
    until,
)
from nio import RoomGetStateEventResponse

from adapters.matrix.adapter import MatrixAdapter
from lotse.app import App


async def test_group_room_answers_only_when_addressed(
    lotse: MatrixAdapter, counsellor: Counsellor, bot_user: User, synapse: Synapse
) -> None:
    colleague = await synapse.register()
    room = await counsellor.create_room(
        [bot_user.user_id, colleague.user_id], direct=False, encrypted=True
    )
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, "!lotse hilfe")
    await counsellor.ask(room, "!lotse beruf Maler")  # the policy gate ...
    await counsellor.ask(room, "!lotse ja")  # ... acknowledged once

    chatter = await counsellor.say(room, "beruf Tischler – weiß das jemand?")
    mentioned = await counsellor.ask(
        room,
        "Lotse: beruf Tischler",
        **{"m.mentions": {"user_ids": [bot_user.user_id]}},
    )
    assert "Tischler/in" in mentioned["body"]
    by_command = await counsellor.ask(room, "!beruf Koch")
    assert "Koch" in by_command["body"]
    # Handled in order: by now the unaddressed message was seen and ignored.
    assert counsellor.replies_to(chatter) == []


async def test_invitation_from_disallowed_user_is_refused(
    lotse_app: App, synapse: Synapse, counsellor: Counsellor, tmp_path: Path
) -> None:
    bot = await synapse.register()
    settings = bot_settings(
        synapse, bot, tmp_path / "bot", allowed_inviters=[counsellor.user.user_id, "partner.test"]
    )
    adapter = await start_adapter(lotse_app, settings)
    stranger = Counsellor(synapse, await synapse.register(), tmp_path / "stranger")
    await stranger.start()
    try:
        refused = await stranger.create_room([bot.user_id], encrypted=False)
        allowed = await counsellor.create_room([bot.user_id], encrypted=False)
        await counsellor.wait_member(allowed, bot.user_id)

        async def left() -> bool:
            state = await stranger.client.room_get_state_event(
                refused, "m.room.member", bot.user_id
            )
            assert isinstance(state, RoomGetStateEventResponse)
            return bool(state.content.get("membership") == "leave")

        await until(left, 20)
    finally:
        await stranger.stop()
        await adapter.stop()


async def test_undecryptable_message_gets_one_notice_and_a_key_request(
    lotse: MatrixAdapter, counsellor: Counsellor, bot_user: User
) -> None:
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, "hilfe")  # the bot's device is known to the counsellor now
    client = counsellor.client
    for device in client.device_store.active_user_devices(bot_user.user_id):
        client.blacklist_device(device)  # the next room key never reaches the bot
    client.olm.outbound_group_sessions.pop(room, None)  # force a new, unshared session
    before = len(counsellor.events)
    await counsellor.say(room, "beruf Tischler")
    await counsellor.say(room, "beruf Koch")

    def notices() -> list[str]:
        return [
            source["content"]["body"]
            for _, source in counsellor.events[before:]
            if source.get("sender") == bot_user.user_id
        ]

    async def asked_to_resend() -> bool:
        return any("entschlüsseln" in body for body in notices())

    await until(asked_to_resend, 20)
    # A readable message after them is answered only once both were dealt with: then the
    # second undecryptable message must not have added a notice (no waiting on the clock).
    for device in client.device_store.active_user_devices(bot_user.user_id):
        client.unblacklist_device(device)
    client.olm.outbound_group_sessions.pop(room, None)  # a new session, shared with the bot
    await counsellor.ask(room, "hilfe")
    assert len([body for body in notices() if "entschlüsseln" in body]) == 1
    assert lotse.client.outgoing_key_requests  # a key request went out for the session


async def test_only_allowed_senders_are_answered_and_floods_are_cut_off(
    lotse_app: App, synapse: Synapse, counsellor: Counsellor, tmp_path: Path
) -> None:
    bot = await synapse.register()
    settings = bot_settings(
        synapse,
        bot,
        tmp_path / "bot",
        allowed_senders=[counsellor.user.user_id],
        rate_limit_per_minute=4,
    )
    adapter = await start_adapter(lotse_app, settings)
    stranger = Counsellor(synapse, await synapse.register(), tmp_path / "stranger")
    await stranger.start()
    try:
        room = await counsellor.create_room([bot.user_id], direct=True, encrypted=False)
        await counsellor.wait_member(room, bot.user_id)
        await counsellor.ask(room, "hilfe")  # 1
        # A stranger joins the room later (the counsellor invites them) and asks the bot.
        await counsellor.client.room_invite(room, stranger.user.user_id)
        await stranger.client.join(room)
        await counsellor.wait_member(room, stranger.user.user_id)

        async def stranger_synced() -> bool:
            return room in stranger.client.rooms

        await until(stranger_synced, 20)
        from_stranger = await stranger.say(room, "hilfe")
        await counsellor.ask(room, "beruf Tischler")  # 2: handled after the stranger's message
        assert counsellor.replies_to(from_stranger) == []
        # A flood: two more are answered, the next gets one notice, the rest nothing.
        sent = [await counsellor.say(room, f"beruf Koch {n}") for n in range(5)]

        async def notice_arrived() -> bool:
            return any(
                "Sehr viele Nachrichten" in source["content"].get("body", "")
                for _, source in counsellor.events
                if source.get("sender") == bot.user_id
            )

        await until(notice_arrived, 20)
        await asyncio.sleep(1)  # the remaining messages are dropped, not answered late
        answered = [event_id for event_id in sent if counsellor.replies_to(event_id)]
        assert answered == sent[:2]
    finally:
        await stranger.stop()
        await adapter.stop()
