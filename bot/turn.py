"""What the pipeline steps share: the engine's services and the state of one turn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.identity import Pseudonymiser
from bot.llm.info import OFFLINE_MODEL, ModelInfo
from bot.llm.port import Model
from bot.llm.use import ModelUse
from bot.message import Message
from bot.ports import ConversationState, Department, StateKey, Store
from bot.registry import SkillRegistry
from bot.routing.intent import IntentClassifier
from bot.skill import Progress
from bot.texts import Texts

if TYPE_CHECKING:
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
class Turn:
    """One message on its way through the pipeline; each step fills in its part."""

    message: Message
    services: Services
    correlation_id: str
    now: datetime
    user_key: str = ""
    language: str = "de"
    department: Department | None = None
    state_key: StateKey | None = None
    pending: ConversationState | None = None
    route: Route | None = None
    findings: tuple[Finding, ...] = ()
    triggers: set[str] = field(default_factory=set)
    tokens_in: int = 0
    tokens_out: int = 0
    progress: Progress | None = None
    # The turn's model bookkeeping (budgets, pseudonyms, tokens); set by the model-scope step.
    model_use: ModelUse = field(default_factory=ModelUse.standalone)

    def t(self, key: str, /, **values: object) -> str:
        return self.services.texts.get(self.language, key, **values)

    @property
    def department_name(self) -> str:
        return self.department.name if self.department else ""
