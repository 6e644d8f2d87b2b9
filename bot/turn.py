"""What the pipeline steps share: the engine's services and the stages of one turn.

A turn grows in typed stages, each made by the step that knows its part: the engine makes an
:class:`Arrival`, ``Identify`` makes the :class:`Caller` (who, language, department), the
routing step makes the :class:`Turn` that built-ins and skills answer. Each stage is frozen
and complete, so no step reads a field that a later one has still to fill. The one thing
that flows outwards — what the audit, the error reply, the reminders and ``Engine.handle``
need to know once the inner steps have run — is the turn's :class:`TurnLog`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.identity import Pseudonymiser
from bot.llm.info import OFFLINE_MODEL, ModelInfo
from bot.llm.port import Model
from bot.llm.use import ModelUse
from bot.message import Message
from bot.ports import ConversationState, Department, RecentChange, StateKey, Store
from bot.registry import SkillRegistry
from bot.reply import Block, Outcome, Reply
from bot.routing.intent import IntentClassifier
from bot.skill import Progress, Skill
from bot.texts import Texts

if TYPE_CHECKING:
    from bot.evaluation.ports import AnswerRecord
    from bot.policy import Finding, Policy
    from bot.routing.router import Route


@dataclass(frozen=True, slots=True)
class Services:
    """The engine's dependencies, built once by the app factory."""

    settings: Settings
    store: Store
    registry: SkillRegistry
    policy: Policy
    llm: Model  # bound to each turn's ModelUse before anything calls it
    classifier: IntentClassifier
    pseudonymiser: Pseudonymiser
    texts: Texts
    clock: Callable[[], datetime]
    model_info: ModelInfo = OFFLINE_MODEL  # for questions about Lotse ("Welches Modell …?")


@dataclass(slots=True)
class TurnLog:
    """What the inner steps report to the outer ones: who wrote and how the turn was routed
    (audit, evaluation, error reply), triggers and findings (reminders), tokens, the
    evaluation's answer row and, after an acknowledgement, the request that waited for it.
    Every field starts neutral."""

    caller: Caller | None = None  # None: the turn ended before the sender was identified
    route: Route | None = None  # None: the turn ended before it was routed
    triggers: set[str] = field(default_factory=set)
    findings: tuple[Finding, ...] = ()
    tokens_in: int = 0
    tokens_out: int = 0
    resubmit: str | None = None  # a waiting request that ``Engine.handle`` runs next
    unsplit: str | None = None  # the whole message when a second request was split off
    answer: AnswerRecord | None = None  # the evaluation's row, committed with the audit row
    recent: RecentChange | None = None  # the topic remembered for follow-ups, committed too


@dataclass(frozen=True, slots=True)
class Arrival:
    """A message as it arrives, before anyone knows who sent it."""

    message: Message
    services: Services
    correlation_id: str
    now: datetime
    progress: Progress | None
    log: TurnLog

    @property
    def reply_language(self) -> str:
        """The sender's language once known, else the default."""
        caller = self.log.caller
        return caller.language if caller is not None else self.services.settings.language

    def t(self, key: str, /, **values: object) -> str:
        return self.services.texts.get(self.reply_language, key, **values)


@dataclass(frozen=True, slots=True)
class Caller(Arrival):
    """The sender known: pseudonymous key, reply language, department, conversation state
    key, and the turn's model bookkeeping (budgets need the user and the department)."""

    user_key: str
    language: str
    department: Department
    state_key: StateKey
    model_use: ModelUse
    # Whether the stored choice or the message's words decided ``language``; if not, the
    # conversation's language decides once its state is read (bot.language).
    language_settled: bool

    def t(self, key: str, /, **values: object) -> str:
        return self.services.texts.get(self.language, key, **values)

    @property
    def department_name(self) -> str:
        return self.department.name


@dataclass(frozen=True, slots=True)
class Turn(Caller):
    """A routed turn: what built-ins and skills answer."""

    route: Route
    pending: ConversationState | None  # the open question found in the store, if any
    findings: tuple[Finding, ...] = ()  # personal data in what a skill will process
    recent: ConversationState | None = None  # the topic a skill remembers for follow-ups

    @classmethod
    def routed(
        cls,
        caller: Caller,
        route: Route,
        pending: ConversationState | None,
        recent: ConversationState | None = None,
    ) -> Turn:
        values: dict[str, Any] = {f.name: getattr(caller, f.name) for f in fields(Caller)}
        return cls(**values, route=route, pending=pending, recent=recent)


def reply(turn: Arrival, *blocks: Block, outcome: Outcome = Outcome.OK) -> Reply:
    """A reply in the turn's language with the turn's route as its skill."""
    language = turn.language if isinstance(turn, Caller) else turn.reply_language
    route = turn.route if isinstance(turn, Turn) else turn.log.route
    skill_id = route.target if route is not None and route.target else None
    return Reply(blocks=blocks, outcome=outcome, language=language, skill_id=skill_id)


async def enabled_skills(turn: Caller) -> list[Skill]:
    """The skills this turn's department may use, in registry order."""
    toggles = await turn.services.store.directory.skill_toggles(turn.department.id)
    return [
        skill
        for skill in turn.services.registry
        if toggles.get(skill.meta.id, skill.meta.enabled_by_default)
    ]
