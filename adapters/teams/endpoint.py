"""``POST /api/messages`` in ``lotse serve``: size limit, JSON check, then the Bot Framework."""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web
from botframework.connector.auth import ServiceClientCredentialsFactory

from adapters.teams.sdk import BotFrameworkEdge
from adapters.teams.settings import TeamsSettings
from adapters.teams.turns import TeamsBot
from lotse.app import App

log = logging.getLogger("lotse.teams")

ROUTE = "/api/messages"


class BodyTooLarge(Exception):
    pass


async def read_limited(request: web.Request, limit: int) -> bytes:
    """The body, refusing more than ``limit`` bytes without reading them all."""
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def parse_activity(raw: bytes) -> dict[str, Any] | None:
    """The activity object, or None when the body is not an activity."""
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str):
        return None
    return body


class TeamsAdapter:
    """The Teams adapter inside ``lotse serve``.

    ``credentials_factory`` exists for tests only (replies to a local fake Bot Connector
    without Azure AD tokens); ``lotse serve`` never passes it."""

    name = "teams"

    def __init__(
        self,
        settings: TeamsSettings | None = None,
        *,
        credentials_factory: ServiceClientCredentialsFactory | None = None,
    ) -> None:
        self._settings = settings
        self._credentials_factory = credentials_factory
        self._bot: TeamsBot | None = None

    async def start(self, app: App, web_app: web.Application) -> None:
        settings = self._settings or TeamsSettings()
        if not settings.auth_enabled:
            log.warning(
                "Teams authentication is OFF: no MicrosoftAppId / LOTSE_TEAMS_APP_ID is set, "
                "so %s accepts unauthenticated requests. Use this only for local development.",
                ROUTE,
            )
        edge = BotFrameworkEdge(settings, self._credentials_factory)
        bot = TeamsBot(app, edge, settings.inline_seconds)
        self._bot = bot
        limit = settings.max_body_bytes

        async def messages(request: web.Request) -> web.StreamResponse:
            try:
                raw = await read_limited(request, limit)
            except BodyTooLarge:
                return web.json_response({"error": "payload too large"}, status=413)
            activity = parse_activity(raw)
            if activity is None:
                return web.json_response({"error": "not a Bot Framework activity"}, status=400)
            result = await edge.process(
                activity, request.headers.get("Authorization"), bot.on_turn
            )
            if result.status == 401:
                return web.json_response({"error": "unauthorized"}, status=401)
            if result.body is not None:
                return web.json_response(dict(result.body), status=result.status)
            return web.Response(status=result.status)

        web_app.router.add_post(ROUTE, messages)

    async def stop(self) -> None:
        if self._bot is not None:
            await self._bot.close()
