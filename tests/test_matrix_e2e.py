"""End to end against a real Synapse: a counsellor with a real nio client talks to Lotse."""

from __future__ import annotations

from matrix_fixtures import (
    Counsellor,
    User,
)

from adapters.matrix.adapter import MatrixAdapter


async def test_encrypted_dm_conversation(
    lotse: MatrixAdapter, counsellor: Counsellor, bot_user: User
) -> None:
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)

    gate = await counsellor.ask(room, "beruf Tischler")
    assert gate["msgtype"] == "m.notice"
    assert "ja" in gate["body"]  # the acknowledgement request
    acknowledged = await counsellor.ask(room, "ja")
    assert "Tischler/in" in acknowledged["body"]
    assert "<strong>Tischler/in</strong>" in acknowledged["formatted_body"]

    lookup = await counsellor.ask(room, "Was macht ein Arzthelfer?")
    assert "Medizinische" in lookup["body"]
    assert lookup["de.lotse.skill"] == "occupation"

    mail = await counsellor.ask(
        room,
        "Schreib eine Mail an eine Klientin wegen Terminverschiebung auf den 5.2.2027 um 10 Uhr",
    )
    assert mail["de.lotse.skill"] == "email"
    assert "5.2.2027" in mail["body"] or "05.02.2027" in mail["body"]
    assert "Hinweise" in mail["body"].split("\n\n")[-1]  # policy reminders, compact, last

    notes = (
        "zusammenfassen: Klientin möchte eine Ausbildung im Handwerk beginnen. "
        "Interesse an Holz und Technik. Vereinbart: Praktikum bei einer Tischlerei suchen."
    )
    summary = await counsellor.ask(room, notes)
    assert summary["de.lotse.skill"] == "summary"
    assert "Vereinbarungen" in summary["body"]

    # Everything went through the encrypted room: the server only ever saw ciphertext.
    sent = await counsellor.say(room, "hilfe")
    await counsellor.reply_to(sent)
    answer_id: str = counsellor.replies_to(sent)[0]["event_id"]
    assert (await counsellor.raw_event(room, sent))["type"] == "m.room.encrypted"
    assert (await counsellor.raw_event(room, answer_id))["type"] == "m.room.encrypted"
    assert counsellor.client.rooms[room].encrypted


async def test_thread_and_typing_free_fast_reply(
    lotse: MatrixAdapter, counsellor: Counsellor, bot_user: User
) -> None:
    room = await counsellor.create_room([bot_user.user_id], encrypted=False)
    await counsellor.wait_member(room, bot_user.user_id)
    root = await counsellor.say(room, "hilfe")
    await counsellor.reply_to(root)
    relates = {
        "rel_type": "m.thread",
        "event_id": root,
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": root},
    }
    in_thread = await counsellor.say(room, "hilfe", **{"m.relates_to": relates})
    content = await counsellor.reply_to(in_thread)
    assert content["m.relates_to"]["rel_type"] == "m.thread"
    assert content["m.relates_to"]["event_id"] == root
    assert content["m.relates_to"]["m.in_reply_to"] == {"event_id": in_thread}
