"""``lotse ask``: one message as the console user, the reply on stdout, then exit.

For scripts: the same user and conversation as ``lotse chat``. When the AI guideline still
has to be acknowledged, the guideline is printed and the exit status is 3 with a hint on
stderr; ``--ja`` acknowledges it (after printing it) and answers the message right away.
"""

from __future__ import annotations

import asyncio
import sys

from adapters.console import ConsoleChat
from bot.config import Settings
from bot.reply import Outcome
from bot.texts import engine_texts
from lotse.app import open_app
from lotse.chat import join_department

EXIT_ERROR = 1
EXIT_GUIDELINE = 3


def run_ask(settings: Settings, user: str, department: str | None, text: str, accept: bool) -> int:
    with asyncio.Runner() as runner:
        context = open_app(settings)
        app = runner.run(context.__aenter__())
        try:
            if department:
                runner.run(join_department(app.admin, user, department))
            chat = ConsoleChat(app.host, user, sys.stdout)
            reply = runner.run(chat.send(text))
            if reply.outcome is Outcome.GATE:
                if not accept:
                    hint = engine_texts().get(reply.language, "console.ask_guideline")
                    print(hint, file=sys.stderr)
                    return EXIT_GUIDELINE
                accept_word = app.engine.services.policy.acknowledgement.accept_words[0]
                reply = runner.run(chat.send(accept_word))
            return EXIT_ERROR if reply.outcome is Outcome.ERROR else 0
        finally:
            runner.run(context.__aexit__(None, None, None))
