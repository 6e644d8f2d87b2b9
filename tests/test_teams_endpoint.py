"""``POST /api/messages`` of the real ``lotse serve`` process (authentication off), replies
recorded by a local fake Bot Connector."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from teams_fixtures import FakeMicrosoft, LotseServer, activity

from lotse.settings import read_settings
from storage.database import open_store

CARD = "application/vnd.microsoft.card.adaptive"


def new_user() -> str:
    return f"aad-{uuid.uuid4().hex[:8]}"


async def test_fast_personal_reply_comes_without_typing_indicator(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = activity(fake_ms.url, text="hilfe", user=new_user())
    status, _ = await plain_server.post(body)
    assert status == 201
    sent = fake_ms.to(body["conversation"]["id"])
    assert [s.type for s in sent] == ["message"]  # typing only for slow replies
    reply = sent[-1]
    assert reply.reply_to == body["id"]
    assert "Lotse – Ihr Assistent" in reply.body["text"]
    assert reply.body["textFormat"] == "markdown"
    assert reply.body["replyToId"] == body["id"]


async def test_channel_mention_is_answered_in_the_thread(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    thread = f"19:channel-beratung@thread.tacv2;messageid={uuid.uuid4().int % 10**13}"
    body = activity(
        fake_ms.url,
        text="hilfe",
        conversation_type="channel",
        conversation_id=thread,
        mention=True,
        user=new_user(),
    )
    status, _ = await plain_server.post(body)
    assert status == 201
    messages = fake_ms.messages_to(thread)
    assert len(messages) == 1
    # Same conversation including the thread's message id, as a reply to the mention.
    assert messages[0].reply_to == body["id"]
    assert messages[0].body["conversation"]["id"] == thread
    # The mention was stripped: "hilfe" was understood, not "<at>Lotse</at> hilfe".
    assert "Lotse – Ihr Assistent" in messages[0].body["text"]


async def test_group_chat_without_mention_is_ignored(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = activity(fake_ms.url, text="hilfe", conversation_type="groupChat", user=new_user())
    status, _ = await plain_server.post(body)
    assert status == 201
    assert fake_ms.to(body["conversation"]["id"]) == []


async def test_group_chat_with_mention_is_answered(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = activity(
        fake_ms.url, text="hilfe", conversation_type="groupChat", mention=True, user=new_user()
    )
    await plain_server.post(body)
    assert len(fake_ms.messages_to(body["conversation"]["id"])) == 1


async def test_bot_added_sends_german_welcome_with_skills_and_policy_prompt(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = activity(
        fake_ms.url,
        kind="conversationUpdate",
        membersAdded=[{"id": "28:00000000-0000-4000-8000-00000000a11e"}],
        user=new_user(),
    )
    status, _ = await plain_server.post(body)
    assert status == 201
    (welcome,) = fake_ms.messages_to(body["conversation"]["id"])
    text = welcome.body["text"]
    assert text.startswith("Hallo, ich bin **Lotse**")
    assert "Berufsinformation" in text or "beruf" in text  # the skills it offers
    assert "KI-Leitlinie" in text
    assert "„ja“" in text  # the acknowledgement prompt itself, answerable right away


async def test_user_added_sends_nothing(plain_server: LotseServer, fake_ms: FakeMicrosoft) -> None:
    body = activity(fake_ms.url, kind="conversationUpdate", membersAdded=[{"id": "29:someone"}])
    await plain_server.post(body)
    assert fake_ms.to(body["conversation"]["id"]) == []


async def test_redelivered_activity_is_answered_once(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = activity(fake_ms.url, text="hilfe", user=new_user())
    results = await asyncio.gather(*(plain_server.post(body) for _ in range(3)))
    assert all(status == 201 for status, _ in results)
    await plain_server.post(body)
    assert len(fake_ms.messages_to(body["conversation"]["id"])) == 1


async def test_feedback_invoke_is_stored_without_text_and_answered_200(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    since = datetime.now(UTC) - timedelta(days=400)
    store = await open_store(f"sqlite+aiosqlite:///{server_db(plain_server)}", migrate=False)
    try:
        before = await store.feedback.counts(since)
        body = activity(
            fake_ms.url,
            kind="invoke",
            name="message/submitAction",
            replyToId="sent-1",
            value={
                "actionName": "feedback",
                "actionValue": {
                    "reaction": "dislike",
                    "feedback": json.dumps({"feedbackText": "Klientin Frau Beispiel …"}),
                },
            },
        )
        status, text = await plain_server.post(body)
        assert status == 200
        assert json.loads(text) == {}
        after = await store.feedback.counts(since)
        assert after.get("dislike", 0) == before.get("dislike", 0) + 1
        assert fake_ms.to(body["conversation"]["id"]) == []
        assert "Frau Beispiel" not in server_db(plain_server).read_bytes().decode("latin-1")
    finally:
        await store.close()


def server_db(server: LotseServer) -> Path:
    return server.log_path.parent / "data" / "lotse.sqlite3"


async def test_other_invokes_answered_200(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    status, _ = await plain_server.post(activity(fake_ms.url, kind="invoke", name="unknown/x"))
    assert status == 200


async def test_malformed_bodies_get_400_without_stack_trace(plain_server: LotseServer) -> None:
    for raw in (b"{not json", b"[1, 2]", b'{"text": "no type"}', b"\xff\xfe"):
        status, text = await plain_server.post(raw)
        assert status == 400, raw
        assert "Traceback" not in text
        assert "Error:" not in text


async def test_oversized_body_gets_413(plain_server: LotseServer, fake_ms: FakeMicrosoft) -> None:
    body = activity(fake_ms.url, text="x" * (300 * 1024))
    status, _ = await plain_server.post(body)
    assert status == 413
    assert fake_ms.to(body["conversation"]["id"]) == []


async def test_reactions_edits_deletes_and_unknown_types_are_ignored(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    kinds = (
        activity(
            fake_ms.url,
            kind="messageReaction",
            conversation_id=conversation,
            reactionsAdded=[{"type": "like"}],
            replyToId="sent-1",
        ),
        activity(fake_ms.url, kind="messageUpdate", conversation_id=conversation, text="x"),
        activity(fake_ms.url, kind="messageDelete", conversation_id=conversation),
        activity(fake_ms.url, kind="somethingNew", conversation_id=conversation),
    )
    for body in kinds:
        status, _ = await plain_server.post(body)
        assert status in (200, 201), body["type"]
    assert fake_ms.to(conversation) == []


async def test_occupation_answer_is_an_adaptive_card_with_compact_reminders(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    user = new_user()
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    await plain_server.post(
        activity(fake_ms.url, text="beruf Tischler", user=user, conversation_id=conversation)
    )
    await fake_ms.message_where(conversation, lambda body: "KI-Leitlinie" in body.get("text", ""))
    await plain_server.post(
        activity(fake_ms.url, text="ja", user=user, conversation_id=conversation)
    )
    reply = await fake_ms.message_where(conversation, lambda body: "Tischler" in json.dumps(body))
    (attachment,) = reply["attachments"]
    assert attachment["contentType"] == CARD
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard"
    assert card["version"] == "1.5"
    facts = [e for e in card["body"] if e["type"] == "FactSet"]
    assert any(
        f["title"] == "Ausbildungsdauer" or "3 Jahre" in f["value"] for f in facts[0]["facts"]
    )
    footer = card["body"][-1]
    assert footer["type"] == "Container"
    assert footer["separator"] is True
    assert all(item.get("size") == "Small" for item in footer["items"])
    assert "Tischler" in card["fallbackText"]
    assert "entities" not in reply  # facts from the catalogue are not AI-generated


async def test_an_offline_email_draft_carries_no_ai_label(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    # without a model the draft comes from a template: Teams' AI label is for model text only
    user = new_user()
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    text = "email Terminbestätigung für den 3.12. um 10 Uhr"
    await plain_server.post(
        activity(fake_ms.url, text=text, user=user, conversation_id=conversation)
    )
    await plain_server.post(
        activity(fake_ms.url, text="ja", user=user, conversation_id=conversation)
    )
    reply = await fake_ms.message_where(
        conversation, lambda body: "Terminbestätigung" in json.dumps(body, ensure_ascii=False)
    )
    assert "entities" not in reply
    card = reply["attachments"][0]["content"]
    draft = [e for e in card["body"] if e["type"] == "Container" and e.get("style") == "emphasis"]
    assert "Terminbestätigung" in json.dumps(draft, ensure_ascii=False)


def test_auth_off_is_announced_at_start(plain_server: LotseServer) -> None:
    assert "Teams authentication is OFF" in plain_server.log()


def test_settings_accept_bot_framework_and_lotse_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MicrosoftAppId", "bf-id")
    monkeypatch.setenv("MicrosoftAppType", "SingleTenant")
    monkeypatch.setenv("MicrosoftAppTenantId", "tenant-x")
    monkeypatch.setenv("LOTSE_TEAMS_APP_PASSWORD", "secret")
    monkeypatch.setenv("LOTSE_TEAMS_OPENID_METADATA_URL", "https://login.example/openid")
    settings = read_settings().teams
    assert settings.app_id == "bf-id"
    assert settings.app_type == "SingleTenant"
    assert settings.app_tenant_id == "tenant-x"
    assert settings.app_password.get_secret_value() == "secret"
    assert settings.openid_metadata_url == "https://login.example/openid"
    assert settings.auth_enabled
    monkeypatch.setenv("LOTSE_TEAMS_APP_ID", "lotse-id")  # the prefixed name wins
    assert read_settings().teams.app_id == "lotse-id"
    assert read_settings().teams.max_body_bytes == 256 * 1024
