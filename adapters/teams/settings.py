"""Teams settings (the ``teams`` section): ``LOTSE_TEAMS_*``, or the Bot Framework's usual
variable names for the app's credentials (``MicrosoftAppId``, …)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import NoDecode

# Teams redelivers a request that gets no answer within 15 seconds; replies slower than this
# are acknowledged at once and sent proactively.
DEFAULT_INLINE_SECONDS = 5.0
# A Teams activity is a few KiB; even a long pasted note with mentions stays far below this.
DEFAULT_MAX_BODY_BYTES = 256 * 1024
# The Bot Connector sends a request in one go; a client slower than this holds a connection
# (and a slot of the server) for nothing.
DEFAULT_HEADER_TIMEOUT_SECONDS = 10.0
DEFAULT_BODY_TIMEOUT_SECONDS = 30.0


def _env(name: str, bot_framework_name: str | None = None) -> AliasChoices:
    """The variable names of one setting; the command line reads them (by field name in the
    TOML file's ``[teams]`` table)."""
    names = [f"LOTSE_TEAMS_{name}"]
    if bot_framework_name:
        names.append(bot_framework_name)
    return AliasChoices(*names)


def _comma_list(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class TeamsMode(StrEnum):
    """How ``POST /api/messages`` is served."""

    OFF = "off"  # no app id: not served at all
    DEVELOPMENT = "development"  # LOTSE_TEAMS_AUTH=off: no token check, loopback only
    AUTHENTICATED = "on"  # every request's Bot Framework token is checked


class TeamsSettings(BaseModel):
    """Credentials, limits and allowlists of the Teams endpoint (``POST /api/messages``).

    Without an app id the endpoint is not served, unless ``LOTSE_TEAMS_AUTH=off`` asks for
    development mode (no authentication, loopback addresses only)."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    app_id: str = Field(default="", validation_alias=_env("APP_ID", "MicrosoftAppId"))
    app_password: SecretStr = Field(
        default=SecretStr(""), validation_alias=_env("APP_PASSWORD", "MicrosoftAppPassword")
    )
    app_tenant_id: str = Field(
        default="", validation_alias=_env("APP_TENANT_ID", "MicrosoftAppTenantId")
    )
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        default="MultiTenant", validation_alias=_env("APP_TYPE", "MicrosoftAppType")
    )
    # "off" is development mode; it is never implied by a missing app id.
    auth: Literal["on", "off"] = Field(default="on", validation_alias=_env("AUTH"))
    # Where the keys that sign incoming tokens are published (sovereign clouds, local tests).
    openid_metadata_url: str | None = Field(
        default=None, validation_alias=_env("OPENID_METADATA_URL")
    )
    # Service URL prefixes replies may go to besides the Bot Framework's own hosts.
    allowed_service_urls: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias=_env("ALLOWED_SERVICE_URLS")
    )
    # Empty: every tenant; else activities from other tenants are refused.
    allowed_tenants: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias=_env("ALLOWED_TENANTS")
    )
    max_body_bytes: int = Field(
        default=DEFAULT_MAX_BODY_BYTES, ge=4096, validation_alias=_env("MAX_BODY_BYTES")
    )
    header_timeout_seconds: float = Field(
        default=DEFAULT_HEADER_TIMEOUT_SECONDS,
        gt=0,
        le=300,
        validation_alias=_env("HEADER_TIMEOUT_SECONDS"),
    )
    body_timeout_seconds: float = Field(
        default=DEFAULT_BODY_TIMEOUT_SECONDS,
        gt=0,
        le=300,
        validation_alias=_env("BODY_TIMEOUT_SECONDS"),
    )
    inline_seconds: float = Field(
        default=DEFAULT_INLINE_SECONDS, gt=0, le=12, validation_alias=_env("INLINE_SECONDS")
    )

    _split_lists = field_validator("allowed_service_urls", "allowed_tenants", mode="before")(
        _comma_list
    )

    @property
    def mode(self) -> TeamsMode:
        if self.auth == "off":
            return TeamsMode.DEVELOPMENT
        return TeamsMode.AUTHENTICATED if self.app_id else TeamsMode.OFF

    @property
    def auth_enabled(self) -> bool:
        return self.mode is TeamsMode.AUTHENTICATED
