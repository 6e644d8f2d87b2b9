"""LLM settings (``LOTSE_LLM_*``): which backend and model, and the limits around every call.

The SDK's own variables stay the SDK's: ``ANTHROPIC_API_KEY``, ``ANTHROPIC_BASE_URL``,
``AWS_REGION`` and the AWS credential chain for Bedrock, ``CLOUD_ML_REGION`` and
``ANTHROPIC_VERTEX_PROJECT_ID`` with Google's application default credentials for Vertex.
Lotse only looks at a few of them (:class:`ProviderEnvironment`). An OpenAI-compatible server
(``openai``) has its own section, ``LOTSE_OPENAI_*`` (``bot.llm.openai_settings``); the limits
below apply to every provider.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

Provider = Literal["offline", "anthropic", "bedrock", "vertex", "openai"]
DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-4-5"


class LLMSettings(BaseModel):
    """Which model backend, which models, and the limits around every call."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    # None: "anthropic" when ANTHROPIC_API_KEY is set, else "offline" (decided when the
    # settings are read, see bot.config.Settings).
    provider: Provider | None = None
    model: str | None = None  # required for bedrock and vertex (their model ids differ)
    fast_model: str | None = None  # for routing; defaults to ``model``
    max_tokens: int = Field(default=1024, ge=64, le=64_000)
    summary_max_tokens: int = Field(default=4096, ge=256, le=64_000)
    temperature: float | None = Field(default=None, ge=0.0, le=1.0)  # None: the model's default
    timeout_seconds: float = Field(default=30.0, gt=0)  # one attempt
    deadline_seconds: float = Field(default=90.0, gt=0)  # all attempts and waits together
    max_attempts: int = Field(default=4, ge=1, le=10)
    backoff_initial_seconds: float = Field(default=0.5, ge=0)
    backoff_max_seconds: float = Field(default=8.0, ge=0)
    # Tokens (in + out) per day; None: no limit.
    daily_tokens_per_user: int | None = Field(default=None, ge=0)
    daily_tokens_per_department: int | None = Field(default=None, ge=0)
    summary_chunk_chars: int = Field(default=12_000, ge=1_000)
    route_with_model: bool = True
    aws_region: str | None = None  # else AWS_REGION / AWS_DEFAULT_REGION
    vertex_region: str | None = None  # else CLOUD_ML_REGION
    vertex_project_id: str | None = None  # else ANTHROPIC_VERTEX_PROJECT_ID

    @property
    def effective_provider(self) -> Provider:
        return self.provider or "offline"

    def model_for(self, tier: str) -> str:
        """The Anthropic model (API, Bedrock, Vertex) for ``tier``; an OpenAI-compatible
        server names its own (``OpenAISettings.model_for``)."""
        model = self.model or DEFAULT_ANTHROPIC_MODEL
        return (self.fast_model or model) if tier == "fast" else model


class ProviderEnvironment(BaseModel):
    """The model SDKs' own variables Lotse looks at, too (the SDKs read them themselves):
    whether there is an Anthropic key (the default provider), a Bedrock bearer token (no AWS
    SDK needed then), and the regions the ``about`` answer names."""

    model_config = ConfigDict(extra="ignore")

    anthropic_api_key: SecretStr | None = None
    anthropic_auth_token: SecretStr | None = None
    aws_bearer_token_bedrock: SecretStr | None = None
    aws_region: str | None = None
    aws_default_region: str | None = None
    cloud_ml_region: str | None = None

    @property
    def anthropic_key_set(self) -> bool:
        return _set(self.anthropic_api_key) or _set(self.anthropic_auth_token)

    @property
    def bedrock_token_set(self) -> bool:
        return _set(self.aws_bearer_token_bedrock)


def _set(secret: SecretStr | None) -> bool:
    return secret is not None and bool(secret.get_secret_value())
