"""Build the configured model backend (``LOTSE_LLM_PROVIDER``); offline when none is set."""

from __future__ import annotations

import importlib.util
import logging
import os
from typing import Any

from bot.llm.guarded import GuardedLLM
from bot.llm.offline import OfflineLLM
from bot.llm.port import LLM
from bot.llm.settings import LLMSettings

log = logging.getLogger("lotse.llm")


class LLMConfigError(Exception):
    """The model configuration is incomplete; the message says what to set."""


def build_llm(settings: LLMSettings | None = None) -> LLM:
    """The model every skill and the router use, wrapped in budgets, pseudonymisation,
    retries and the deadline."""
    settings = settings or LLMSettings()
    provider = settings.effective_provider
    if provider == "offline":
        return OfflineLLM()
    # Imported here: the SDK takes seconds to import and offline installations never need it.
    from bot.llm.anthropic_backend import AnthropicBackend

    client = _client(provider, settings)
    log.info("model backend: %s", provider)
    return GuardedLLM(AnthropicBackend(client, settings, provider), settings)


def _client(provider: str, settings: LLMSettings) -> Any:
    # Our own retries (tenacity) and deadline decide; the SDK must not retry underneath.
    common: dict[str, Any] = {"max_retries": 0, "timeout": settings.timeout_seconds}
    if provider == "anthropic":
        from anthropic import AsyncAnthropic

        return AsyncAnthropic(**common)  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL from the env
    if not settings.model:
        raise LLMConfigError(
            f"LOTSE_LLM_MODEL is required for the {provider} provider "
            "(its model ids differ from the Anthropic API's)"
        )
    if provider == "bedrock":
        from anthropic import AsyncAnthropicBedrock

        if not os.environ.get("AWS_BEARER_TOKEN_BEDROCK"):
            _require("botocore", "Bedrock with AWS credentials needs anthropic[bedrock] (boto3)")
        return AsyncAnthropicBedrock(aws_region=settings.aws_region, **common)
    if provider == "vertex":
        from anthropic import AsyncAnthropicVertex

        extra: dict[str, Any] = {}
        if settings.vertex_region:
            extra["region"] = settings.vertex_region
        if settings.vertex_project_id:
            extra["project_id"] = settings.vertex_project_id
        _require("google.auth", "Vertex AI needs anthropic[vertex] (google-auth)")
        return AsyncAnthropicVertex(**extra, **common)
    raise LLMConfigError(f"unknown LLM provider {provider!r}")


def _require(module: str, message: str) -> None:
    """Fail at start, not at the first message, when the provider's extra is missing."""
    if importlib.util.find_spec(module.split(".")[0]) is None:
        raise LLMConfigError(message)


async def close_llm(llm: LLM) -> None:
    """Release the backend's HTTP connections (nothing to do offline)."""
    close = getattr(llm, "aclose", None)
    if close is not None:
        await close()
