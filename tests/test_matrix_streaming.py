"""Streaming skills in Matrix: the first partial is the reply notice, later partials edit it
(throttled), the final reply is the last edit — against the real Synapse, plus the throttle
with a controlled clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest_asyncio
from fake_skills import StreamingSkill
from matrix_clients import edits_of
from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
    until,
)

from adapters.matrix.adapter import MatrixAdapter
from adapters.matrix.render import ReplyTarget
from adapters.matrix.stream import StreamedReply
from bot.config import Settings
from bot.registry import SkillRegistry
from lotse.app import open_app

CHUNKS = 8
CHUNK_SECONDS = 0.25
STREAMING = StreamingSkill([f"Teil{n}" for n in range(CHUNKS)], CHUNK_SECONDS, ending="Ende")


@pytest_asyncio.fixture(loop_scope="session", name="streaming_lotse")
async def streaming_lotse_fixture(
    settings: Settings, synapse: Synapse, bot_user: User, tmp_path: Path
) -> AsyncIterator[MatrixAdapter]:
    registry = SkillRegistry([*SkillRegistry.discover(settings), STREAMING])
    async with open_app(settings, registry=registry) as app:
        adapter = await start_adapter(app, bot_settings(synapse, bot_user, tmp_path / "bot"))
        try:
            yield adapter
        finally:
            await adapter.stop()


async def test_streamed_reply_is_one_notice_edited_until_final(
    streaming_lotse: MatrixAdapter, counsellor: Counsellor, bot_user: User
) -> None:
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, "strom")  # the policy gate ...
    trigger = await counsellor.say(room, "ja")  # ... acknowledged: the skill streams now
    first = await counsellor.reply_to(trigger)
    assert first["msgtype"] == "m.notice"
    assert first["body"].strip() == "Teil0"
    notice_id = counsellor.replies_to(trigger)[0]["event_id"]

    async def final_arrived() -> bool:
        return any("de.lotse.skill" in e["m.new_content"] for e in edits_of(counsellor, notice_id))

    await until(final_arrived, 20)
    await counsellor.ask(room, "hilfe")  # answered after any late edit would have come
    edits = edits_of(counsellor, notice_id)
    final = edits[-1]["m.new_content"]
    assert final["de.lotse.skill"] == "streaming"
    streamed = " ".join(f"Teil{number}" for number in range(CHUNKS))
    assert f"{streamed} Ende" in final["body"]
    assert edits[-1]["body"] == "* " + final["body"]
    assert "m.relates_to" not in final
    partial_edits = edits[:-1]
    # 2 s of streaming with one edit per second at most: far fewer edits than partials.
    assert 1 <= len(partial_edits) <= 3 < CHUNKS - 1
    assert all(e["m.new_content"]["body"].strip() in streamed for e in partial_edits)
    assert len(counsellor.replies_to(trigger)) == 1  # no second reply notice


class FakeSender:
    def __init__(self) -> None:
        self.sent: list[tuple[dict[str, Any], str]] = []

    async def send(self, room_id: str, content: dict[str, Any], txn: str) -> str:
        self.sent.append((content, txn))
        return f"$event{len(self.sent)}"


async def test_throttle_keeps_at_most_one_edit_per_interval() -> None:
    now = [0.0]
    sender = FakeSender()
    stream = StreamedReply(
        sender,  # type: ignore[arg-type]
        "!room:test",
        ReplyTarget("$trigger"),
        interval=1.0,
        clock=lambda: now[0],
    )
    text = ""
    for step in range(10):  # ten partials 0.3 s apart
        text += f"w{step} "
        await stream.progress(text)
        now[0] += 0.3
    await stream.finish({"msgtype": "m.notice", "body": "final"})
    first, *edits = [content for content, _ in sender.sent]
    assert first["body"] == "w0 "
    assert first["m.relates_to"] == {"m.in_reply_to": {"event_id": "$trigger"}}
    # Partials at 0.0 (notice), 1.2, 2.4 (edits): then the final edit.
    assert [e["m.new_content"]["body"].strip() for e in edits] == [
        "w0 w1 w2 w3 w4",
        "w0 w1 w2 w3 w4 w5 w6 w7 w8",
        "final",
    ]
    assert all(
        e["m.relates_to"] == {"rel_type": "m.replace", "event_id": "$event1"} for e in edits
    )
    # A repeated answer (restart) reuses the same transaction ids.
    assert len({txn for _, txn in sender.sent}) == len(sender.sent)


async def test_without_partials_the_reply_is_sent_plainly() -> None:
    sender = FakeSender()
    stream = StreamedReply(sender, "!room:test", ReplyTarget("$t"), interval=1.0)  # type: ignore[arg-type]
    await stream.progress("   ")
    await stream.finish({"msgtype": "m.notice", "body": "done"})
    assert [content for content, _ in sender.sent] == [{"msgtype": "m.notice", "body": "done"}]
