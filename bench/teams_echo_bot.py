"""A bare botbuilder aiohttp echo bot: the baseline for ``teams_load.py``.

``python bench/teams_echo_bot.py PORT [--tuned]`` (authentication off, like Lotse in the
benchmark). ``--tuned`` applies the msrest retry-policy fix Lotse applies at start (see
``adapters/teams/sdk.py``), so the comparison also shows Lotse's own overhead."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication


class EchoBot(ActivityHandler):  # type: ignore[misc]
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(f"Echo: {turn_context.activity.text}")


def main() -> None:
    if "--tuned" in sys.argv[2:]:
        from msrest.universal_http.requests import ClientRetryPolicy

        ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)  # type: ignore[assignment]
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(SimpleNamespace(APP_ID="")))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.StreamResponse:
        response = await adapter.process(request, bot)
        return response or web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)


if __name__ == "__main__":
    main()
