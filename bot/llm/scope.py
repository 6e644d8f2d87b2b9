"""What the model layer knows about the current turn: who asks (for budgets), what was
pseudonymised (for the reminder), whether the model failed (for the note), tokens used.

The engine opens one :class:`ModelScope` per turn (``bot.pipeline.model_scope``); the model
wrappers find it through a context variable, so skills and the router need not pass it on.
Without a scope (a skill used on its own, a benchmark) calls still work, unbudgeted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from bot.llm.port import LLM
from bot.llm.pseudonymise import Pseudonyms
from bot.policy import Finding

Loader = Callable[[], Awaitable[int]]


@dataclass(slots=True)
class ModelScope:
    """One turn's model bookkeeping; lives in memory for the turn only."""

    user_key: str = ""
    department: str = ""
    llm: LLM | None = None  # the engine's model, for parts built before it (see LLMAnswerer)
    # Today's tokens so far (in + out), read from storage once per turn when a budget is set.
    user_usage: Loader | None = None
    department_usage: Loader | None = None
    # The user's message and its findings, once the engine has looked for personal data.
    message_text: Callable[[], str] = lambda: ""
    message_findings: Callable[[], tuple[Finding, ...] | None] = lambda: None
    pseudonyms: Pseudonyms = field(default_factory=Pseudonyms)
    tokens_in: int = 0
    tokens_out: int = 0
    failure: str | None = None  # "unavailable", "unusable", "budget_user", "budget_department"
    calls: int = 0
    _used_user: int | None = None
    _used_department: int | None = None

    @property
    def tokens(self) -> int:
        return self.tokens_in + self.tokens_out

    async def used_today(self) -> tuple[int, int]:
        """(user, department) tokens today, this turn's calls included."""
        if self._used_user is None:
            self._used_user = await self.user_usage() if self.user_usage else 0
        if self._used_department is None:
            loader = self.department_usage
            self._used_department = await loader() if loader else 0
        return self._used_user + self.tokens, self._used_department + self.tokens


_current: ContextVar[ModelScope | None] = ContextVar("lotse_model_scope", default=None)


def current_scope() -> ModelScope | None:
    return _current.get()


@contextmanager
def model_scope(scope: ModelScope) -> Iterator[ModelScope]:
    token = _current.set(scope)
    try:
        yield scope
    finally:
        _current.reset(token)


def record_usage(tokens_in: int, tokens_out: int) -> None:
    """Backends call this after every answered call."""
    scope = _current.get()
    if scope is not None:
        scope.tokens_in += tokens_in
        scope.tokens_out += tokens_out
