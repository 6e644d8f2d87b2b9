"""Matrix settings (the ``matrix`` section): ``LOTSE_MATRIX_*``; Matrix runs when a homeserver
is configured."""

from __future__ import annotations

import fnmatch
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import NoDecode

from adapters.matrix.passphrase import store_passphrase


class TrustPolicy(StrEnum):
    """Which devices of the people in a room receive the bot's room keys.

    ``tofu``: trust on first use — a device is trusted the first time the bot sees it and stays
    trusted; a device the bot has blacklisted never receives keys. ``all``: every device
    receives keys without being marked trusted (nio's ``ignore_unverified_devices``)."""

    TOFU = "tofu"
    ALL = "all"


class MatrixSettings(BaseModel):
    """The Matrix account, its store and the room policy; validated at start."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    homeserver: str
    user_id: str = Field(pattern=r"^@[^:\s]+:\S+$")
    password: SecretStr | None = None
    access_token: SecretStr | None = None
    device_id: str | None = None
    store_path: Path | None = None  # default: <LOTSE_DATA_DIR>/matrix
    store_passphrase: SecretStr | None = None
    allowed_inviters: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Who is answered in joined rooms: user ids or patterns (``*:bzh.example``,
    # ``@anna:partner.example``); empty means the same people the inviter allowlist admits, so a
    # stranger who joins a room later is not served.
    allowed_senders: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Answered messages per sender and minute; more get one notice, then silence. 0: no limit.
    rate_limit_per_minute: int = Field(default=20, ge=0)
    trust: TrustPolicy = TrustPolicy.TOFU
    # Messages older than this when first seen (e.g. sent while Lotse was down) are not
    # answered; 0 answers every missed message once.
    ignore_older_than_minutes: int = Field(default=0, ge=0)
    command_prefix: str = "!lotse"
    sync_timeout_ms: int = Field(default=30_000, ge=0)
    # A streaming skill's partial text edits the reply at most this often.
    stream_edit_interval_ms: int = Field(default=1000, ge=0)
    device_name: str = "Lotse"

    @field_validator("allowed_inviters", "allowed_senders", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("homeserver")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL such as https://matrix.example.org")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _credentials(self) -> MatrixSettings:
        if self.access_token is not None and not self.device_id:
            raise ValueError("LOTSE_MATRIX_ACCESS_TOKEN needs LOTSE_MATRIX_DEVICE_ID as well")
        return self

    def with_data_dir(self, data_dir: Path) -> MatrixSettings:
        """These settings with the store directory defaulted into Lotse's data directory."""
        if self.store_path is not None:
            return self
        return self.model_copy(update={"store_path": data_dir / "matrix"})

    def with_store_passphrase(self) -> MatrixSettings:
        """These settings with a generated passphrase when none is configured (the store's
        keys are never pickled with an empty one without a warning)."""
        if self.store_passphrase is not None and self.store_passphrase.get_secret_value():
            return self
        generated = store_passphrase(self.store)
        return self.model_copy(update={"store_passphrase": SecretStr(generated)})

    @property
    def store(self) -> Path:
        if self.store_path is None:
            raise ValueError("LOTSE_MATRIX_STORE_PATH is not resolved (call with_data_dir)")
        return self.store_path

    @property
    def server_name(self) -> str:
        return self.user_id.split(":", 1)[1]

    def inviter_allowed(self, user_id: str) -> bool:
        """Allowlist entries are user ids (``@anna:example.org``) or server names; empty means
        the bot's own server."""
        allowed = self.allowed_inviters or [self.server_name]
        server = user_id.split(":", 1)[1] if ":" in user_id else ""
        return any(entry in (user_id, server) for entry in allowed)

    def sender_allowed(self, user_id: str) -> bool:
        """Whether messages from ``user_id`` are answered (see ``allowed_senders``)."""
        if not self.allowed_senders:
            return self.inviter_allowed(user_id)
        return any(fnmatch.fnmatchcase(user_id, pattern) for pattern in self.allowed_senders)

    @property
    def pickle_key(self) -> str:
        """The passphrase that encrypts the keys in the store (nio's pickle key)."""
        return self.store_passphrase.get_secret_value() if self.store_passphrase else ""
