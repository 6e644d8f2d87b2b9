"""Every settings class of the installation, masked, for ``lotse config show``."""

from __future__ import annotations

import os
from collections.abc import Callable

from pydantic import ValidationError
from pydantic_settings import BaseSettings

from bot.config import Settings, masked_settings


def _sections() -> list[tuple[str, Callable[[], BaseSettings]]]:
    from adapters.teams.settings import TeamsSettings
    from bot.llm.openai_settings import OpenAISettings
    from bot.llm.settings import LLMSettings
    from skills.occupation.providers.settings import OccupationSettings

    sections: list[tuple[str, Callable[[], BaseSettings]]] = [
        ("LOTSE_LLM_", LLMSettings),
        ("LOTSE_OPENAI_", OpenAISettings),
        ("LOTSE_TEAMS_", TeamsSettings),
        ("LOTSE_", OccupationSettings),
    ]
    if os.environ.get("LOTSE_MATRIX_HOMESERVER"):  # Matrix settings exist only when used
        from adapters.matrix.settings import MatrixSettings

        sections.append(("LOTSE_MATRIX_", MatrixSettings))  # type: ignore[arg-type]
    return sections


def settings_report(core: Settings) -> dict[str, str]:
    shown = core.masked()
    for prefix, make in _sections():
        try:
            shown.update(masked_settings(make(), prefix))
        except (ValidationError, ValueError) as error:
            first = error.errors()[0]["msg"] if isinstance(error, ValidationError) else error
            shown[f"{prefix}*"] = f"invalid: {first}"
    return shown
