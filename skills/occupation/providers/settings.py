"""Which occupation sources the skill uses, and where the live ones are: the skill's own
section, ``occupations`` (``LOTSE_OCCUPATIONS_*``, ``LOTSE_ESCO_*``, ``LOTSE_BERUFENET_*``)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import NoDecode

BUILTIN = "builtin"
ESCO_IMPORT = "esco-import"
ESCO_API = "esco-api"
BERUFENET = "berufenet"
KNOWN = (BUILTIN, ESCO_IMPORT, ESCO_API, BERUFENET)
LIVE = (ESCO_API, BERUFENET)


class OccupationSettings(BaseModel):
    """``LOTSE_OCCUPATIONS_PROVIDERS`` (comma-separated, in priority order) and the live APIs.

    The live providers are off by default. BERUFENET is the Bundesagentur für Arbeit's API; it
    has no published terms for third-party use, so the institution decides whether to enable it.
    """

    model_config = ConfigDict(extra="ignore")

    occupations_providers: Annotated[tuple[str, ...], NoDecode] = (BUILTIN, ESCO_IMPORT)
    occupations_language: str = "de"  # the ESCO import language the catalogue loads
    esco_api_url: str = "https://ec.europa.eu/esco/api"
    berufenet_api_url: str = "https://rest.arbeitsagentur.de/infosysbub/bnet"
    berufenet_api_key: SecretStr | None = None
    occupations_live_timeout: float = Field(default=4.0, gt=0, le=30)  # seconds per request
    occupations_cache_hours: float = Field(default=24.0, ge=0, le=24 * 7)

    @field_validator("occupations_providers", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(part.strip().lower() for part in value.split(",") if part.strip())
        return value

    @field_validator("occupations_providers")
    @classmethod
    def _known(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [name for name in value if name not in KNOWN]
        if unknown:
            raise ValueError(f"unknown occupation providers {unknown}; known: {', '.join(KNOWN)}")
        if not value:
            raise ValueError("name at least one occupation provider")
        return tuple(dict.fromkeys(value))

    @field_validator("esco_api_url", "berufenet_api_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _berufenet_needs_key(self) -> OccupationSettings:
        if BERUFENET in self.occupations_providers and not self.berufenet_api_key:
            raise ValueError("LOTSE_BERUFENET_API_KEY is required when berufenet is enabled")
        return self

    @property
    def live(self) -> tuple[str, ...]:
        return tuple(name for name in self.occupations_providers if name in LIVE)

    def enabled(self, name: str) -> bool:
        return name in self.occupations_providers
