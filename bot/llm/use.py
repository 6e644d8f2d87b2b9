"""What the model layer keeps about one turn: who asks (for budgets), what was pseudonymised
(for the reminder), whether the model failed (for the note), the tokens used.

The engine makes one :class:`ModelUse` per turn (``bot.pipeline.model_scope``) and binds the
configured model to it (:meth:`bot.llm.port.Model.bind`); skills and the router receive that
bound model. Nothing is found through globals: a call made outside a turn needs a use of its
own, made on purpose (:meth:`ModelUse.standalone`), and its tokens still count against the
per-user budget within that use.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.llm.pseudonymise import Pseudonyms
from bot.policy import Finding

Loader = Callable[[], Awaitable[int]]


async def _none_used() -> int:
    return 0


@dataclass(slots=True)
class ModelUse:
    """One turn's model bookkeeping; lives in memory for the turn only."""

    # Today's tokens so far (in + out), read from storage once per turn when a budget is set.
    user_usage: Loader
    department_usage: Loader
    # The user's message and its findings, once the engine has looked for personal data
    # (None before: a call then searches what it sends itself).
    message_text: str = ""
    message_findings: tuple[Finding, ...] | None = None
    pseudonyms: Pseudonyms = field(default_factory=Pseudonyms)
    tokens_in: int = 0
    tokens_out: int = 0
    failure: str | None = None  # "unavailable", "unusable", "budget_user", "budget_department"
    calls: int = 0
    _used_user: int | None = None
    _used_department: int | None = None

    @classmethod
    def standalone(cls) -> ModelUse:
        """A use outside any conversation (``lotse llm check``, benchmarks, tests): nothing
        used before it, so budgets count this use's own tokens only."""
        return cls(user_usage=_none_used, department_usage=_none_used)

    @property
    def tokens(self) -> int:
        return self.tokens_in + self.tokens_out

    def add_tokens(self, tokens_in: int, tokens_out: int) -> None:
        """Backends report every answered call here."""
        self.tokens_in += tokens_in
        self.tokens_out += tokens_out

    async def used_today(self) -> tuple[int, int]:
        """(user, department) tokens today, this turn's calls included."""
        if self._used_user is None:
            self._used_user = await self.user_usage()
        if self._used_department is None:
            self._used_department = await self.department_usage()
        return self._used_user + self.tokens, self._used_department + self.tokens
