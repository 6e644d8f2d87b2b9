"""LLM settings: environment variables with the prefix ``LOTSE_LLM_`` (and ``.env``).

The SDK's own variables stay the SDK's: ``ANTHROPIC_API_KEY``, ``ANTHROPIC_BASE_URL``,
``AWS_REGION`` and the AWS credential chain for Bedrock, ``CLOUD_ML_REGION`` and
``ANTHROPIC_VERTEX_PROJECT_ID`` with Google's application default credentials for Vertex.
An OpenAI-compatible server (``openai``) has its own variables, ``LOTSE_OPENAI_*``
(``bot.llm.openai_settings``); the limits below apply to every provider.
"""

from __future__ import annotations

import os
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

Provider = Literal["offline", "anthropic", "bedrock", "vertex", "openai"]
DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-4-5"


class LLMSettings(BaseSettings):
    """Which model backend, which models, and the limits around every call."""

    model_config = SettingsConfigDict(
        env_prefix="LOTSE_LLM_", env_file=".env", extra="ignore", validate_default=True
    )

    # None: "anthropic" when ANTHROPIC_API_KEY is set, else "offline".
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
        if self.provider is not None:
            return self.provider
        has_key = os.environ.get("ANTHROPIC_API_KEY") or os.environ.get("ANTHROPIC_AUTH_TOKEN")
        return "anthropic" if has_key else "offline"

    def model_for(self, tier: str, purpose: str = "general") -> str:
        if self.effective_provider == "openai":
            from bot.llm.openai_settings import OpenAISettings

            return OpenAISettings().model_for(tier, purpose)
        model = self.model or DEFAULT_ANTHROPIC_MODEL
        return (self.fast_model or model) if tier == "fast" else model
