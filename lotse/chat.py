"""``lotse chat``: the console adapter on an open app, interactive or from stdin."""

from __future__ import annotations

import asyncio
import contextlib
import sys

from adapters.console import ConsoleChat, enable_line_editing, read_message
from bot.admin import Actor, AdminError, AdminService
from bot.config import Settings
from bot.message import Platform
from bot.texts import engine_texts
from lotse.app import open_app


def run_chat(settings: Settings, user: str, department: str | None) -> int:
    interactive = sys.stdin.isatty()
    with asyncio.Runner() as runner:
        context = open_app(settings)
        app = runner.run(context.__aenter__())
        try:
            if department:
                runner.run(join_department(app.admin, user, department))
            chat = ConsoleChat(
                app.host, user, sys.stdout, ansi=interactive and sys.stdout.isatty()
            )
            if not interactive:
                runner.run(chat.open())  # a guideline that is due precedes the first line
                return runner.run(chat.run_lines(sys.stdin))
            return _interactive(runner, chat, settings.language)
        finally:
            runner.run(context.__aexit__(None, None, None))


async def join_department(admin: AdminService, user: str, department: str) -> None:
    """Trying a department: the console user is assigned to it (created if new)."""
    actor = Actor("cli", user)
    with contextlib.suppress(AdminError):  # it exists already
        await admin.add_department(department, actor)
    await admin.assign_user(Platform.CONSOLE.value, user, department, actor)


def _interactive(runner: asyncio.Runner, chat: ConsoleChat, language: str) -> int:
    enable_line_editing()
    texts = engine_texts()
    print(texts.get(language, "console.banner") + "\n")
    runner.run(chat.open())  # a guideline that is due is shown before the first message
    while True:
        try:
            text = read_message("> ")
        except KeyboardInterrupt:
            print()
            break
        if text is None:
            print()
            break
        if text:
            runner.run(chat.send(text))
    print(texts.get(language, "console.bye"))
    return 0
