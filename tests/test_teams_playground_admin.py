"""An admin switches a skill off for a department from the Teams-like Agents Playground; a
counsellor of that department (the Playground's user) is refused it."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

from teams_fixtures import LotseServer, server_env
from teams_playground_fixtures import Playground

# The Playground's default signed-in user (its built-in configuration).
PLAYGROUND_USER_AAD_ID = "00000000-0000-0000-0000-0000000000020"


def shown(message: dict[str, Any]) -> str:
    return (message.get("text") or "") + json.dumps(message.get("attachments"), ensure_ascii=False)


def lotse_cli(server: LotseServer, *args: str) -> None:
    """Run ``lotse`` against the running server's database, as ops on that host would."""
    port = int(server.url.rsplit(":", 1)[1])
    env = server_env(server.log_path.parent, port)
    subprocess.run([sys.executable, "-m", "lotse", *args], env=env, check=True, timeout=60)


async def test_an_admin_disables_email_for_a_department_from_teams(
    playground: Playground, plain_server: LotseServer
) -> None:
    await asyncio.to_thread(
        lotse_cli, plain_server, "admin", "grant", PLAYGROUND_USER_AAD_ID, "--platform", "teams"
    )
    try:
        created = await playground.say('admin abteilung neu "Jugendberufshilfe"')
        assert "Jugendberufshilfe" in shown(created)
        disabled = await playground.say('admin aus mail "Jugendberufshilfe"')
        assert "Jugendberufshilfe" in shown(disabled)
        # The Playground's built-in user id is not a well-formed AAD id (its last group has 13
        # digits), which the chat command rightly rejects; ops assign it on the server instead.
        await asyncio.to_thread(
            lotse_cli,
            plain_server,
            "admin",
            "assign-user",
            PLAYGROUND_USER_AAD_ID,
            "Jugendberufshilfe",
            "--platform",
            "teams",
        )

        refused = await playground.say("mail Terminbestätigung für den 3.12. um 10 Uhr")
        assert "nicht freigeschaltet" in shown(refused)
        assert "Berufe nachschlagen" in shown(refused)  # what is still available

        log = await playground.say("admin protokoll 5")
        assert "Jugendberufshilfe" in shown(log)
    finally:
        # The Playground's user is shared with the other Playground tests: undo.
        await asyncio.to_thread(
            lotse_cli,
            plain_server,
            "admin",
            "assign-user",
            PLAYGROUND_USER_AAD_ID,
            "Allgemein",
            "--platform",
            "teams",
        )
        await asyncio.to_thread(
            lotse_cli,
            plain_server,
            "admin",
            "revoke",
            PLAYGROUND_USER_AAD_ID,
            "--platform",
            "teams",
        )
