"""The engine's settings: the core values and the model sections (``llm``, ``openai``, the
model SDKs' own environment). Plain models: the command line (``lotse.settings``) reads them
from the environment and the optional TOML file, once, and passes the tree down; nothing below
it reads the environment. Adapters and skills find their own section with :meth:`section`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import NoDecode

from bot.llm.openai_settings import OpenAISettings
from bot.llm.settings import LLMSettings, ProviderEnvironment
from bot.ports import Retention

SectionT = TypeVar("SectionT", bound=BaseModel)


def default_data_dir(data_home: str | None = None) -> Path:
    """``$XDG_DATA_HOME/lotse``, else ``~/.local/share/lotse``."""
    return Path(data_home or Path.home() / ".local" / "share") / "lotse"


class Settings(BaseModel):
    """Every core setting (``LOTSE_<NAME>``); ``lotse config show`` prints the effective tree."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    data_dir: Path = Field(default_factory=default_data_dir)
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
    # How long a skill remembers the topic of its last answer for follow-up questions ("Und
    # was verdient man da?" after an occupation's card).
    recent_ttl_minutes: int = Field(default=30, ge=1, le=60 * 24)
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
    # "text": a line with key=value pairs; "json": one JSON object per line (log collectors).
    log_format: Literal["text", "json"] = "text"
    # lotse serve on SIGTERM: turns in flight get this long to finish and deliver their replies.
    shutdown_grace_seconds: float = Field(default=10.0, ge=0, le=600)
    # GET /metrics (Prometheus): served on the main port only with this bearer token; without
    # one only on metrics_port (bound to metrics_host, loopback by default), else not at all.
    metrics_token: SecretStr | None = None
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"
    host: str = "127.0.0.1"  # lotse serve
    port: int = Field(default=3978, ge=1, le=65535)
    config_file: Path | None = None

    # The model: which backend and its limits, an OpenAI-compatible server, and what the
    # model SDKs read from the environment themselves.
    llm: LLMSettings = Field(default_factory=LLMSettings)
    openai: OpenAISettings = Field(default_factory=OpenAISettings)
    sdk: ProviderEnvironment = Field(default_factory=ProviderEnvironment)

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

    @model_validator(mode="after")
    def _default_provider(self) -> Settings:
        # No provider named: Anthropic when its SDK finds a key in the environment, else offline.
        if self.llm.provider is None:
            provider = "anthropic" if self.sdk.anthropic_key_set else "offline"
            self.llm = self.llm.model_copy(update={"provider": provider})
        return self

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

    def section(self, kind: type[SectionT]) -> SectionT:
        """The section of type ``kind`` (a skill's or an adapter's own settings), or its
        defaults when this tree has none (e.g. a skill built on the core settings alone)."""
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, kind):
                return value
        return kind()
