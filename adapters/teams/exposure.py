"""Who may reach the Teams endpoint and where replies may go: the start-up check of the mode,
and the per-activity gate (channel, service URL, tenant) applied before a turn runs."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from adapters.teams.settings import TeamsMode, TeamsSettings
from bot.yaml_data import load_yaml

TEAMS_CHANNEL = "msteams"
_DEFAULT_PORTS = {"http": 80, "https": 443}


class TeamsConfigError(Exception):
    """A Teams configuration Lotse refuses to start with; the message names the setting."""


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback IP address (``127.0.0.0/8``, ``::1``)."""
    host = host.strip().strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(settings: TeamsSettings, host: str) -> None:
    """Refuse development mode (no authentication) anywhere but on a loopback address, and
    an allowlist entry that is no URL prefix."""
    ServiceUrls.from_settings(settings)
    if settings.auth == "off" and settings.app_id:
        raise TeamsConfigError(
            "LOTSE_TEAMS_AUTH=off (development mode, no authentication) and an app id "
            "(MicrosoftAppId / LOTSE_TEAMS_APP_ID) are both set: remove one of them"
        )
    if settings.mode is TeamsMode.DEVELOPMENT and not is_loopback(host):
        raise TeamsConfigError(
            "LOTSE_TEAMS_AUTH=off (development mode, no authentication) is refused on the "
            f"non-loopback address LOTSE_HOST={host or '(all interfaces)'}: listen on "
            "127.0.0.1, or set MicrosoftAppId / LOTSE_TEAMS_APP_ID and remove LOTSE_TEAMS_AUTH"
        )


@dataclass(frozen=True, slots=True)
class _Prefix:
    scheme: str
    host: str
    port: int | None
    path: str


def _port(scheme: str, port: int | None) -> int | None:
    return port if port is not None else _DEFAULT_PORTS.get(scheme)


def _parse(url: str) -> _Prefix | None:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    # userinfo ("https://smba.trafficmanager.net@evil.example/") would only confuse readers
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname or "@" in parts.netloc:
        return None
    return _Prefix(parts.scheme, parts.hostname.lower(), _port(parts.scheme, port), parts.path)


@cache
def _bot_framework_hosts() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_yaml(Path(__file__).with_name("service_urls.yaml").read_text("utf-8"))
    hosts = frozenset(str(h).lower() for h in data["hosts"])
    return hosts, tuple("." + str(d).lower() for d in data["domains"])


class ServiceUrls:
    """The service URLs replies may go to: the Bot Framework's hosts over https, loopback in
    development mode, and configured prefixes (scheme, host and port exact, path a prefix)."""

    def __init__(self, extra_prefixes: Iterable[str], *, loopback: bool) -> None:
        self._loopback = loopback
        self._prefixes: list[_Prefix] = []
        for raw in extra_prefixes:
            prefix = _parse(raw)
            if prefix is None:
                raise TeamsConfigError(
                    "LOTSE_TEAMS_ALLOWED_SERVICE_URLS holds an entry that is not an http(s) "
                    "URL prefix"
                )
            path = prefix.path if prefix.path.endswith("/") else prefix.path + "/"
            self._prefixes.append(_Prefix(prefix.scheme, prefix.host, prefix.port, path))

    @classmethod
    def from_settings(cls, settings: TeamsSettings) -> ServiceUrls:
        return cls(settings.allowed_service_urls, loopback=settings.mode is TeamsMode.DEVELOPMENT)

    def allows(self, url: object) -> bool:
        if not isinstance(url, str):
            return False
        target = _parse(url)
        if target is None:
            return False
        if self._loopback and is_loopback(target.host):
            return True
        hosts, domains = _bot_framework_hosts()
        official = target.host in hosts or target.host.endswith(domains)
        if official and target.scheme == "https" and target.port == 443:
            return True
        path = target.path if target.path.endswith("/") else target.path + "/"
        return any(
            (p.scheme, p.host, p.port) == (target.scheme, target.host, target.port)
            and path.startswith(p.path)
            for p in self._prefixes
        )


def _tenants(activity: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    channel_data = activity.get("channelData")
    if isinstance(channel_data, Mapping) and isinstance(channel_data.get("tenant"), Mapping):
        found.add(str(channel_data["tenant"].get("id") or ""))
    conversation = activity.get("conversation")
    if isinstance(conversation, Mapping) and "tenantId" in conversation:
        found.add(str(conversation.get("tenantId") or ""))
    return found


class ActivityGate:
    """Refuses activities Lotse must not serve, before authentication hands them to the bot:
    other channels than Teams (outside development mode: Web Chat and Direct Line let the
    client choose its own user id), replies to a service URL off the allowlist, tenants off
    the tenant allowlist."""

    def __init__(self, settings: TeamsSettings, service_urls: ServiceUrls) -> None:
        self._any_channel = settings.mode is TeamsMode.DEVELOPMENT
        self._service_urls = service_urls
        self._tenants = frozenset(settings.allowed_tenants)

    def refusal(self, activity: Mapping[str, Any]) -> str | None:
        """Why this activity is refused (a short reason for the log), or None."""
        if not self._any_channel and activity.get("channelId") != TEAMS_CHANNEL:
            return "channel"
        if not self._service_urls.allows(activity.get("serviceUrl")):
            return "service_url"
        if self._tenants:
            tenants = _tenants(activity)
            if not tenants or not tenants <= self._tenants:
                return "tenant"
        return None
