"""Slow replies never hold the request past Teams' 15 s: an acknowledgement at once, the
answer as a proactive message into the same thread; personal chats stream."""

from __future__ import annotations

import uuid

from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    Sent,
    activity,
)


def finals(sent: list[Sent]) -> list[Sent]:
    """Messages that are not the 'working on it' acknowledgement."""
    return [
        s for s in sent if s.type == "message" and "Einen Moment" not in s.body.get("text", "")
    ]


async def ask_slow(
    server: LotseServer, fake: FakeMicrosoft, conversation: str, **kwargs: object
) -> tuple[list[Sent], dict[str, object]]:
    """Post "langsam", acknowledge the policy ("ja"); what had been sent to the conversation
    when the request returned, and the acknowledging activity."""
    user = f"aad-{uuid.uuid4().hex[:8]}"
    first = activity(fake.url, text="langsam", user=user, conversation_id=conversation, **kwargs)  # type: ignore[arg-type]
    await server.post(first, token=fake.token())
    await fake.wait_for(conversation, lambda s: any("KI-Leitlinie" in str(x.body) for x in s))
    accept = activity(fake.url, text="ja", user=user, conversation_id=conversation, **kwargs)  # type: ignore[arg-type]
    status, _ = await server.post(accept, token=fake.token())
    assert status == 201
    return fake.to(conversation), accept


def answered_before_the_skill_finished(sent_by_then: list[Sent]) -> bool:
    """When the request returned, only the guideline prompt was a real answer: the slow
    skill's text came later, as a proactive message (an order of events, not a time)."""
    return len(finals(sent_by_then)) == 1


async def test_slow_personal_reply_acknowledges_then_streams_then_final(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    conversation = f"a:{uuid.uuid4().hex[:10]}"
    by_then, accept = await ask_slow(auth_server, fake_ms, conversation)
    assert answered_before_the_skill_finished(by_then)
    sent = await fake_ms.wait_for(conversation, lambda s: len(finals(s)) >= 2)
    after = sent[[s.body.get("replyToId") for s in sent].index(accept["id"]) :]
    # Acknowledged before the answer: a typing indicator or "Einen Moment …" comes first
    # (which one depends on how fast the machine is), and "Einen Moment …" is said, as a
    # message or as the stream's informative update.
    assert after[0].type == "typing" or "Einen Moment" in after[0].body.get("text", "")
    assert any("Einen Moment" in s.body.get("text", "") for s in after)
    streamed = [s for s in after if s.type == "typing" and s.body.get("entities")]
    informative = streamed[0].body["entities"][0]
    assert informative["streamType"] == "informative"
    stream_id = streamed[0].id
    updates = [s.body["entities"][0] for s in streamed[1:]]
    assert all(u["streamType"] == "streaming" and u["streamId"] == stream_id for u in updates)
    final = finals(after)[-1]
    assert "Erstens zweitens drittens." in final.body["text"]
    assert {"type": "streaminfo", "streamType": "final", "streamId": stream_id} in final.body[
        "entities"
    ]
    # Proactive messages still reply to the user's activity (same conversation and thread).
    assert final.reply_to == accept["id"]


async def test_slow_channel_reply_goes_to_the_thread_without_streaming(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    thread = f"19:c-{uuid.uuid4().hex[:6]}@thread.tacv2;messageid=1700000000001"
    by_then, accept = await ask_slow(
        auth_server, fake_ms, thread, conversation_type="channel", mention=True
    )
    assert answered_before_the_skill_finished(by_then)
    sent = await fake_ms.wait_for(thread, lambda s: len(finals(s)) >= 2)
    final = finals(sent)[-1]
    assert "Erstens zweitens drittens." in final.body["text"]
    assert final.reply_to == accept["id"]
    assert final.body["conversation"]["id"] == thread
    assert not any(
        e.get("type") == "streaminfo" for s in sent for e in s.body.get("entities") or ()
    )
    first = next(s for s in sent if s.reply_to == accept["id"])
    assert first.type == "typing" or "Einen Moment" in first.body.get("text", "")
    assert any("Einen Moment" in s.body.get("text", "") for s in sent)


async def test_failing_skill_gives_a_friendly_german_message_not_a_500(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    conversation = f"a:{uuid.uuid4().hex[:10]}"
    user = f"aad-{uuid.uuid4().hex[:8]}"
    for text in ("kaputt", "ja"):
        body = activity(fake_ms.url, text=text, user=user, conversation_id=conversation)
        status, _ = await auth_server.post(body, token=fake_ms.token())
        assert status == 201
    reply = await fake_ms.message_where(
        conversation, lambda body: "Entschuldigung" in body.get("text", "")
    )
    assert "Entschuldigung, da ist bei mir etwas schiefgegangen" in reply["text"]
    assert "simulated failure" not in reply["text"]
