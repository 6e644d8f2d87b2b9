"""Admins in Matrix through a real Synapse: a bootstrap admin switches email drafting off for
a department and assigns a person by pill, the person is refused, the overview arrives as an
HTML table and ``admin nutzung`` posts the chart as an (encrypted) ``m.image``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest_asyncio
from admin_chat_fixtures import OPS, acknowledged
from matrix_clients import Counsellor, until
from matrix_fixtures import (
    Synapse,
    bot_settings,
    start_adapter,
)
from nio.crypto import decrypt_attachment

from adapters.matrix.adapter import MatrixAdapter
from bot.config import Settings
from lotse.app import App, open_app

YOUTH, REHA = "Jugendberufshilfe", "Reha Beratung"


@pytest_asyncio.fixture(loop_scope="session")
async def people(synapse: Synapse, tmp_path: Path) -> AsyncIterator[tuple[Counsellor, Counsellor]]:
    chief = Counsellor(synapse, await synapse.register(), tmp_path / "chief")
    berta = Counsellor(synapse, await synapse.register(), tmp_path / "berta")
    await chief.start()
    await berta.start()
    try:
        yield chief, berta
    finally:
        await chief.stop()
        await berta.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def admin_lotse(
    settings: Settings, synapse: Synapse, people: tuple[Counsellor, Counsellor], tmp_path: Path
) -> AsyncIterator[tuple[App, MatrixAdapter]]:
    chief, _ = people
    configured = settings.model_copy(update={"admins": [chief.user.user_id]})
    async with open_app(configured) as app:
        for name in (YOUTH, REHA):
            await app.admin.add_department(name, OPS)
        bot = await synapse.register()
        adapter = await start_adapter(app, bot_settings(synapse, bot, tmp_path / "bot"))
        try:
            yield app, adapter
        finally:
            await adapter.stop()


async def dm(person: Counsellor, adapter: MatrixAdapter, *, encrypted: bool) -> str:
    bot = adapter.client.user_id
    room = await person.create_room([bot], encrypted=encrypted)
    await person.wait_member(room, bot)
    return room


def pill(user_id: str, label: str) -> dict[str, Any]:
    link = f'<a href="https://matrix.to/#/{user_id}">{label}</a>'
    return {
        "format": "org.matrix.custom.html",
        "formatted_body": f"admin zuordnen {link} {YOUTH}",
        "m.mentions": {"user_ids": [user_id]},
    }


async def test_an_admin_switches_email_off_and_the_department_feels_it(
    admin_lotse: tuple[App, MatrixAdapter], people: tuple[Counsellor, Counsellor]
) -> None:
    app, adapter = admin_lotse
    chief, berta = people
    room = await dm(chief, adapter, encrypted=False)
    answer = await chief.ask(room, f'admin aus mail "{YOUTH}"')
    assert "ausgeschaltet" in answer["body"]
    berta_id = berta.user.user_id
    answer = await chief.ask(room, f"admin zuordnen Berta {YOUTH}", **pill(berta_id, "Berta"))
    assert "gehört jetzt zur Abteilung" in answer["body"]
    assigned = await app.store.directory.department_for_user("matrix", berta_id)
    assert assigned is not None
    assert assigned.name == YOUTH

    overview = await chief.ask(room, "admin abteilungen")
    html = overview["formatted_body"]
    assert "<table>" in html
    assert f"<td>{YOUTH}</td>" in html
    assert "<th>mail</th>" in html

    own = await dm(berta, adapter, encrypted=False)
    refused = await berta.ask(own, "mail Terminbestätigung für nächste Woche")
    assert YOUTH in refused["body"]
    assert "Verfügbar sind:" in refused["body"]
    assert "E-Mail" not in refused["body"].split("Verfügbar sind:")[1]
    # A counsellor is no admin: the department's switches stay as they are.
    denied = await berta.ask(own, f'admin an mail "{YOUTH}"')
    assert "Admin" in denied["body"]
    department = await app.store.directory.get_department(YOUTH)
    assert department is not None
    assert (await app.store.directory.skill_toggles(department.id))["email"] is False


async def test_usage_posts_the_chart_as_an_encrypted_image(
    admin_lotse: tuple[App, MatrixAdapter], people: tuple[Counsellor, Counsellor]
) -> None:
    app, adapter = admin_lotse
    chief, _ = people
    user = await acknowledged(app, "console-user")
    await user.say("beruf Tischler")
    room = await dm(chief, adapter, encrypted=True)
    asked = await chief.say(room, "admin nutzung")

    def images() -> list[dict[str, Any]]:
        return [s for s in chief.replies_to(asked) if s["content"].get("msgtype") == "m.image"]

    async def arrived() -> bool:
        return bool(images())

    await until(arrived, 30)
    content = images()[0]["content"]
    assert "url" not in content  # encrypted room: only the encrypted file's keys and URL
    assert content["info"]["mimetype"] == "image/png"
    assert "Balkendiagramm" in content["body"]
    file = content["file"]
    server, media_id = file["url"].removeprefix("mxc://").split("/", 1)
    url = f"{chief.client.homeserver}/_matrix/client/v1/media/download/{server}/{media_id}"
    headers = {"Authorization": f"Bearer {chief.user.access_token}"}
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as got:
        assert got.status == 200
        ciphertext = await got.read()
    assert not ciphertext.startswith(b"\x89PNG")  # the homeserver holds ciphertext only
    plain = decrypt_attachment(ciphertext, file["key"]["k"], file["hashes"]["sha256"], file["iv"])
    assert plain.startswith(b"\x89PNG")
