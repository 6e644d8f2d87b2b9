"""``lotse serve`` for the Teams tests, built by the same factory, with two test-only additions:

- replies go to the local fake Bot Connector without Azure AD tokens (the credentials seam of
  ``TeamsAdapter`` that production never uses);
- a slow, streaming skill ``langsam`` to exercise proactive replies and Teams streaming;
- a skill ``tabelle`` that answers with a table, a typed button and a form (a panel), and
  takes its typed action back: what a new skill gets on Teams without editing the adapter.

When a Matrix homeserver is configured the Matrix adapter runs too (as in ``lotse serve``),
so the slow skill also holds Matrix turns in flight.

Run as ``python tests/teams/server.py`` with the usual ``LOTSE_*`` environment.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from typing import Any

from botframework.connector.auth import MicrosoftAppCredentials, ServiceClientCredentialsFactory

from adapters.matrix.adapter import MatrixAdapter
from adapters.teams.endpoint import TeamsAdapter
from bot.actions import UserAction
from bot.registry import SkillRegistry
from bot.reply import (
    Action,
    Actions,
    Button,
    Choices,
    Heading,
    Option,
    Panel,
    Table,
    Text,
    Toggle,
)
from bot.serving import ServerAdapter
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


@dataclass(frozen=True, slots=True)
class Choose(UserAction):
    """What the ``tabelle`` skill's button and form send back."""

    verb = "test.tabelle.choose"
    colour: str | None = None
    sizes: dict[str, bool] | None = None


class TableSkill(Skill):
    """A table, a typed button and a form; a chosen colour comes back as ``Choose``."""

    meta = SkillMeta(
        id="tabelle",
        name_de="Tabelle",
        name_en="Table",
        description_de="Testfunktion mit Tabelle und Formular.",
        description_en="A test function with a table and a form.",
        commands=("tabelle",),
        examples_de=("tabelle",),
        examples_en=("tabelle",),
    )
    actions = (Choose,)

    async def handle(self, ctx: SkillContext) -> SkillResult:
        if isinstance(ctx.action, Choose):
            sizes = ", ".join(size for size, on in sorted((ctx.action.sizes or {}).items()) if on)
            return SkillResult(blocks=(Text(f"Gewählt: {ctx.action.colour} ({sizes or '-'})"),))
        colours = (Option("Rot", "rot"), Option("Blau", "blau"))
        form = Panel(
            "Farbwahl",
            (Choices("colour", "Farbe", colours, "blau"), Toggle("sizes", "Klein", True, "s")),
            (Button("Nehmen", Choose(), primary=True),),
        )
        return SkillResult(
            blocks=(
                Heading("Farben"),
                Table(("Farbe", "Anzahl"), (("Rot", "3"), ("Blau", "12"))),
                Actions((Action("Rot nehmen", "tabelle rot", Choose("rot")),)),
                form,
            )
        )


async def main() -> None:
    settings = read_settings()
    logs.configure(settings.log_level, settings.log_format)
    teams = settings.teams
    extra = [SlowSkill.create(settings), BrokenSkill.create(settings), TableSkill.create(settings)]
    registry = SkillRegistry([*SkillRegistry.discover(settings), *extra])
    adapter = TeamsAdapter(teams, credentials_factory=UnauthenticatedReplies(teams.app_id))
    adapters: list[ServerAdapter] = [adapter]
    if settings.matrix is not None:  # as `lotse serve` does
        adapters.append(MatrixAdapter(settings.matrix))
    async with open_app(settings, registry=registry) as app:
        await serve(
            app,
            adapters,
            settings.host,
            settings.port,
            header_timeout=teams.header_timeout_seconds,
        )


if __name__ == "__main__":
    asyncio.run(main())
