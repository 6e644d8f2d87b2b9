"""A skill's table, typed button and form on Teams, and its typed action back, through the
real endpoint (raw activities in, a recording fake Bot Connector out). The skill (``tabelle``
in tests/teams/server.py) is new to the adapter: nothing in adapters/ knows it."""

from __future__ import annotations

import json
import uuid
from typing import Any

from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    Sent,
    activity,
)

CARD = "application/vnd.microsoft.card.adaptive"


async def ask(
    server: LotseServer, fake: FakeMicrosoft, conversation: str, user: str, **extra: Any
) -> dict[str, Any]:
    """``tabelle`` after acknowledging the guideline; Lotse's answer to it."""
    for text in ("tabelle", "ja"):
        body = activity(fake.url, text=text, user=user, conversation_id=conversation, **extra)
        status, _ = await server.post(body, token=fake.token())
        assert status == 201
    # (on a busy machine "Einen Moment bitte …" comes first and the answer after it)
    sent = await fake.wait_for(conversation, lambda s: any(answers(x, body) for x in s))
    return next(s.body for s in sent if answers(s, body))


def answers(sent: Sent, request: dict[str, Any]) -> bool:
    """``sent`` is Lotse's answer to ``request``, not the acknowledgement that it is working."""
    return (
        sent.type == "message"
        and sent.reply_to == request["id"]
        and "Einen Moment" not in sent.body.get("text", "")
    )


def card_of(message: dict[str, Any]) -> dict[str, Any]:
    (attachment,) = [a for a in message.get("attachments") or () if a["contentType"] == CARD]
    return dict(attachment["content"])


async def test_a_channel_gets_the_table_as_a_card_with_a_typed_button(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    thread = f"19:channel-beratung@thread.tacv2;messageid={uuid.uuid4().int % 10**13}"
    user = f"aad-{uuid.uuid4().hex[:8]}"
    extra = {"conversation_type": "channel", "mention": True}
    card = card_of(await ask(auth_server, fake_ms, thread, user, **extra))
    (table,) = [e for e in card["body"] if e["type"] == "Table"]
    cells = [[c["items"][0]["text"] for c in row["cells"]] for row in table["rows"]]
    assert cells == [["Farbe", "Anzahl"], ["Rot", "3"], ["Blau", "12"]]
    assert not [e for e in card["body"] if e["type"].startswith("Input.")]  # no form here
    (button,) = card["actions"]
    assert button["type"] == "Action.Submit"
    # The click: a message whose value is the button's data, no text and no mention.
    click = activity(
        fake_ms.url,
        text="",
        user=user,
        conversation_type="channel",
        conversation_id=thread,
        value=button["data"],
    )
    status, _ = await auth_server.post(click, token=fake_ms.token())
    assert status == 201
    sent = await fake_ms.wait_for(thread, lambda s: any(answers(x, click) for x in s))
    answer = next(s.body for s in sent if answers(s, click))
    assert answer["text"] == "Gewählt: rot (-)"


async def test_a_personal_chat_gets_the_form_and_its_submit_comes_back_typed(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    conversation = f"a:{uuid.uuid4().hex[:10]}"
    user = f"aad-{uuid.uuid4().hex[:8]}"
    message = await ask(auth_server, fake_ms, conversation, user)
    assert message["summary"] == "Farbwahl"
    card = card_of(message)
    inputs = {e["id"]: e for e in card["body"] if e["type"].startswith("Input.")}
    assert inputs["input.colour"]["value"] == "blau"
    (take,) = card["actions"]
    assert take["type"] == "Action.Execute"
    # Teams merges the inputs (as the user left them) into the clicked button's data.
    data = {key: element["value"] for key, element in inputs.items()}
    data["input.colour"] = "rot"
    data.update(take["data"])
    invoke = activity(
        fake_ms.url,
        kind="invoke",
        name="adaptiveCard/action",
        user=user,
        conversation_id=conversation,
        value={"action": {"type": "Action.Execute", "verb": take["verb"], "data": data}},
    )
    status, text = await auth_server.post(invoke, token=fake_ms.token())
    assert status == 200
    answer = json.loads(text)
    assert answer["type"] == CARD
    assert [e["text"] for e in answer["value"]["body"]] == ["Gewählt: rot (s)"]


async def test_a_click_on_a_card_that_no_longer_fits_gets_a_friendly_card(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    stale = {"lotse.verb": "test.tabelle.choose", "lotse.action": {"colour": ["kaputt"]}}
    invoke = activity(
        fake_ms.url,
        kind="invoke",
        name="adaptiveCard/action",
        value={"action": {"type": "Action.Execute", "verb": "x", "data": stale}},
    )
    status, text = await auth_server.post(invoke, token=fake_ms.token())
    assert status == 200
    answer = json.loads(text)
    assert "nicht mehr gültig" in answer["value"]["body"][0]["text"]
