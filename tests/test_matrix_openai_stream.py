"""A self-hosted model behind the OpenAI-compatible API streams into Matrix like Claude does:
the reply notice first, then edits, against the real Synapse and the fake OpenAI server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio
from matrix_clients import edits_of
from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
    until,
)
from openai_fixtures import (
    FakeOpenAI,
    Reply,
    open_llm,
)

from adapters.matrix.adapter import MatrixAdapter
from bot.config import Settings
from lotse.app import open_app
from lotse_testing.open_model_outputs import MODEL_SENTENCE, good_draft, user_text

EMAIL = "mail Einladung zum Beratungsgespräch am 14.01. um 9:30 für Hr. Kowalski"


@pytest_asyncio.fixture(loop_scope="session", name="open_model_lotse")
async def open_model_lotse_fixture(
    settings: Settings, synapse: Synapse, bot_user: User, tmp_path: Path, fake_openai: FakeOpenAI
) -> AsyncIterator[MatrixAdapter]:
    async with open_app(settings, llm=open_llm()) as app:
        adapter = await start_adapter(app, bot_settings(synapse, bot_user, tmp_path / "bot"))
        try:
            yield adapter
        finally:
            await adapter.stop()


async def test_an_open_model_draft_streams_into_matrix_as_one_edited_notice(
    open_model_lotse: MatrixAdapter,
    counsellor: Counsellor,
    bot_user: User,
    fake_openai: FakeOpenAI,
) -> None:
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, "hilfe")  # the policy gate ...
    await counsellor.ask(room, "ja")  # ... acknowledged
    # Matrix edits at most once a second: the pieces come slower than that.
    fake_openai.then(Reply(text_from=lambda body: good_draft(user_text(body)), chunk_delay=1.1))
    trigger = await counsellor.say(room, EMAIL)
    first = await counsellor.reply_to(trigger, within=30)
    notice_id = counsellor.replies_to(trigger)[0]["event_id"]

    async def final_arrived() -> bool:  # the final edit names the skill, partials do not
        return any("de.lotse.skill" in e["m.new_content"] for e in edits_of(counsellor, notice_id))

    await until(final_arrived, 30)
    final = edits_of(counsellor, notice_id)[-1]["m.new_content"]
    assert MODEL_SENTENCE in final["body"]
    # the first notice held the first piece only; edits brought the rest
    assert len(first["body"]) < len(final["body"])
    assert final["de.lotse.ai_generated"] is True  # the model wrote it: the AI marker
    assert len(counsellor.replies_to(trigger)) == 1  # one notice, edited
    assert fake_openai.bodies[-1]["stream"] is True
