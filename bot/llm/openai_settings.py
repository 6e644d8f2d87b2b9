"""Settings of an OpenAI-compatible server (vLLM, Ollama, LocalAI, LM Studio, an EU model
service): the ``openai`` section, ``LOTSE_OPENAI_*``.

Only where the server is and which models it serves; timeouts, retries and budgets are the
provider-neutral ``LOTSE_LLM_*`` settings.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr

# Local servers often check no key, but the SDK insists on one; it is sent as a bearer token.
NO_KEY = "not-needed"


class OpenAISettings(BaseModel):
    """Where the OpenAI-compatible server is and which model answers which purpose."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    base_url: str | None = None  # e.g. http://gpu-server:8000/v1 (vLLM), http://host:11434/v1
    api_key: SecretStr | None = None  # optional: many self-hosted servers need none
    model: str | None = None  # required: the model id as the server names it
    fast_model: str | None = None  # routing (the "fast" tier); defaults to ``model``
    # Per purpose ("route", "email", "summary", "occupation"), as JSON:
    # LOTSE_OPENAI_PURPOSE_MODELS='{"email": "qwen3:32b", "summary": "qwen3:32b"}'
    purpose_models: dict[str, str] = Field(default_factory=dict)
    # None: ask the server once whether it accepts response_format json_object, and remember.
    json_mode: bool | None = None
    # Every call streams, tool calls too: for gateways and proxies that cut a connection
    # which stays silent while a slow server generates the whole answer.
    stream_all: bool = False

    def model_for(self, tier: str, purpose: str = "general") -> str:
        chosen = self.purpose_models.get(purpose)
        if chosen:
            return chosen
        model = self.model or ""
        return (self.fast_model or model) if tier == "fast" else model

    def key(self) -> str:
        return self.api_key.get_secret_value() if self.api_key else NO_KEY
