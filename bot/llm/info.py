"""Which model answers, as the running configuration says: for questions about Lotse itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """The configured model backend, described once at start by the composition root.

    ``provider`` is "offline", "anthropic" (the Anthropic API), "bedrock" or "vertex" (or the
    name of another backend); ``region`` is the cloud region where the provider processes
    requests, when the configuration names one."""

    provider: str = "offline"
    model: str | None = None
    region: str | None = None

    @property
    def offline(self) -> bool:
        return self.provider == "offline"


OFFLINE_MODEL = ModelInfo()
