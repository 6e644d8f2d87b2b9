"""The AI policy file as validated data: what users acknowledge and which reminders apply."""

from __future__ import annotations

import string
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core.core_schema import ValidationInfo

from bot.yaml_data import load_yaml

DEFAULT_POLICY_PATH = Path(__file__).with_name("default_policy.yaml")
# The only placeholder a reminder text may use; filled with the kinds of personal data found.
KINDS_PLACEHOLDER = "kinds"


class Trigger(StrEnum):
    """Situations a reminder can be attached to; the engine decides which ones fire."""

    AI_OUTPUT = "ai_output"  # the reply contains AI-generated or drafted text
    PERSONAL_DATA = "personal_data"  # personal data found in the user's message
    SPECIAL_CATEGORY = "special_category"  # GDPR Art. 9 data found in the user's message
    DECISION_REQUEST = "decision_request"  # the user asks for a judgement about a person
    EMAIL_DRAFT = "email_draft"
    SUMMARY = "summary"
    ACKNOWLEDGEMENT = "acknowledgement"  # the user has just acknowledged the policy


class PolicyError(ValueError):
    """The policy file is missing, unreadable or invalid; the message says where and why."""


class LocalizedText(BaseModel):
    """One text in every supported language (German and English)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    de: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, language: str) -> str:
        """The text in ``language``; German for any language we do not have."""
        return self.en if language == "en" else self.de


class AcknowledgementRules(BaseModel):
    """What users confirm, for how long, and which replies count as confirming."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    valid_days: int = Field(ge=1)
    text: LocalizedText
    accept_words: tuple[str, ...] = Field(min_length=1)

    @field_validator("accept_words", mode="before")
    @classmethod
    def _no_yaml_booleans(cls, value: Any) -> Any:
        if isinstance(value, list) and any(isinstance(word, bool) for word in value):
            raise ValueError('quote words such as "yes": unquoted, YAML reads them as true')
        return value

    @field_validator("accept_words")
    @classmethod
    def _no_blank_words(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if any(not word.strip() for word in words):
            raise ValueError("accept_words must not contain blank entries")
        return words


class ReminderRule(BaseModel):
    """One reminder: when it applies, how often, in which order, and its text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, pattern=r"^[a-z0-9_]+$")
    triggers: frozenset[Trigger] = Field(min_length=1)
    repeat_after_hours: int = Field(default=0, ge=0)
    priority: int = 100
    text: LocalizedText

    @field_validator("triggers", mode="before")
    @classmethod
    def _known_triggers(cls, value: Any, info: ValidationInfo) -> Any:
        if not isinstance(value, list | tuple | set | frozenset):
            return value  # pydantic reports the type error
        known = {trigger.value for trigger in Trigger}
        unknown = sorted(str(name) for name in value if name not in known)
        if unknown:
            reminder = info.data.get("id", "?")
            raise ValueError(
                f"reminder {reminder!r} has unknown trigger(s) {', '.join(unknown)}; "
                f"known triggers: {', '.join(sorted(known))}"
            )
        return value

    @model_validator(mode="after")
    def _only_known_placeholders(self) -> ReminderRule:
        for language, text in (("de", self.text.de), ("en", self.text.en)):
            try:
                fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            except ValueError as error:
                raise ValueError(f"reminder {self.id!r} ({language}): {error}") from None
            if fields - {KINDS_PLACEHOLDER}:
                raise ValueError(
                    f"reminder {self.id!r} ({language}) uses unknown placeholder(s) "
                    f"{sorted(fields - {KINDS_PLACEHOLDER})}; only {{kinds}} is allowed"
                )
        return self


class Policy(BaseModel):
    """The institution's AI policy: version, acknowledgement and reminders."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1)
    title: LocalizedText
    url: str = ""
    acknowledgement: AcknowledgementRules
    reminders: tuple[ReminderRule, ...]

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        # An unquoted YAML version such as 2026.11 or 2026-11-01 arrives as a number or date.
        return str(value) if isinstance(value, int | float | date) else value

    def title_for(self, language: str) -> str:
        return self.title.get(language)

    def acknowledgement_text(self, language: str) -> str:
        return self.acknowledgement.text.get(language)

    @model_validator(mode="after")
    def _unique_ids(self) -> Policy:
        seen: set[str] = set()
        for rule in self.reminders:
            if rule.id in seen:
                raise ValueError(f"duplicate reminder id {rule.id!r}")
            seen.add(rule.id)
        return self


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "policy"
        lines.append(f"{where}: {item['msg']}")
    return "; ".join(lines)


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate a policy file; ``None`` loads the shipped default.

    Raises ``PolicyError`` naming the file and each problem.
    """
    source = path or DEFAULT_POLICY_PATH
    try:
        raw = load_yaml(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise PolicyError(f"cannot read AI policy {source}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise PolicyError(f"AI policy {source} is not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"AI policy {source} must be a mapping at the top level")
    try:
        return Policy.model_validate(raw)
    except ValidationError as error:
        raise PolicyError(f"invalid AI policy {source}: {_describe(error)}") from None
