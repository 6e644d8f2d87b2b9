"""``lotse serve`` for the Teams tests, built by the same factory, with two test-only additions:

- replies go to the local fake Bot Connector without Azure AD tokens (the credentials seam of
  ``TeamsAdapter`` that production never uses);
- a slow, streaming skill ``langsam`` to exercise proactive replies and Teams streaming.

Run as ``python tests/teams/server.py`` with the usual ``LOTSE_*`` environment.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from botframework.connector.auth import MicrosoftAppCredentials, ServiceClientCredentialsFactory

from adapters.teams.endpoint import TeamsAdapter
from bot.registry import SkillRegistry
from bot.reply import Text
from bot.skill import Skill, SkillContext, SkillMeta, SkillResult
from lotse import logs
from lotse.app import open_app
from lotse.serve import serve
from lotse.settings import read_settings

SLOW_SECONDS = float(os.environ.get("TEAMS_TEST_SLOW_SECONDS", "2.5"))
CHUNKS = ("Erstens ", "zweitens ", "drittens.")


class UnauthenticatedReplies(ServiceClientCredentialsFactory):  # type: ignore[misc]
    """Validates incoming tokens for ``app_id`` like production; replies carry no token."""

    def __init__(self, app_id: str) -> None:
        self._app_id = app_id

    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == self._app_id

    async def is_authentication_disabled(self) -> bool:
        return not self._app_id

    async def create_credentials(self, *args: Any, **kwargs: Any) -> Any:
        return MicrosoftAppCredentials.empty()


class SlowSkill(Skill):
    """Answers after SLOW_SECONDS, streaming its text on the way."""

    meta = SkillMeta(
        id="langsam",
        name_de="Langsam",
        name_en="Slow",
        description_de="Testfunktion, die sich Zeit lässt.",
        description_en="A test function that takes its time.",
        commands=("langsam",),
        examples_de=("langsam",),
        examples_en=("langsam",),
    )

    async def handle(self, ctx: SkillContext) -> SkillResult:
        text = ""
        for chunk in CHUNKS:
            await asyncio.sleep(SLOW_SECONDS / len(CHUNKS))
            text += chunk
            if ctx.progress:
                await ctx.progress(text)
        return SkillResult(blocks=(Text(text),), ai_generated=True)


class BrokenSkill(Skill):
    """Fails every time: the user must get a friendly message, Teams a normal answer."""

    meta = SkillMeta(
        id="kaputt",
        name_de="Kaputt",
        name_en="Broken",
        description_de="Testfunktion, die immer scheitert.",
        description_en="A test function that always fails.",
        commands=("kaputt",),
        examples_de=("kaputt",),
        examples_en=("kaputt",),
    )

    async def handle(self, ctx: SkillContext) -> SkillResult:
        raise RuntimeError("simulated failure")


async def main() -> None:
    settings = read_settings()
    logs.configure(settings.log_level)
    teams = settings.teams
    extra = [SlowSkill.create(settings), BrokenSkill.create(settings)]
    registry = SkillRegistry([*SkillRegistry.discover(settings), *extra])
    adapter = TeamsAdapter(teams, credentials_factory=UnauthenticatedReplies(teams.app_id))
    async with open_app(settings, registry=registry) as app:
        await serve(
            app,
            [adapter],
            settings.host,
            settings.port,
            header_timeout=teams.header_timeout_seconds,
        )


if __name__ == "__main__":
    asyncio.run(main())
