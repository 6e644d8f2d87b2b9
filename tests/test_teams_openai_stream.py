"""A self-hosted model behind the OpenAI-compatible API streams into a Teams personal chat
exactly like Claude does: the real ``lotse serve`` process, the fake Bot Connector and the
fake OpenAI-compatible server."""

from __future__ import annotations

import sys
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from openai_fixtures import MODEL, FakeOpenAI, Reply
from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    activity,
    start_server,
    stop_server,
)

from lotse_testing.open_model_outputs import MODEL_SENTENCE, good_draft, user_text


def _drafted(sent: object) -> bool:
    return getattr(sent, "type", "") == "message" and MODEL_SENTENCE in str(sent.body)  # type: ignore[attr-defined]


EMAIL = "mail Einladung zum Beratungsgespräch am 14.01. um 9:30 für Hr. Kowalski"


@pytest_asyncio.fixture(loop_scope="session")
async def open_model_server(
    tmp_path_factory: pytest.TempPathFactory, fake_openai_server: FakeOpenAI
) -> AsyncIterator[LotseServer]:
    tmp = tmp_path_factory.mktemp("lotse-openai")
    server = await start_server(
        [sys.executable, "-m", "lotse", "serve"],
        tmp,
        LOTSE_TEAMS_AUTH="off",
        LOTSE_TEAMS_INLINE_SECONDS="0.3",  # the streamed draft takes longer: sent proactively
        LOTSE_LLM_PROVIDER="openai",
        LOTSE_OPENAI_BASE_URL=fake_openai_server.url,
        LOTSE_OPENAI_MODEL=MODEL,
    )
    try:
        yield server
    finally:
        stop_server(server)


async def test_an_open_model_draft_streams_into_a_personal_chat(
    open_model_server: LotseServer, fake_ms: FakeMicrosoft, fake_openai_server: FakeOpenAI
) -> None:
    fake_openai_server.reset()
    fake_openai_server.then(
        Reply(
            text_from=lambda body: good_draft(user_text(body)), chunk_delay=0.9
        )  # Teams updates a stream about once a second
    )
    conversation = f"a:{uuid.uuid4().hex[:10]}"
    for text in ("hilfe", "ja"):
        await open_model_server.post(
            activity(fake_ms.url, text=text, conversation_id=conversation, user="aad-open")
        )
    await fake_ms.wait_for(
        conversation, lambda s: any("Danke für Ihre Bestätigung" in str(x.body) for x in s)
    )
    status, _ = await open_model_server.post(
        activity(fake_ms.url, text=EMAIL, conversation_id=conversation, user="aad-open")
    )
    assert status in (200, 201)
    sent = await fake_ms.wait_for(
        conversation,
        lambda s: any(MODEL_SENTENCE in str(x.body) for x in s if x.type == "message"),
    )
    streamed = [
        s.body["entities"][0] for s in sent if s.type == "typing" and s.body.get("entities")
    ]
    assert any(entity.get("streamType") == "streaming" for entity in streamed)
    final = next(s for s in sent if s.type == "message" and MODEL_SENTENCE in str(s.body))
    # written by the model: Teams' AI label, not the template label
    assert "Entwurf aus Vorlage" not in str(final.body)
    assert any(e.get("additionalType") for e in final.body.get("entities", []))
    assert fake_openai_server.bodies[-1]["stream"] is True
