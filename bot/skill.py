"""What a skill is: declared metadata, a typed context in, a neutral result out."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from bot.actions import UserAction
from bot.reply import Block, Outcome, Source

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.llm.port import LLM
    from bot.message import Message
    from bot.policy.pii import Finding

# Streaming: a skill that produces text gradually calls this with the text so far (cumulative);
# adapters show it as it grows (console output, Teams streaming, Matrix edits). The final
# SkillResult is still returned and is what counts.
Progress = Callable[[str], Awaitable[None]]

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_COMMAND = re.compile(r"^[a-zäöüß][a-zäöüß0-9_-]*$")

NOT_KEPT = "not_kept"  # a key of SkillResult.remember: the text shown is not kept


@dataclass(frozen=True, slots=True)
class IntentCue:
    """A regular expression (case-insensitive) that hints at a skill in free text."""

    pattern: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class SkillMeta:
    """Declared once per skill and validated at start (like maubot's plugin meta)."""

    id: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    commands: tuple[str, ...]  # lower-case words a counsellor types, German first
    examples_de: tuple[str, ...]
    examples_en: tuple[str, ...]
    intents: tuple[IntentCue, ...] = ()
    needs_llm: bool = False
    enabled_by_default: bool = True
    order: int = 100  # position in help and menus (lower first)
    # Commands that are as often the title of pasted material ("Notiz Telefonat …"): typed
    # without a prefix, they yield to another skill that the material's closing order asks
    # for ("… schreib ihm ne Mail"), see bot.routing.closing_order.
    title_commands: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise ValueError(f"skill id {self.id!r} must be a lower-case identifier")
        if not self.commands or not all(_COMMAND.match(c) for c in self.commands):
            raise ValueError(f"skill {self.id}: commands must be non-empty lower-case words")
        if not self.examples_de or not self.examples_en:
            raise ValueError(f"skill {self.id}: needs at least one German and one English example")
        for cue in self.intents:
            re.compile(cue.pattern)
        if not set(self.title_commands) <= set(self.commands):
            raise ValueError(f"skill {self.id}: title commands must be among its commands")

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_de

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_de

    def examples(self, language: str) -> tuple[str, ...]:
        return self.examples_en if language == "en" else self.examples_de


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A question the skill asks; ``state`` (JSON-serialisable) comes back with the answer."""

    state: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SkillResult:
    blocks: tuple[Block, ...]
    outcome: Outcome = Outcome.OK
    # True only when a model wrote the text (the AI label); False for rule and template output.
    ai_generated: bool = False
    # True when templates and rules drafted the text ("Entwurf aus Vorlage – bitte prüfen");
    # like model output it carries the review reminder.
    template_draft: bool = False
    # A self-contained result's title (see bot.reply.Reply.title).
    title: str | None = None
    # Machine-readable facts for tests and scripts, never read for presentation.
    data: Mapping[str, Any] = field(default_factory=dict)
    sources: tuple[Source, ...] = ()
    follow_up: FollowUp | None = None
    # Extra policy triggers this result raises (e.g. "email_draft", "summary").
    triggers: frozenset[str] = frozenset()
    tokens_in: int = 0
    tokens_out: int = 0
    # A follow-up answer that was clearly another request: the engine runs it as a turn of
    # its own next, as it does with a request that waited for the acknowledgement.
    resubmit: str | None = None
    # The topic to remember for follow-up questions (JSON-serialisable, never personal data:
    # e.g. the occupation a card showed); it comes back as ``SkillContext.recent`` for a short
    # while. None keeps what this skill remembered; another skill's answer forgets it. Its
    # "command", when given, shows the topic again: a refusal offers it instead of an example.
    # "again", when given, asks the fact answered last once more (a change of language repeats
    # it rather than the whole topic). NOT_KEPT, when true, says the reply's text itself was not
    # kept (a draft): a change of language cannot show it again and says how to get it.
    remember: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class SkillContext:
    """Everything a skill may use for one turn; no globals, no platform objects."""

    message: Message
    args: str  # the text after the command word, or the whole free text
    command: str | None  # the command word used, None for free text or a follow-up answer
    language: str
    user_key: str  # pseudonymous, stable per user
    department: str
    llm: LLM
    settings: Settings
    now: datetime
    texts: Callable[..., str]  # texts(key, **values) in the user's language
    findings: tuple[Finding, ...] = ()
    state: Mapping[str, Any] | None = None  # set when answering this skill's follow-up
    recent: Mapping[str, Any] | None = None  # what this skill remembered (SkillResult.remember)
    progress: Progress | None = None  # set when the adapter can show partial text
    # Set when a button or form of this skill was used: one of the skill's declared actions,
    # typed, instead of text to parse (``args`` is then empty).
    action: UserAction | None = None
    # The command words of the other skills: an answer to a follow-up that starts with one
    # ("beruf Tischler") is a new request, not an answer (see ``SkillResult.resubmit``).
    other_commands: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Guess:
    """What a message no skill took probably asked for: a question back ("Meinten Sie eine
    E-Mail an Frau Yilmaz?") and the command that does it, offered as a button."""

    question: str
    label: str
    command: str


class Skill(ABC):
    """A unit of work a counsellor can ask for. Subclasses declare ``meta``."""

    meta: ClassVar[SkillMeta]
    # The typed actions this skill's buttons and forms send (see bot.actions); they come back
    # to ``handle`` as ``ctx.action``.
    actions: ClassVar[tuple[type[UserAction], ...]] = ()
    # The repository this skill keeps its data in: an interface (a Protocol) declared in the
    # skill's own package and implemented in storage/. None for skills that store nothing.
    repository: ClassVar[type[Any] | None] = None

    @classmethod
    def create(cls, settings: Settings) -> Skill:
        """Build the skill from the settings tree; override when it loads data or has
        settings of its own (its section: ``settings.section(ItsSettings)``, which gives the
        defaults when the tree has none)."""
        del settings
        return cls()

    async def start(self, repository: Any) -> None:
        """Called once when the app has opened its store, before the first turn, with the
        store's implementation of :attr:`repository` (None when the skill declares none).

        Override to load what lives there (e.g. imported data). A skill must still work when
        this is never called (unit tests build skills without a store)."""
        del repository

    def names_its_subject(self, args: str) -> bool:
        """Whether a command's ``args`` are exactly one thing this skill looks up and nothing
        else ("beruf Tischler"): no request to judge a person can be in them, so routing
        need not read them for one (the Art. 22 reading is about a tenth of a lookup)."""
        del args
        return False

    def match_score(self, text: str) -> float:
        """Extra evidence for the offline intent classifier (0 = none)."""
        del text
        return 0.0

    def continues(self, text: str, recent: Mapping[str, Any]) -> bool:
        """Whether ``text`` is a follow-up question on the topic this skill remembered
        (``recent``, from ``SkillResult.remember``) that no command or classifier would take
        for it ("what about the pay?"); it is routed here then, after the policy's refusals."""
        del text, recent
        return False

    def guess(self, text: str, language: str) -> Guess | None:
        """For a message no skill took: what it probably asked of this skill, when the skill
        is not sure enough to answer it unasked (None = no idea)."""
        del text, language
        return None

    @abstractmethod
    async def handle(self, ctx: SkillContext) -> SkillResult:
        """Answer one turn."""
