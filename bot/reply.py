"""The platform-neutral reply: typed blocks that each adapter renders its own way.

A skill says *what* it shows (facts, a table, a draft to copy, a form), never *how*: adapters
render every block kind and read nothing else, so a new skill that wants a card or a table
edits no adapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.actions import UserAction


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
class Table:
    """Rows under a header (admin lists, usage counts): a real table on every platform."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        if any(len(row) != len(self.header) for row in self.rows):
            raise ValueError("every table row needs one cell per header column")


@dataclass(frozen=True, slots=True)
class Action:
    """A suggested next message; ``command`` is what the user would type.

    With a ``payload``, platforms that have buttons send that typed action instead of the
    text (see bot.actions); the command stays for platforms without buttons."""

    label: str
    command: str
    payload: UserAction | None = None


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


class Tone(StrEnum):
    PLAIN = "plain"
    GOOD = "good"  # e.g. saved
    WARNING = "warning"  # e.g. not saved, please check
    QUIET = "quiet"  # a side remark, small and subtle where platforms can


@dataclass(frozen=True, slots=True)
class Note:
    """A short line that stands out by its tone (or recedes, when quiet)."""

    text: str
    tone: Tone = Tone.PLAIN


@dataclass(frozen=True, slots=True)
class Option:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Choices:
    """A choice list: pick one of ``options``. In a panel it is an input that fills
    ``field`` of the action a button submits."""

    field: str
    label: str
    options: tuple[Option, ...]
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Toggle:
    """An on/off switch in a panel; it fills ``field`` (``field[key]`` with a key) of the
    action a button submits."""

    field: str
    label: str
    on: bool
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Button:
    """A panel button: sends ``action``, its empty fields filled from the panel's inputs
    (see bot.actions.fill)."""

    label: str
    action: UserAction
    primary: bool = False


PanelItem = Text | Heading | Note | Choices | Toggle | Button


@dataclass(frozen=True, slots=True)
class Panel:
    """A form over what the reply's other blocks show as text (e.g. one department's skill
    switches beside the departments table). Where a platform offers forms (Teams, in a
    personal chat) it shows the panel in place of the other blocks; elsewhere the other
    blocks stand and the panel is left out. ``submit`` are the form's main buttons."""

    title: str
    items: tuple[PanelItem, ...]
    submit: tuple[Button, ...] = ()


Block = Text | Heading | Facts | Copyable | Actions | Image | Table | Note | Panel


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
    # Set for a self-contained result (an occupation's facts, an email draft): it names the
    # reply in notifications and chat lists, and platforms with cards show such a reply as one.
    title: str | None = None
    # Machine-readable facts about the result for tests, benchmarks and scripts; no adapter
    # reads it for presentation (that is what the blocks are for).
    data: dict[str, Any] = field(default_factory=dict)
    # Set when the evaluation recorded this answer: adapters report the id the platform gave
    # the sent message under it, so that feedback on that message finds the answer.
    answer_id: str | None = None
