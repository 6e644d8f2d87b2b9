"""Ratings through raw Teams activities on the real ``lotse serve``: the answer's message id is
noted, a thumbs up counts at once, a thumbs down asks for one of the fixed reasons."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    Sent,
    activity,
)

from bot.evaluation.ports import REASONS, AnswerFact, week_of
from storage.database import open_store


def server_db(server: LotseServer) -> Path:
    return server.log_path.parent / "data" / "lotse.sqlite3"


async def rating_turns(server: LotseServer) -> int:
    """Turns the engine audited as a rating action (no content, only the verb)."""
    store = await open_store(f"sqlite+aiosqlite:///{server_db(server)}", migrate=False)
    try:
        events = await store.audit.recent("message", 1000)
        return sum(event.action == "evaluation.rate" for event in events)
    finally:
        await store.close()


async def answers_of(server: LotseServer) -> list[AnswerFact]:
    store = await open_store(f"sqlite+aiosqlite:///{server_db(server)}", migrate=False)
    try:
        week = week_of(datetime.now(UTC).date())
        return await store.evaluation.answers.facts(week, week)
    finally:
        await store.close()


def feedback(
    service_url: str, user: str, conversation: str, name: str, **value: Any
) -> dict[str, Any]:
    return activity(
        service_url,
        kind="invoke",
        name=name,
        user=user,
        conversation_id=conversation,
        replyToId=value.pop("reply_to"),
        value={"actionName": "feedback", "actionValue": value},
    )


async def test_thumbs_with_a_reason_rate_the_answer_they_point_at(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    user, conversation = f"aad-{uuid.uuid4().hex[:8]}", f"conv-{uuid.uuid4().hex[:8]}"
    for text in ("beruf Tischler", "ja"):
        body = activity(fake_ms.url, text=text, user=user, conversation_id=conversation)
        await plain_server.post(body)
    sent = await fake_ms.wait_for(
        conversation, lambda s: len([m for m in s if m.type == "message"]) >= 2
    )
    answer_id = [s for s in sent if s.type == "message"][-1].id
    before = len(await answers_of(plain_server))

    # A thumbs down: Teams asks for the form, which offers the fixed reasons.
    body = feedback(
        fake_ms.url,
        user,
        conversation,
        "message/fetchTask",
        reaction="dislike",
        reply_to=answer_id,
    )
    status, text = await plain_server.post(body)
    assert status == 200
    task = json.loads(text)["task"]
    assert task["type"] == "continue"
    card = task["value"]["card"]["content"]
    (choices,) = [element for element in card["body"] if element["type"] == "Input.ChoiceSet"]
    assert [choice["value"] for choice in choices["choices"]] == list(REASONS)
    assert "falsch" in [choice["title"] for choice in choices["choices"]]

    form = json.dumps({"reason": "too_long", "feedbackText": "Herr Beispiel fand es zu lang"})
    body = feedback(
        fake_ms.url,
        user,
        conversation,
        "message/submitAction",
        reaction="dislike",
        feedback=form,
        reply_to=answer_id,
    )
    status, _ = await plain_server.post(body)
    assert status == 200
    answers = await answers_of(plain_server)
    assert len(answers) == before
    # The form's reason reached the engine as a typed action (audited by its verb).
    assert await rating_turns(plain_server) >= 1
    rated = [a for a in answers if a.rating is not None]
    assert [(a.skill, a.rating, a.reason) for a in rated][-1:] == [
        ("occupation", "down", "too_long")
    ]
    assert "Herr Beispiel" not in server_db(plain_server).read_bytes().decode("latin-1")

    # Changing one's mind: a thumbs up replaces it, without a form.
    body = feedback(
        fake_ms.url, user, conversation, "message/fetchTask", reaction="like", reply_to=answer_id
    )
    status, text = await plain_server.post(body)
    assert json.loads(text)["task"]["type"] == "message"
    answers = await answers_of(plain_server)
    mine = [a for a in answers if a.rating is not None and a.user_key == rated[-1].user_key]
    assert [(a.rating, a.reason) for a in mine] == [("up", None)]


async def test_only_the_asker_rates_an_answer(
    plain_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    user, conversation = f"aad-{uuid.uuid4().hex[:8]}", f"conv-{uuid.uuid4().hex[:8]}"
    for text in ("beruf Koch", "ja"):
        body = activity(fake_ms.url, text=text, user=user, conversation_id=conversation)
        await plain_server.post(body)
    sent = await fake_ms.wait_for(conversation, lambda s: len(messages(s)) >= 2)
    answer_id = messages(sent)[-1].id
    rated_before = [a for a in await answers_of(plain_server) if a.rating]
    turns_before = await rating_turns(plain_server)
    body = feedback(
        fake_ms.url, "aad-other", conversation, "message/fetchTask", reaction="like",
        reply_to=answer_id,
    )  # fmt: skip
    await plain_server.post(body)
    assert [a for a in await answers_of(plain_server) if a.rating] == rated_before
    # The engine got the thumb as an action and found no answer of theirs to rate.
    assert await rating_turns(plain_server) == turns_before + 1


def messages(sent: list[Sent]) -> list[Sent]:
    return [s for s in sent if s.type == "message"]
