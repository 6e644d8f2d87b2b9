"""``POST /api/messages`` in ``lotse serve``: token from the header first, then the body
(size, time and depth limits), the activity gate, then the Bot Framework."""

from __future__ import annotations

import logging

from aiohttp import web
from botframework.connector.auth import ServiceClientCredentialsFactory

from adapters.teams.body import BodyTooLarge, BodyTooSlow, parse_activity, read_limited
from adapters.teams.exposure import ActivityGate, ServiceUrls, check_exposure
from adapters.teams.sdk import BotFrameworkEdge
from adapters.teams.settings import TeamsMode, TeamsSettings
from adapters.teams.turns import TeamsBot
from bot.serving import ServerHost

log = logging.getLogger("lotse.teams")

ROUTE = "/api/messages"


def _error(message: str, status: int) -> web.Response:
    return web.json_response({"error": message}, status=status)


class TeamsAdapter:
    """The Teams adapter inside ``lotse serve``.

    Without an app id it serves nothing (``status`` says so), unless development mode is
    asked for with ``LOTSE_TEAMS_AUTH=off``. ``credentials_factory`` exists for tests only
    (replies to a local fake Bot Connector without Azure AD tokens); ``lotse serve`` never
    passes it."""

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
        self.status = "not started"

    async def start(self, host: ServerHost, web_app: web.Application) -> None:
        settings = self._settings or TeamsSettings()
        check_exposure(settings, host.bind_address)
        mode = settings.mode
        self.status = mode.value
        if mode is TeamsMode.OFF:
            log.warning(
                "Teams is off: no app id is set, so %s is not served. Set MicrosoftAppId "
                "(or LOTSE_TEAMS_APP_ID) to turn it on, or LOTSE_TEAMS_AUTH=off for local "
                "development without authentication.",
                ROUTE,
            )
            return
        if mode is TeamsMode.DEVELOPMENT:
            log.warning(
                "Teams authentication is OFF (LOTSE_TEAMS_AUTH=off): %s accepts unauthenticated "
                "requests on this loopback address. Use this only for local development.",
                ROUTE,
            )
        service_urls = ServiceUrls.from_settings(settings)
        gate = ActivityGate(settings, service_urls)
        edge = BotFrameworkEdge(settings, self._credentials_factory, service_urls)
        bot = TeamsBot(host, edge, settings.inline_seconds)
        self._bot = bot
        limit, seconds = settings.max_body_bytes, settings.body_timeout_seconds

        async def messages(request: web.Request) -> web.StreamResponse:
            authorization = request.headers.get("Authorization")
            if not await edge.authenticate_header(authorization):
                return _error("unauthorized", 401)  # the body is never read
            try:
                raw = await read_limited(request, limit, seconds)
            except BodyTooLarge:
                return _error("payload too large", 413)
            except BodyTooSlow:
                log.info("request body too slow; refused")
                return _error("request timeout", 408)
            activity = parse_activity(raw)
            if activity is None:
                return _error("not a Bot Framework activity", 400)
            refusal = gate.refusal(activity)
            if refusal is not None:
                log.warning("activity refused", extra={"reason": refusal})
                return _error("forbidden", 403)
            result = await edge.process(activity, authorization, bot.on_turn)
            if result.status == 401:
                return _error("unauthorized", 401)
            if result.body is not None:
                return web.json_response(dict(result.body), status=result.status)
            return web.Response(status=result.status)

        web_app.router.add_post(ROUTE, messages)

    async def stop(self) -> None:
        if self._bot is not None:
            await self._bot.close()
