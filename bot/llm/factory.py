"""Build the configured model backend (``LOTSE_LLM_PROVIDER``); offline when none is set."""

from __future__ import annotations

import importlib.util
import logging
from typing import TYPE_CHECKING, Any

from bot.llm.guarded import GuardedLLM
from bot.llm.offline import OfflineLLM
from bot.llm.openai_settings import OpenAISettings
from bot.llm.port import Model
from bot.llm.settings import LLMSettings, ProviderEnvironment

if TYPE_CHECKING:
    from bot.llm.openai_backend import OpenAIBackend

log = logging.getLogger("lotse.llm")


class LLMConfigError(Exception):
    """The model configuration is incomplete; the message says what to set."""


def build_llm(
    settings: LLMSettings,
    server: OpenAISettings | None = None,
    environment: ProviderEnvironment | None = None,
) -> Model:
    """The model every skill and the router use (bound to each turn), wrapped in budgets,
    pseudonymisation, retries and the deadline. ``server``: the OpenAI-compatible server
    (the ``openai`` section); ``environment``: what the SDKs find in the environment."""
    provider = settings.effective_provider
    if provider == "offline":
        return OfflineLLM()
    if provider == "openai":
        return GuardedLLM(openai_backend(settings, server or OpenAISettings()), settings)
    # Imported here: the SDK takes seconds to import and offline installations never need it.
    from bot.llm.anthropic_backend import AnthropicBackend

    client = _client(provider, settings, environment or ProviderEnvironment())
    log.info("model backend: %s", provider)
    return GuardedLLM(AnthropicBackend(client, settings, provider), settings)


def openai_backend(settings: LLMSettings, server: OpenAISettings) -> OpenAIBackend:
    """One attempt at an OpenAI-compatible server (vLLM, Ollama, an EU model service)."""
    if not server.base_url or not server.model:
        raise LLMConfigError(
            "LOTSE_OPENAI_BASE_URL and LOTSE_OPENAI_MODEL are required for the openai provider "
            "(e.g. http://gpu-server:8000/v1 and the model id the server serves)"
        )
    from openai import AsyncOpenAI

    from bot.llm.openai_backend import OpenAIBackend

    client = AsyncOpenAI(
        api_key=server.key(),
        base_url=server.base_url,
        max_retries=0,  # tenacity and our deadline decide
        timeout=settings.timeout_seconds,
    )
    log.info("model backend: openai-compatible server")
    return OpenAIBackend(client, settings, server)


def _client(provider: str, settings: LLMSettings, environment: ProviderEnvironment) -> Any:
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

        if not environment.bedrock_token_set:
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


async def close_llm(llm: Model) -> None:
    """Release the backend's HTTP connections (nothing to do offline)."""
    close = getattr(llm, "aclose", None)
    if close is not None:
        await close()
