"""``lotse serve``: one aiohttp server for the Teams endpoint plus every other configured
adapter (Matrix) in the same process, with health and readiness probes."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Sequence
from typing import Protocol

from aiohttp import web

from bot.config import Settings
from lotse.app import App, open_app

log = logging.getLogger("lotse.serve")

APP_KEY = web.AppKey("lotse_app", App)


class ServerAdapter(Protocol):
    """A platform adapter that lives inside ``lotse serve``."""

    name: str

    async def start(self, app: App, web_app: web.Application) -> None:
        """Add routes to ``web_app`` (before it starts) and/or start background work."""

    async def stop(self) -> None:
        """Stop background work; called once on shutdown, also after a failed start."""


async def healthz(request: web.Request) -> web.Response:
    """The process is alive."""
    del request
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """The database answers and its schema is current."""
    app = request.app[APP_KEY]
    ready = await app.store.schema_current()
    return web.json_response(
        {"status": "ready" if ready else "not ready"}, status=200 if ready else 503
    )


MAINTENANCE_INTERVAL_SECONDS = 3600.0


async def maintain(app: App, interval: float) -> None:
    """Retention housekeeping for a long-running server: expired conversation state and old
    redelivery claims are deleted every ``interval`` seconds; a failure waits for the next."""
    while True:
        await asyncio.sleep(interval)
        try:
            purged = await app.engine.purge_expired()
            log.info("maintenance done", extra={"rows": purged})
        except Exception as error:
            log.warning("maintenance failed", extra={"error": type(error).__name__})


def build_web_app(app: App) -> web.Application:
    web_app = web.Application()
    web_app[APP_KEY] = app
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    return web_app


async def serve(app: App, adapters: Sequence[ServerAdapter], host: str, port: int) -> None:
    """Run until SIGINT/SIGTERM; adapters are stopped in reverse order."""
    web_app = build_web_app(app)
    started: list[ServerAdapter] = []
    runner = web.AppRunner(web_app, access_log=None)
    try:
        for adapter in adapters:
            await adapter.start(app, web_app)
            started.append(adapter)
            log.info("adapter started", extra={"adapter": adapter.name})
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        log.info("listening", extra={"host": host, "port": port})
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        maintenance = asyncio.create_task(maintain(app, MAINTENANCE_INTERVAL_SECONDS))
        await stop.wait()
        maintenance.cancel()
    finally:
        for adapter in reversed(started):
            await adapter.stop()
        await runner.cleanup()


def adapters_for(app: App) -> list[ServerAdapter]:
    """The adapters this configuration asks for, in start order."""
    del app
    from adapters.teams import TeamsAdapter

    adapters: list[ServerAdapter] = [TeamsAdapter()]
    if os.environ.get("LOTSE_MATRIX_HOMESERVER"):  # Matrix only when configured
        from adapters.matrix.adapter import MatrixAdapter
        from adapters.matrix.settings import MatrixSettings

        adapters.append(MatrixAdapter(MatrixSettings()))  # type: ignore[call-arg]
    return adapters


def run_server(app_settings: Settings) -> None:
    async def main() -> None:
        async with open_app(app_settings) as app:
            await serve(app, adapters_for(app), app_settings.host, app_settings.port)

    asyncio.run(main())
