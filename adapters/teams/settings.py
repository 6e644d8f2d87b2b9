"""Teams settings: the Bot Framework's usual variable names, or the same with ``LOTSE_TEAMS_``."""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Teams redelivers a request that gets no answer within 15 seconds; replies slower than this
# are acknowledged at once and sent proactively.
DEFAULT_INLINE_SECONDS = 5.0
# A Teams activity is a few KiB; even a long pasted note with mentions stays far below this.
DEFAULT_MAX_BODY_BYTES = 256 * 1024


def _env(name: str, bot_framework_name: str | None = None) -> AliasChoices:
    names = [f"LOTSE_TEAMS_{name}"]
    if bot_framework_name:
        names.append(bot_framework_name)
    return AliasChoices(*names)


class TeamsSettings(BaseSettings):
    """Credentials and limits of the Teams endpoint (``POST /api/messages``).

    With no app id, authentication is off (local development, Agents Playground)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

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
    # Where the keys that sign incoming tokens are published (sovereign clouds, local tests).
    openid_metadata_url: str | None = Field(
        default=None, validation_alias=_env("OPENID_METADATA_URL")
    )
    max_body_bytes: int = Field(
        default=DEFAULT_MAX_BODY_BYTES, ge=4096, validation_alias=_env("MAX_BODY_BYTES")
    )
    inline_seconds: float = Field(
        default=DEFAULT_INLINE_SECONDS, gt=0, le=12, validation_alias=_env("INLINE_SECONDS")
    )

    @property
    def auth_enabled(self) -> bool:
        return bool(self.app_id)
