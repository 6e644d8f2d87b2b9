"""``lotse serve``: one aiohttp server for the Teams endpoint plus every other configured
adapter (Matrix) in the same process, with health and readiness probes and metrics.

On SIGTERM (or SIGINT) the instance drains: ``/readyz`` answers 503 at once and new requests
are refused with 503, so the proxy sends them to another instance; turns in flight get the
grace period to finish and deliver their replies; then the adapters stop (the Matrix
leadership is released), the instance leaves the cluster and the process exits 0."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Sequence

import click
from aiohttp import web

from adapters.teams.settings import DEFAULT_HEADER_TIMEOUT_SECONDS, TeamsSettings
from bot import metrics
from bot.cluster import StartRefused
from bot.failures import log_failure
from bot.serving import ServerAdapter
from lotse import logs
from lotse.app import App, open_app
from lotse.env_check import environment_names, environment_warnings
from lotse.instances import Membership, sole_sqlite_server
from lotse.metrics import ROUTE as METRICS_ROUTE
from lotse.metrics import Handler, MetricsExposed, metrics_app
from lotse.metrics import check_exposure as check_metrics_exposure
from lotse.metrics import handler as metrics_handler
from lotse.settings import LotseSettings

log = logging.getLogger("lotse.serve")

APP_KEY = web.AppKey("lotse_app", App)


# The adapters started, for /readyz (each may report its ``status``).
ADAPTERS_KEY: web.AppKey[list[ServerAdapter]] = web.AppKey("lotse_adapters")
# Set when the instance stops taking requests (SIGTERM): /readyz says so, new requests fail.
DRAINING_KEY = web.AppKey("lotse_draining", asyncio.Event)
# Answered while draining: the probes, and metrics to watch the drain.
PROBES = frozenset(("/healthz", "/readyz", METRICS_ROUTE))


async def healthz(request: web.Request) -> web.Response:
    """The process is alive."""
    del request
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """The database answers and its schema is current, and the instance is not stopping
    (``"status": "draining"``, 503, from the moment it got SIGTERM); each adapter's state is
    reported (``"teams": "off"`` when the Teams endpoint is not served; ``"matrix":
    "standby"`` on an instance that does not lead the Matrix sync), and this instance's id."""
    app = request.app[APP_KEY]
    adapters = {
        adapter.name: str(getattr(adapter, "status", "running"))
        for adapter in request.app.get(ADAPTERS_KEY, [])
    }
    if request.app[DRAINING_KEY].is_set():
        status, ready = "draining", False
    else:
        ready = await app.store.schema_current()
        status = "ready" if ready else "not ready"
    body = {"status": status, "adapters": adapters, "instance": app.instance.id}
    return web.json_response(body, status=200 if ready else 503)


@web.middleware
async def refuse_while_draining(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A stopping instance takes no new work; the proxy retries it on another instance."""
    if request.app[DRAINING_KEY].is_set() and request.path not in PROBES:
        return web.json_response(
            {"error": "shutting down"}, status=503, headers={"Connection": "close"}
        )
    return await handler(request)


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
            log_failure(log, "maintenance failed", error, level=logging.WARNING)


def build_web_app(app: App) -> web.Application:
    web_app = web.Application(middlewares=[refuse_while_draining])
    web_app[APP_KEY] = app
    web_app[ADAPTERS_KEY] = []
    web_app[DRAINING_KEY] = asyncio.Event()
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    token = app.settings.metrics_token
    if token is not None:  # without a token, only the separate metrics listener serves them
        web_app.router.add_get(METRICS_ROUTE, metrics_handler(app.store, token.get_secret_value()))
    return web_app


async def start_metrics_listener(app: App) -> web.AppRunner | None:
    """``/metrics`` on its own port (``LOTSE_METRICS_PORT``), off the public path."""
    settings = app.settings
    if settings.metrics_port is None:
        return None
    check_metrics_exposure(settings)
    token = settings.metrics_token.get_secret_value() if settings.metrics_token else None
    runner = web.AppRunner(metrics_app(app.store, token), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.metrics_host, settings.metrics_port).start()
    log.info(
        "metrics listening", extra={"host": settings.metrics_host, "port": settings.metrics_port}
    )
    return runner


async def drain(app: App, grace: float) -> bool:
    """Wait up to ``grace`` seconds for the turns in flight to deliver their replies; False
    when some were still running (their claims stay open: another instance answers the
    redelivery once this one has left)."""
    try:
        async with asyncio.timeout(grace):
            await app.host.drained()
    except TimeoutError:
        log.warning("grace period over with turns in flight", extra={"grace_seconds": grace})
        return False
    return True


async def serve(
    app: App,
    adapters: Sequence[ServerAdapter],
    host: str,
    port: int,
    *,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT_SECONDS,
) -> None:
    """Run until SIGINT/SIGTERM; adapters are stopped in reverse order.

    ``header_timeout``: a connection must deliver a request's complete headers within this
    many seconds of opening (or of the previous answer), else it is closed; idle keep-alive
    connections are closed after it too. aiohttp's keep-alive timer runs from the moment a
    connection opens and fires only while no request is being handled, which is exactly that
    rule (its default, an hour, lets a slow client hold a connection that long)."""
    with sole_sqlite_server(app.settings.effective_database_url):
        await _serve(app, adapters, host, port, header_timeout)


async def _serve(
    app: App, adapters: Sequence[ServerAdapter], host: str, port: int, header_timeout: float
) -> None:
    web_app = build_web_app(app)
    started: list[ServerAdapter] = []
    runner = web.AppRunner(web_app, access_log=None, keepalive_timeout=header_timeout)
    membership = Membership(app)
    await membership.start()
    logs.set_instance(app.instance.id)
    metrics.INSTANCE.labels(app.instance.id).set(1)
    metrics_runner: web.AppRunner | None = None
    try:
        metrics_runner = await start_metrics_listener(app)
        for adapter in adapters:
            await adapter.start(app.host, web_app)
            started.append(adapter)
            web_app[ADAPTERS_KEY].append(adapter)
            status = str(getattr(adapter, "status", "running"))
            log.info("adapter started", extra={"adapter": adapter.name, "status": status})
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
        web_app[DRAINING_KEY].set()
        for adapter in started:
            drain_adapter = getattr(adapter, "drain", None)
            if drain_adapter is not None:
                await drain_adapter()
        grace = app.settings.shutdown_grace_seconds
        log.info("stopping: draining", extra={"grace_seconds": grace})
        maintenance.cancel()
        drained = await drain(app, grace)
        log.info("stopping", extra={"outcome": "drained" if drained else "grace over"})
    finally:
        for adapter in reversed(started):
            await adapter.stop()
        await runner.cleanup()
        if metrics_runner is not None:
            await metrics_runner.cleanup()
        await membership.stop()
        log.info("stopped")


def adapters_for(settings: LotseSettings) -> list[ServerAdapter]:
    """The adapters this configuration asks for, in start order (Teams reports itself off
    when it has no app id; Matrix runs when a homeserver is configured)."""
    from adapters.teams.endpoint import TeamsAdapter

    adapters: list[ServerAdapter] = [TeamsAdapter(settings.teams)]
    if settings.matrix is not None:
        from adapters.matrix.adapter import MatrixAdapter

        adapters.append(MatrixAdapter(settings.matrix))
    return adapters


def _check_teams(teams: TeamsSettings, host: str) -> None:
    """A clear refusal naming the setting, before anything starts."""
    from adapters.teams.exposure import TeamsConfigError, check_exposure

    try:
        check_exposure(teams, host)
    except TeamsConfigError as error:
        raise click.ClickException(str(error)) from None


def run_server(app_settings: LotseSettings) -> None:
    for warning in environment_warnings(environment_names(os.environ)):
        log.warning(warning)
    _check_teams(app_settings.teams, app_settings.host)
    try:
        check_metrics_exposure(app_settings)
    except MetricsExposed as error:
        raise click.ClickException(str(error)) from None

    async def main() -> None:
        async with open_app(app_settings) as app:
            await serve(
                app,
                adapters_for(app_settings),
                app_settings.host,
                app_settings.port,
                header_timeout=app_settings.teams.header_timeout_seconds,
            )

    try:
        asyncio.run(main())
    except StartRefused as refusal:
        raise click.ClickException(str(refusal)) from None
