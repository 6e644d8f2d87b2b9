"""The one module that knows botbuilder: authentication, sending, proactive messages.

Everything else in the adapter works on plain activity JSON, so this module is what a move to
the Microsoft 365 Agents SDK replaces. It also maps botbuilder 4.17.1's quirks at the edge:
failed authentication raises ``PermissionError``, ``jwt`` errors or a bare ``Exception``
(``CloudAdapter.process`` turns most into 500) — here every failure before the bot's turn
starts is a 401, and invoke answers are the bot's own, never botbuilder's 500/501.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import Activity, ConversationReference, Entity
from botframework.connector import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ConnectorFactory,
    ServiceClientCredentialsFactory,
)
from msrest.universal_http.requests import ClientRetryPolicy

from adapters.teams.exposure import TEAMS_CHANNEL, ServiceUrls
from adapters.teams.ports import InvokeAnswer
from adapters.teams.settings import TeamsSettings
from bot.failures import log_failure

log = logging.getLogger("lotse.teams")

# Public-cloud values: setting one custom auth URL switches botbuilder to its parameterised
# authentication, which needs every one of them.
_PUBLIC_CLOUD = {
    "TO_CHANNEL_FROM_BOT_LOGIN_URL": "https://login.microsoftonline.com/botframework.com",
    "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE": "https://api.botframework.com",
    "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": "https://api.botframework.com",
    "OAUTH_URL": "https://api.botframework.com",
    "TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL": (
        "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration"
    ),
    "CALLER_ID": "urn:botframework:azure",
}

_additional_properties_enabled = False


def _enable_entity_extras() -> None:
    """Without this, botbuilder drops every entity field but ``type`` (the AI label's
    ``additionalType``, stream info) from outgoing activities."""
    global _additional_properties_enabled
    if not _additional_properties_enabled:
        Entity.enable_additional_properties_sending()
        _additional_properties_enabled = True


def _cheapen_retry_policy() -> None:
    """botbuilder builds two msrest clients per turn (connector, user token), and each builds
    a retry policy whose status list tests ``range(999)`` against a 502-item *list*: about
    3.5 ms of CPU per client, most of a bare bot's per-message cost. The same codes in a
    frozenset give the identical policy (same list, same order) in ~50 µs."""
    if isinstance(ClientRetryPolicy.safe_codes, list):
        ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)  # type: ignore[assignment]


_REMEMBERED_TOKENS = 1024  # valid Authorization headers kept until expiry (~1 MB at most)
_MAX_CONNECTORS = 64  # per (app id, service URL, audience): Teams uses a few regional URLs


class ServiceUrlRefused(PermissionError):
    """A send to a service URL off the allowlist (nothing was sent)."""


class _ReusedConnectors(ConnectorFactory):  # type: ignore[misc]
    """Hands out one connector client per app id, service URL and audience instead of a new
    one per turn (a fresh HTTP session, hence a fresh TCP connection, for every reply). The
    legacy ``BotFrameworkAdapter`` caches its clients the same way; tokens are still checked
    for expiry on every call by the credentials inside.

    Every way out (replies, proactive messages) gets its client here, so this is also where a
    service URL off the allowlist is refused, whatever path led to it."""

    def __init__(
        self,
        inner: ConnectorFactory,
        app_id: str | None,
        cache: dict[Any, ConnectorClient],
        service_urls: ServiceUrls,
    ) -> None:
        self._inner = inner
        self._app_id = app_id
        self._cache = cache
        self._service_urls = service_urls

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        if not self._service_urls.allows(service_url):
            raise ServiceUrlRefused("service URL not on the allowlist")
        key = (self._app_id, service_url, audience)
        client = self._cache.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            if len(self._cache) >= _MAX_CONNECTORS:
                self._cache.clear()
            self._cache[key] = client
        return client


def _app_id(claims: Any) -> str | None:
    """The app id botbuilder's own connector factory uses (audience claim, else appid)."""
    app_id = claims.get_claim_value(AuthenticationConstants.AUDIENCE_CLAIM)
    if app_id is None:
        app_id = claims.get_claim_value(AuthenticationConstants.APP_ID_CLAIM)
    return app_id  # type: ignore[no-any-return]


class _ReusingAuthentication(BotFrameworkAuthentication):  # type: ignore[misc]
    """botbuilder's authentication, with connector clients reused and service URLs guarded
    (for incoming turns and proactive messages alike)."""

    def __init__(self, inner: BotFrameworkAuthentication, service_urls: ServiceUrls) -> None:
        self._inner = inner
        self._service_urls = service_urls
        self._connectors: dict[Any, ConnectorClient] = {}

    def _reused(self, factory: ConnectorFactory, claims: Any) -> _ReusedConnectors:
        return _ReusedConnectors(factory, _app_id(claims), self._connectors, self._service_urls)

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = self._reused(
                result.connector_factory, result.claims_identity
            )
        return result

    async def authenticate_streaming_request(self, *args: Any) -> Any:
        return await self._inner.authenticate_streaming_request(*args)

    def create_connector_factory(self, claims_identity: Any) -> Any:
        factory = self._inner.create_connector_factory(claims_identity)
        return self._reused(factory, claims_identity)

    async def create_user_token_client(self, *args: Any) -> Any:
        return await self._inner.create_user_token_client(*args)

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return str(self._inner.get_originating_audience())

    async def authenticate_channel_request(self, auth_header: str) -> Any:
        return await self._inner.authenticate_channel_request(auth_header)


class SdkTurn:
    """One incoming activity's reply path (SDK-neutral surface for the bot logic)."""

    def __init__(self, context: TurnContext, activity: Mapping[str, Any]) -> None:
        self._context = context
        self.activity = activity

    async def send(self, activity: Mapping[str, Any]) -> str | None:
        """Send into the conversation (threaded as a reply); returns the new activity's id."""
        response = await self._context.send_activity(Activity().deserialize(dict(activity)))
        return getattr(response, "id", None)

    def reference(self) -> ConversationReference:
        """An opaque handle for sending to this conversation and thread later."""
        return TurnContext.get_conversation_reference(self._context.activity)


Logic = Callable[[SdkTurn], Awaitable[InvokeAnswer | None]]


@dataclass(frozen=True, slots=True)
class EdgeResult:
    status: int
    body: Mapping[str, Any] | None = None


class BotFrameworkEdge:
    """Authenticates incoming activities, runs the bot's logic, sends proactively.

    ``credentials_factory`` is a test seam: production leaves it None, so outgoing calls get
    Azure AD tokens for the configured app."""

    def __init__(
        self,
        settings: TeamsSettings,
        credentials_factory: ServiceClientCredentialsFactory | None = None,
        service_urls: ServiceUrls | None = None,
    ) -> None:
        _enable_entity_extras()
        _cheapen_retry_policy()
        self._app_id = settings.app_id
        config = SimpleNamespace(
            APP_ID=settings.app_id,
            APP_PASSWORD=settings.app_password.get_secret_value(),
            APP_TENANTID=settings.app_tenant_id,
            APP_TYPE=settings.app_type,
        )
        # With auth off the metadata URL has no use, and botbuilder's parameterised path would
        # then reject requests without a token.
        if settings.openid_metadata_url and settings.auth_enabled:
            vars(config).update(_PUBLIC_CLOUD)
            config.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = settings.openid_metadata_url
        auth = ConfigurationBotFrameworkAuthentication(
            config, credentials_factory=credentials_factory
        )
        service_urls = service_urls or ServiceUrls.from_settings(settings)
        self._auth = _ReusingAuthentication(auth, service_urls)
        self._adapter = CloudAdapter(self._auth)
        self._auth_required = settings.auth_enabled
        self._valid_tokens: dict[str, float] = {}  # header -> its token's expiry (epoch s)

    async def authenticate_header(self, auth_header: str | None) -> bool:
        """The token alone (signature, issuer, audience, expiry, Teams endorsement), so that a
        request without a valid one is refused before its body is read. ``process`` checks
        it again with the activity (service URL claim).

        The Bot Framework sends the same token for an hour of requests, and a check costs
        about a millisecond of CPU: a header found valid is remembered until its token
        expires (the full check in ``process`` still runs on every request)."""
        if not self._auth_required:
            return True
        header = auth_header or ""
        if not header.startswith("Bearer "):
            return False
        expiry = self._valid_tokens.get(header)
        if expiry is not None and time.time() < expiry:
            return True
        try:
            result = await self._auth.authenticate_streaming_request(header, TEAMS_CHANNEL)
        except Exception as error:
            log_failure(log, "request rejected before its body", error, level=logging.INFO)
            return False
        expires = result.claims_identity.claims.get("exp")
        if isinstance(expires, int | float):
            if len(self._valid_tokens) >= _REMEMBERED_TOKENS:
                self._valid_tokens.clear()
            self._valid_tokens[header] = float(expires)
        return True

    async def process(
        self, body: Mapping[str, Any], auth_header: str | None, logic: Logic
    ) -> EdgeResult:
        if self._auth_required and not (auth_header or "").startswith("Bearer "):
            return EdgeResult(401)
        answer: list[InvokeAnswer | None] = []

        async def run(context: TurnContext) -> None:
            answer.append(None)  # marks that authentication passed
            answer[0] = await logic(SdkTurn(context, body))

        activity = Activity().deserialize(dict(body))
        try:
            await self._adapter.process_activity(auth_header or "", activity, run)
        except Exception as error:
            if not answer:
                log_failure(log, "request rejected before the turn", error, level=logging.WARNING)
                return EdgeResult(401)
            log_failure(log, "turn failed after authentication", error)
            return EdgeResult(200)
        result = answer[0] if answer else None
        if result is None:
            return EdgeResult(200 if activity.type == "invoke" else 201)
        return EdgeResult(result.status, result.body)

    async def send_proactive(self, reference: Any, activity: Mapping[str, Any]) -> str | None:
        """Send to a conversation outside an incoming request (slow replies)."""
        sent: list[str | None] = []

        async def send(context: TurnContext) -> None:
            # The continuation activity has a fresh id; replying "to" it would leave the
            # thread. Point it at the original activity, as a reactive reply would.
            context.activity.id = reference.activity_id
            response = await context.send_activity(Activity().deserialize(dict(activity)))
            sent.append(getattr(response, "id", None))

        await self._adapter.continue_conversation(reference, send, self._app_id or None)
        return sent[0] if sent else None
