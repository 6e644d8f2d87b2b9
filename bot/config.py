"""Settings: environment variables with the prefix ``LOTSE_``, an optional ``.env`` file and an
optional TOML file (``LOTSE_CONFIG_FILE``); validated at start with clear errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from sqlalchemy import make_url

from bot.ports import Retention


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lotse"


class Settings(BaseSettings):
    """Every setting Lotse reads. ``lotse config show`` prints the effective values."""

    model_config = SettingsConfigDict(
        env_prefix="LOTSE_", env_file=".env", extra="ignore", validate_default=True
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    # A SQLite or PostgreSQL URL (sqlite:///path, postgresql+asyncpg://…); default: SQLite in
    # data_dir. SQLite runs on a worker thread with the standard driver (see storage.runner).
    database_url: str | None = None
    secret_key: SecretStr | None = None  # pseudonymises user ids; default: a key file in data_dir
    language: Literal["de", "en"] = "de"
    default_department: str = "Allgemein"
    admins: Annotated[list[str], NoDecode] = Field(
        default_factory=list
    )  # bootstrap global admins: user ids
    policy_file: Path | None = None  # replaces the shipped AI policy
    state_ttl_minutes: int = Field(default=60, ge=1, le=60 * 24 * 30)
    # Per-process cache of departments, toggles and acknowledgements; changes made by another
    # instance sharing the database are seen after at most this long (0 turns it off).
    cache_seconds: float = Field(default=5.0, ge=0, le=300)
    # Several instances on one PostgreSQL: each renews a heartbeat row this often; an
    # instance whose heartbeat is older than the stale time counts as gone, and another takes
    # over its unanswered events (and the Matrix sync).
    instance_heartbeat_seconds: float = Field(default=5.0, gt=0, le=60)
    instance_stale_seconds: float = Field(default=15.0, gt=0, le=600)
    # Retention in days per kind of record (see bot.ports.Retention and the README).
    retention_audit_days: int = Field(default=365, ge=1)
    retention_usage_days: int = Field(default=365, ge=1)
    retention_feedback_days: int = Field(default=365, ge=1)
    retention_events_days: int = Field(default=7, ge=1)
    retention_reminders_days: int = Field(default=365, ge=1)
    retention_cache_days: int = Field(default=30, ge=1)
    max_message_chars: int = Field(default=20_000, ge=100)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    host: str = "127.0.0.1"  # lotse serve
    port: int = Field(default=3978, ge=1, le=65535)
    config_file: Path | None = None

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        del file_secret_settings  # secrets come from the environment only
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings, dotenv_settings]
        config_file = os.environ.get("LOTSE_CONFIG_FILE")
        if config_file:
            path = Path(config_file)
            if not path.is_file():
                raise ValueError(f"LOTSE_CONFIG_FILE points to a missing file: {path}")
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    @property
    def retention(self) -> Retention:
        return Retention(
            audit_days=self.retention_audit_days,
            usage_days=self.retention_usage_days,
            feedback_days=self.retention_feedback_days,
            events_days=self.retention_events_days,
            reminders_days=self.retention_reminders_days,
            cache_days=self.retention_cache_days,
        )

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'lotse.sqlite3'}"

    def masked(self) -> dict[str, str]:
        """The effective settings for display, with secrets and passwords masked."""
        shown = masked_settings(self, "LOTSE_")
        shown["LOTSE_DATABASE_URL"] = make_url(self.effective_database_url).render_as_string(
            hide_password=True
        )
        return shown


def masked_settings(settings: BaseSettings, prefix: str) -> dict[str, str]:
    """Any settings object as ``{PREFIX_NAME: value}`` for display; secrets are masked."""
    shown: dict[str, str] = {}
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            text = "********" if value.get_secret_value() else ""
        elif value is None:
            text = ""
        elif isinstance(value, list | tuple | frozenset | set):
            text = ",".join(str(v) for v in value)
        else:
            text = str(value)
        shown[f"{prefix}{name.upper()}"] = text
    return shown
