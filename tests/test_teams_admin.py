"""Admins in Teams through the real ``lotse serve`` process and the recording fake Bot
Connector: @-mentions in admin commands, the Adaptive Card panel and its submits, the chart."""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    activity,
    start_server,
    stop_server,
)

from storage.database import SqlStore, open_store

CHIEF, CHIEF_2 = "aad-chef", "aad-chefin"  # in LOTSE_ADMINS
CARD = "application/vnd.microsoft.card.adaptive"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def admin_server(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[LotseServer]:
    tmp = tmp_path_factory.mktemp("lotse-teams-admin")
    server = await start_server(
        [sys.executable, "-m", "lotse", "serve"],
        tmp,
        LOTSE_ADMINS=f"{CHIEF},{CHIEF_2}",
        LOTSE_TEAMS_AUTH="off",
    )
    try:
        yield server
    finally:
        stop_server(server)


@pytest_asyncio.fixture(loop_scope="session")
async def server_store(admin_server: LotseServer) -> AsyncIterator[SqlStore]:
    path = admin_server.log_path.parent / "data" / "lotse.sqlite3"
    store = await open_store(f"sqlite+aiosqlite:///{path}", migrate=False)
    try:
        yield store
    finally:
        await store.close()


async def say(
    server: LotseServer, fake: FakeMicrosoft, text: str, user: str, **extra: Any
) -> dict[str, Any]:
    """Post a message and return Lotse's reply message."""
    body = activity(fake.url, text=text, user=user, **extra)
    conversation = body["conversation"]["id"]
    status, _ = await server.post(body)
    assert status == 201
    sent = await fake.wait_for(
        conversation, lambda s: any(x.type == "message" and x.reply_to == body["id"] for x in s)
    )
    return next(s.body for s in sent if s.type == "message" and s.reply_to == body["id"])


async def new_department(server: LotseServer, fake: FakeMicrosoft) -> str:
    name = f"Jugend {uuid.uuid4().hex[:6]}"
    reply = await say(server, fake, f'admin abteilung neu "{name}"', CHIEF)
    assert name in reply["text"]
    return name


def card_of(message: dict[str, Any]) -> dict[str, Any]:
    (attachment,) = [a for a in message.get("attachments") or () if a["contentType"] == CARD]
    return dict(attachment["content"])


async def panel(server: LotseServer, fake: FakeMicrosoft, department: str) -> dict[str, Any]:
    """The chief's panel showing ``department`` (``admin``, then "show" for it)."""
    card = card_of(await say(server, fake, "admin", CHIEF))
    _, card = await submit(server, fake, card, CHIEF, "admin.panel.show", department)
    return card


def inputs(card: dict[str, Any]) -> dict[str, Any]:
    return {e["id"]: e for e in card["body"] if e["type"].startswith("Input.")}


async def submit(
    server: LotseServer,
    fake: FakeMicrosoft,
    card: dict[str, Any],
    user: str,
    verb: str = "admin.panel.apply",
    pick: str | None = None,
    **switches: bool,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Click a panel button as Teams does: the action's data merged with the card's inputs."""
    fields = inputs(card)
    data: dict[str, Any] = {key: element.get("value") for key, element in fields.items()}
    for skill, on in switches.items():
        data[f"input.skills.{skill}"] = "true" if on else "false"
    if pick is not None:
        data["input.department"] = pick
    actions = [*card.get("actions", ())]
    actions += [a for e in card["body"] if e["type"] == "ActionSet" for a in e["actions"]]
    action = next(a for a in actions if a["verb"] == verb)
    data.update(action["data"])
    body = activity(
        fake.url,
        kind="invoke",
        name="adaptiveCard/action",
        user=user,
        value={"action": {"type": "Action.Execute", "verb": verb, "data": data}},
    )
    status, text = await server.post(body)
    assert status == 200
    answer = json.loads(text)
    assert answer["statusCode"] == 200
    assert answer["type"] == CARD
    return answer, answer["value"]


async def toggles(store: SqlStore, department: str) -> dict[str, bool]:
    found = await store.directory.get_department(department)
    assert found is not None
    return await store.directory.skill_toggles(found.id)


def note(card: dict[str, Any]) -> str:
    return " ".join(e["text"] for e in card["body"] if e.get("weight") == "Bolder")


async def test_assign_a_person_by_mention(
    admin_server: LotseServer, fake_ms: FakeMicrosoft, server_store: SqlStore
) -> None:
    department = await new_department(admin_server, fake_ms)
    berta = f"aad-berta-{uuid.uuid4().hex[:6]}"
    mention = {
        "type": "mention",
        "text": "<at>Berta Beispiel</at>",
        "mentioned": {"id": f"29:{berta}", "name": "Berta Beispiel", "aadObjectId": berta},
    }
    reply = await say(
        admin_server,
        fake_ms,
        f'admin zuordnen <at>Berta Beispiel</at> "{department}"',
        CHIEF,
        entities=[mention],
    )
    assert "Berta Beispiel gehört jetzt zur Abteilung" in reply["text"]
    assigned = await server_store.directory.department_for_user("teams", berta)
    assert assigned is not None
    assert assigned.name == department


async def test_admin_in_a_personal_chat_opens_the_panel(
    admin_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    department = await new_department(admin_server, fake_ms)
    card = card_of(await say(admin_server, fake_ms, "admin", CHIEF))
    fields = inputs(card)
    picker = fields["input.department"]
    assert picker["type"] == "Input.ChoiceSet"
    assert department in [c["value"] for c in picker["choices"]]
    assert fields["input.skills.email"]["type"] == "Input.Toggle"
    (save,) = card["actions"]
    assert save["type"] == "Action.Execute"
    assert save["verb"] == "admin.panel.apply"
    assert save["data"]["lotse.action"]["department"] == picker["value"]
    assert len(save["data"]["lotse.action"]["version"]) == 16


async def test_a_submit_applies_the_toggles_and_returns_the_refreshed_card(
    admin_server: LotseServer, fake_ms: FakeMicrosoft, server_store: SqlStore
) -> None:
    department = await new_department(admin_server, fake_ms)
    card = await panel(admin_server, fake_ms, department)
    assert card["actions"][0]["data"]["lotse.action"]["department"] == department
    _, refreshed = await submit(admin_server, fake_ms, card, CHIEF, email=False)
    assert "Gespeichert" in note(refreshed)
    assert inputs(refreshed)["input.skills.email"]["value"] == "false"
    version = card["actions"][0]["data"]["lotse.action"]["version"]
    assert refreshed["actions"][0]["data"]["lotse.action"]["version"] != version
    assert (await toggles(server_store, department))["email"] is False
    changes = await server_store.audit.recent("admin", 5)
    assert any(
        e.action == "skill.disable" and e.detail["department"] == department for e in changes
    )


async def test_two_submits_of_one_card_version_at_once_lose_nothing(
    admin_server: LotseServer, fake_ms: FakeMicrosoft, server_store: SqlStore
) -> None:
    department = await new_department(admin_server, fake_ms)
    card = await panel(admin_server, fake_ms, department)
    (_, first), (_, second) = await asyncio.gather(
        submit(admin_server, fake_ms, card, CHIEF, email=False),
        submit(admin_server, fake_ms, card, CHIEF_2, summary=False),
    )
    notes = [note(first), note(second)]
    assert sum("Gespeichert" in n for n in notes) == 1
    assert sum("Nicht gespeichert" in n for n in notes) == 1
    stored = await toggles(server_store, department)
    assert [stored.get("email", True), stored.get("summary", True)].count(False) == 1
    # The refused card shows the state that won, to check and save again.
    stale = first if "Nicht gespeichert" in note(first) else second
    shown = inputs(stale)
    assert shown["input.skills.email"]["value"] == str(stored.get("email", True)).lower()
    assert shown["input.skills.summary"]["value"] == str(stored.get("summary", True)).lower()


async def test_a_non_admins_submit_is_refused(
    admin_server: LotseServer, fake_ms: FakeMicrosoft, server_store: SqlStore
) -> None:
    department = await new_department(admin_server, fake_ms)
    card = await panel(admin_server, fake_ms, department)
    _, answer = await submit(admin_server, fake_ms, card, "aad-counsellor", email=False)
    text = json.dumps(answer, ensure_ascii=False)
    assert "Admin" in text
    assert "input.skills.email" not in text
    assert "email" not in await toggles(server_store, department)
    refused = [e for e in await server_store.audit.recent("admin", 5) if e.outcome == "refused"]
    assert refused


async def test_usage_sends_a_table_and_the_chart_in_one_card(
    admin_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    user = f"aad-{uuid.uuid4().hex[:8]}"
    for text in ("beruf Tischler", "ja", "beruf Tischler"):  # guideline, then two lookups
        await say(admin_server, fake_ms, text, user, conversation_id=f"conv-{user}")
    reply = await say(admin_server, fake_ms, "admin nutzung", CHIEF)
    card = card_of(reply)  # the counts are a table: a card, in channels as in personal chats
    (table,) = [e for e in card["body"] if e["type"] == "Table"]
    assert table["firstRowAsHeader"] is True
    (image,) = [e for e in card["body"] if e["type"] == "Image"]
    prefix = "data:image/png;base64,"
    assert image["url"].startswith(prefix)
    assert base64.b64decode(image["url"].removeprefix(prefix)).startswith(b"\x89PNG")
    assert "Balkendiagramm" in image["altText"]
    assert "Balkendiagramm" in card["fallbackText"]  # the alt text stands in the fallback
