"""``GET /metrics`` of ``lotse serve``: the Prometheus text format, never served openly.

Safe by default: with ``LOTSE_METRICS_TOKEN`` the main port answers ``/metrics`` to requests
bearing that token; with ``LOTSE_METRICS_PORT`` a second listener (``LOTSE_METRICS_HOST``,
loopback unless set) serves it off the public path, also asking for the token when one is
set. With neither, metrics are not served at all."""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics
from bot.config import Settings
from bot.failures import log_failure
from bot.ports import Store

log = logging.getLogger("lotse.metrics")

ROUTE = "/metrics"


class MetricsExposed(Exception):
    """Metrics would be served beyond this host without a token."""


def check_exposure(settings: Settings) -> None:
    """Refuse a metrics listener on a non-loopback address without ``LOTSE_METRICS_TOKEN``:
    the figures name instances and show the traffic, nothing for the network at large."""
    if settings.metrics_port is None or settings.metrics_token is not None:
        return
    if not _loopback(settings.metrics_host):
        raise MetricsExposed(
            f"LOTSE_METRICS_HOST={settings.metrics_host or '(all interfaces)'} would serve "
            "/metrics beyond this host without a token: set LOTSE_METRICS_TOKEN, or keep "
            "LOTSE_METRICS_HOST on a loopback address (the default, 127.0.0.1)."
        )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def authorised(request: web.Request, token: str | None) -> bool:
    if token is None:
        return True
    given = request.headers.get("Authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


async def refresh(store: Store) -> None:
    """The figures read from the database and the pools at scrape time."""
    metrics.DB_CONNECTIONS_IN_USE.set(store.connections_in_use())
    try:
        metrics.CLAIMS_OUTSTANDING.set(await store.events.outstanding())
    except Exception as error:  # the rest of the figures are still worth serving
        log_failure(log, "metrics: claims not counted", error, level=logging.WARNING)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def handler(store: Store, token: str | None) -> Handler:
    async def serve_metrics(request: web.Request) -> web.Response:
        if not authorised(request, token):
            return web.json_response({"error": "unauthorized"}, status=401)
        await refresh(store)
        body = generate_latest(metrics.REGISTRY)
        response = web.Response(body=body)
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    return serve_metrics


def metrics_app(store: Store, token: str | None) -> web.Application:
    """The separate listener's application: ``/metrics`` only."""
    app = web.Application()
    app.router.add_get(ROUTE, handler(store, token))
    return app
