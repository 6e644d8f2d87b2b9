"""Fixtures for the chat admin tests: an app with a bootstrap admin, departments, people."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from conftest import Chat, FakeClock, make_chat

from bot.admin import Actor
from bot.config import Settings
from lotse.app import App, open_app
from storage.database import SqlStore

CHIEF = "chef"  # in LOTSE_ADMINS
OPS = Actor("cli", "ops")
YOUTH = "Jugendberufshilfe"
REHA = "Reha Beratung"


@pytest_asyncio.fixture(loop_scope="session")
async def admin_app(settings: Settings, store: SqlStore, clock: FakeClock) -> AsyncIterator[App]:
    """Two departments besides the default one; berta in the first, carl in the second."""
    configured = settings.model_copy(update={"admins": [CHIEF]})
    async with open_app(configured, clock=clock, store=store) as app:
        for name in (YOUTH, REHA):
            await app.admin.add_department(name, OPS)
        await app.admin.assign_user("console", "berta", YOUTH, OPS)
        await app.admin.assign_user("console", "carl", REHA, OPS)
        yield app


async def acknowledged(app: App, user: str) -> Chat:
    """A counsellor who has acknowledged the AI guideline (without using a skill yet)."""
    chat = make_chat(app, user)
    await chat.say("ja")  # shows the guideline and asks
    await chat.say("ja")
    return chat
