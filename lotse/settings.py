"""The settings tree, read once by the command line from the environment, the ``.env`` file and
the optional TOML file (``LOTSE_CONFIG_FILE``), and passed down from here.

The core values sit at the top (``LOTSE_<NAME>``, top-level keys in TOML); every other part is
a section with its own variable prefix and its own TOML table: ``[llm]`` (``LOTSE_LLM_*``),
``[openai]`` (``LOTSE_OPENAI_*``), ``[occupations]`` (the occupation skill), ``[teams]``
(``LOTSE_TEAMS_*`` or the Bot Framework's names), ``[matrix]`` (``LOTSE_MATRIX_*``) and ``sdk``
(the model SDKs' own variables, from the process environment only). The environment wins over
``.env``, which wins over the TOML file. pydantic-settings' own sources read every section with
its prefix and merge them; an invalid value becomes one line naming its variable."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from pydantic import AliasChoices, BaseModel, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from sqlalchemy import make_url

from adapters.matrix.settings import MatrixSettings
from adapters.teams.settings import TeamsSettings
from bot.config import Settings, default_data_dir
from bot.llm.openai_settings import OpenAISettings
from bot.llm.settings import LLMSettings, ProviderEnvironment
from skills.occupation.providers.settings import OccupationSettings

PREFIX = "LOTSE_"
CONFIG_FILE = "LOTSE_CONFIG_FILE"
DOTENV = Path(".env")
MASK = "********"


@dataclass(frozen=True, slots=True)
class Section:
    """Where a section's values come from: its model, its variable prefix, and whether the
    ``.env`` file may set them (the SDKs' own variables come from the process only, as the
    SDKs themselves never read ``.env``)."""

    model: type[BaseModel]
    prefix: str
    dotenv: bool = True


SECTIONS: dict[str, Section] = {
    "llm": Section(LLMSettings, "LOTSE_LLM_"),
    "openai": Section(OpenAISettings, "LOTSE_OPENAI_"),
    "sdk": Section(ProviderEnvironment, "", dotenv=False),
    # The occupation skill's names predate sections: LOTSE_OCCUPATIONS_*, LOTSE_ESCO_API_URL,
    # LOTSE_BERUFENET_*; its fields carry the part after LOTSE_.
    "occupations": Section(OccupationSettings, PREFIX),
    "teams": Section(TeamsSettings, "LOTSE_TEAMS_"),  # aliases: MicrosoftAppId, …
    "matrix": Section(MatrixSettings, "LOTSE_MATRIX_"),
}


class ConfigError(ValueError):
    """The configuration is invalid; the message is one line naming each bad variable."""


class _SectionSource(PydanticBaseSettingsSource):
    """Every section's variables, from the environment or from a ``.env`` file, read by
    pydantic-settings' own sources with the section's prefix and aliases."""

    def __init__(self, settings_cls: type[BaseSettings], env_file: Path | None) -> None:
        super().__init__(settings_cls)
        self._env_file = env_file  # None: the process environment

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        del field, field_name
        return None, "", False  # unused: __call__ reads whole sections

    def __call__(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, section in SECTIONS.items():
            # The sources only read field names, aliases and config from the class; the
            # section models are plain models, so nothing below the CLI reads the environment.
            model = cast("type[BaseSettings]", section.model)
            source: PydanticBaseSettingsSource
            if self._env_file is None:
                source = EnvSettingsSource(model, case_sensitive=False, env_prefix=section.prefix)
            elif section.dotenv:
                source = DotEnvSettingsSource(
                    model, env_file=self._env_file, case_sensitive=False, env_prefix=section.prefix
                )
            else:
                continue
            known = _input_names(section.model)
            values = {key: value for key, value in source().items() if key in known}
            if values:
                data[name] = values
        return data


class LotseSettings(BaseSettings, Settings):
    """The whole tree: the core settings and every section."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX, env_file=DOTENV, extra="ignore", validate_default=True
    )

    data_dir: Path = Field(
        default_factory=lambda: default_data_dir(os.environ.get("XDG_DATA_HOME"))
    )
    occupations: OccupationSettings = Field(default_factory=OccupationSettings)
    teams: TeamsSettings = Field(default_factory=TeamsSettings)
    matrix: MatrixSettings | None = None  # Matrix runs when a homeserver is configured

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
        sources: list[PydanticBaseSettingsSource] = [
            init_settings,
            env_settings,
            _SectionSource(settings_cls, None),
            dotenv_settings,
            _SectionSource(settings_cls, DOTENV),
        ]
        config_file = os.environ.get(CONFIG_FILE)
        if config_file:
            path = Path(config_file)
            if not path.is_file():
                raise ConfigError(f"{CONFIG_FILE} points to a missing file: {path}")
            try:
                sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
            except tomllib.TOMLDecodeError as error:
                raise ConfigError(f"{CONFIG_FILE} ({path}) is no valid TOML: {error}") from None
        return tuple(sources)


def read_settings(**values: Any) -> LotseSettings:
    """The tree from the environment, ``.env`` and the TOML file (``values`` first), or
    :class:`ConfigError` with one line naming every bad variable."""
    try:
        return LotseSettings(**values)
    except ValidationError as error:
        raise ConfigError(describe_errors(error)) from None
    except ValueError as error:  # a missing or malformed TOML file
        raise ConfigError(str(error)) from None


def describe_errors(error: ValidationError) -> str:
    """Every problem as ``VARIABLE: what is wrong``, in one line; values are never shown."""
    problems = []
    for problem in error.errors(include_input=False, include_url=False):
        message = str(problem["msg"]).removeprefix("Value error, ")
        loc = problem["loc"]
        if len(loc) == 1 and str(loc[0]) in SECTIONS:
            if problem["type"] == "value_error":  # a rule across values, naming them itself
                problems.append(message)
            else:  # the section as a whole, e.g. a TOML key where a table belongs
                problems.append(f"{SECTIONS[str(loc[0])].prefix}*: {message}")
        else:
            problems.append(f"{env_name(loc)}: {message}")
    return "; ".join(problems)


def env_name(loc: tuple[int | str, ...]) -> str:
    """The variable behind a place in the tree: ``("llm", "max_tokens")`` is
    ``LOTSE_LLM_MAX_TOKENS``, ``("port",)`` is ``LOTSE_PORT``."""
    head = str(loc[0])
    section = SECTIONS.get(head)
    if section is None or len(loc) < 2:
        return f"{PREFIX}{head}".upper()
    name = str(loc[1])
    # By alias, pydantic names the first of a field's names, not necessarily the one set.
    field = next(
        (f for f in section.model.model_fields if name in _field_env_names(section, f)), name
    )
    if field not in section.model.model_fields:
        return name
    names = _field_env_names(section, field)
    # Of several names (LOTSE_TEAMS_APP_TYPE, MicrosoftAppType) the one that is set.
    present = {variable.casefold() for variable in os.environ}
    return next((n for n in names if n.casefold() in present), names[0])


def env_names() -> set[str]:
    """Every variable the tree reads (for the start-up check of unknown names)."""
    names = {
        f"{PREFIX}{name}".upper() for name in LotseSettings.model_fields if name not in SECTIONS
    }
    for section in SECTIONS.values():
        for name in section.model.model_fields:
            names.update(_field_env_names(section, name))
    return names


def _field_env_names(section: Section, name: str) -> list[str]:
    alias = section.model.model_fields[name].validation_alias
    if isinstance(alias, AliasChoices):
        return [choice for choice in alias.choices if isinstance(choice, str)]
    if isinstance(alias, str):
        return [alias]
    return [f"{section.prefix}{name}".upper()]


def _input_names(model: type[BaseModel]) -> set[str]:
    names = set(model.model_fields)
    for name in model.model_fields:
        alias = model.model_fields[name].validation_alias
        if isinstance(alias, AliasChoices):
            names.update(choice for choice in alias.choices if isinstance(choice, str))
        elif isinstance(alias, str):
            names.add(alias)
    return names


def masked(settings: LotseSettings) -> dict[str, str]:
    """The whole tree as ``{VARIABLE: value}`` for display; secrets and passwords masked."""
    shown: dict[str, str] = {}
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        section = SECTIONS.get(name)
        if section is None:
            shown[env_name((name,))] = _text(value)
        elif isinstance(value, BaseModel):
            for field in type(value).model_fields:
                shown[_field_env_names(section, field)[0]] = _text(getattr(value, field))
    url = make_url(settings.effective_database_url)
    shown[env_name(("database_url",))] = url.render_as_string(hide_password=True)
    return shown


def _text(value: object) -> str:
    if isinstance(value, SecretStr):
        return MASK if value.get_secret_value() else ""
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return ",".join(f"{key}={item}" for key, item in value.items())
    if isinstance(value, Iterable) and not isinstance(value, str):
        return ",".join(str(item) for item in value)
    return str(value)
