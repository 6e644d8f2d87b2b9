"""The platform-neutral reply: neutral blocks that each adapter renders its own way."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph of Markdown."""

    markdown: str


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Facts:
    """Label/value pairs (an Adaptive Card FactSet, a definition list in HTML)."""

    items: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Copyable:
    """Text the user will copy as a whole, e.g. an email draft; rendered verbatim."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Action:
    """A suggested next message; ``command`` is what the user would type."""

    label: str
    command: str


@dataclass(frozen=True, slots=True)
class Actions:
    items: tuple[Action, ...]


@dataclass(frozen=True, slots=True)
class Image:
    """A small picture (e.g. a usage chart); ``alt`` stands in wherever images are not shown."""

    data: bytes = field(repr=False)
    mime_type: str
    alt: str
    name: str = "image.png"


Block = Text | Heading | Facts | Copyable | Actions | Image


class Outcome(StrEnum):
    """How a turn ended; recorded in the audit and used by adapters for styling."""

    OK = "ok"
    PROMPT = "prompt"  # a follow-up question or a confirmation request
    GATE = "gate"  # the policy acknowledgement is required first
    REFUSED = "refused"  # a disabled skill or a request the policy forbids
    UNKNOWN = "unknown"  # nothing matched; help was offered
    INVALID = "invalid"  # unusable input (too long, empty, ...)
    ERROR = "error"  # something failed on our side


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    as_of: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Reminder:
    """One policy reminder as it appears under a reply."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Reply:
    blocks: tuple[Block, ...]
    outcome: Outcome = Outcome.OK
    language: str = "de"
    skill_id: str | None = None
    reminders: tuple[Reminder, ...] = ()
    ai_generated: bool = False
    # True when templates and rules (not a model) drafted the text: labelled as a template
    # draft, never as AI-generated; the counsellor still reviews it.
    template_draft: bool = False
    sources: tuple[Source, ...] = ()
    # Structured data for rich rendering (e.g. an Adaptive Card); keys are documented per skill.
    data: dict[str, Any] = field(default_factory=dict)
    # Set when the evaluation recorded this answer: adapters report the id the platform gave
    # the sent message under it, so that feedback on that message finds the answer.
    answer_id: str | None = None
