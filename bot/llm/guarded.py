"""The model as skills see it: every call is budgeted, pseudonymised, retried and restored.

:class:`GuardedLLM` is the configured model; it cannot call anything until it is bound to a
turn's :class:`~bot.llm.use.ModelUse`, which holds the budget, the pseudonyms and the token
counts. Order per call of the bound model: 1. budget (no tokens spent over budget),
2. pseudonymise every turn of the request (the system prompt is our own static text),
3. attempts with retries and a deadline, 4. placeholders in the answer (text, streamed text,
tool arguments) back to the real values.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Protocol

from bot import metrics
from bot.failures import log_failure
from bot.llm.errors import BudgetExceeded
from bot.llm.port import ChatTurn, LLMRequest, LLMResponse, LLMUnavailable, ToolCall
from bot.llm.pseudonymise import Pseudonyms, StreamRestorer
from bot.llm.retry import RetryPolicy, call_with_retries, stream_with_retries
from bot.llm.settings import LLMSettings
from bot.llm.use import ModelUse
from bot.policy import Finding, find_personal_data

log = logging.getLogger("lotse.llm")

# Where a backend reports the tokens of an answered stream: (tokens in, tokens out).
UsageSink = Callable[[int, int], None]


class AttemptBackend(Protocol):
    """One attempt at a model API, with a timeout (see ``AnthropicBackend``)."""

    name: str

    async def complete(self, request: LLMRequest, seconds: float) -> LLMResponse: ...

    def stream(self, request: LLMRequest, seconds: float, usage: UsageSink) -> AsyncIterator[str]:
        """Text pieces; ``usage`` receives the tokens once the stream has ended."""
        ...


class GuardedLLM:
    """Implements :class:`bot.llm.port.Model` around an :class:`AttemptBackend`."""

    def __init__(self, backend: AttemptBackend, settings: LLMSettings) -> None:
        self._backend = backend
        self._settings = settings
        self._policy = RetryPolicy.from_settings(settings)

    @property
    def name(self) -> str:
        return self._backend.name

    @property
    def available(self) -> bool:
        return True

    @property
    def backend(self) -> AttemptBackend:
        """The provider's backend (for ``lotse llm check``: what the server supports)."""
        return self._backend

    def bind(self, use: ModelUse, purpose: str = "general") -> BoundLLM:
        return BoundLLM(self._backend, self._settings, self._policy, use, purpose)

    async def aclose(self) -> None:
        close = getattr(self._backend, "aclose", None)
        if close is not None:
            await close()


class BoundLLM:
    """Implements :class:`bot.llm.port.LLM`: the model for one turn's :class:`ModelUse`."""

    def __init__(
        self,
        backend: AttemptBackend,
        settings: LLMSettings,
        policy: RetryPolicy,
        use: ModelUse,
        purpose: str,
    ) -> None:
        self._backend = backend
        self._settings = settings
        self._policy = policy
        self._use = use
        self._purpose = purpose

    @property
    def name(self) -> str:
        return self._backend.name

    @property
    def available(self) -> bool:
        return True

    def report_unusable(self, reason: str) -> None:
        log.warning("model answer unusable (%s); offline result used", reason)
        self._use.failure = "unusable"
        metrics.OFFLINE_FALLBACKS.labels("unusable").inc()

    def _purposed(self, request: LLMRequest) -> LLMRequest:
        if request.purpose == "general" and self._purpose != "general":
            return replace(request, purpose=self._purpose)
        return request

    async def complete(self, request: LLMRequest) -> LLMResponse:
        use = self._use
        request = self._purposed(request)
        await self._check_budget()
        masked = mask_request(request, use.pseudonyms, use)
        try:
            response = await call_with_retries(
                lambda timeout: self._backend.complete(masked, timeout), self._policy
            )
        except LLMUnavailable as error:
            _failed(use, "unavailable", error, request.purpose)
            raise
        use.add_tokens(response.tokens_in, response.tokens_out)
        metrics.model_answered("complete", response.tokens_in, response.tokens_out)
        _succeeded(use)
        pseudonyms = use.pseudonyms
        calls = tuple(
            ToolCall(call.name, pseudonyms.restore_data(dict(call.arguments)))
            for call in response.tool_calls
        )
        return replace(response, text=pseudonyms.restore(response.text), tool_calls=calls)

    async def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        use = self._use
        request = self._purposed(request)
        await self._check_budget()
        masked = mask_request(request, use.pseudonyms, use)
        restorer = StreamRestorer(use.pseudonyms)
        before = (use.tokens_in, use.tokens_out)  # the backend reports a stream's tokens late
        try:
            async for piece in stream_with_retries(
                lambda timeout: self._backend.stream(masked, timeout, use.add_tokens),
                self._policy,
            ):
                text = restorer.feed(piece)
                if text:
                    yield text
        except LLMUnavailable as error:
            _failed(use, "unavailable", error, request.purpose)
            raise
        rest = restorer.flush()
        if rest:
            yield rest
        metrics.model_answered("stream", use.tokens_in - before[0], use.tokens_out - before[1])
        _succeeded(use)

    async def _check_budget(self) -> None:
        per_user = self._settings.daily_tokens_per_user
        per_department = self._settings.daily_tokens_per_department
        if per_user is None and per_department is None:
            return
        used_user, used_department = await self._use.used_today()
        if per_user is not None and used_user >= per_user:
            error = BudgetExceeded("user")
        elif per_department is not None and used_department >= per_department:
            error = BudgetExceeded("department")
        else:
            return
        _failed(self._use, f"budget_{error.scope}", error, "budget")
        raise error


def mask_request(request: LLMRequest, pseudonyms: Pseudonyms, use: ModelUse) -> LLMRequest:
    """The request with personal data in every turn replaced by placeholders."""
    turns = tuple(
        ChatTurn(turn.role, mask_text(turn.content, pseudonyms, use)) for turn in request.turns
    )
    return replace(request, turns=turns)


def mask_text(text: str, pseudonyms: Pseudonyms, use: ModelUse) -> str:
    findings = _findings(text, use)
    return pseudonyms.mask_known(pseudonyms.mask(text, findings))


def _findings(text: str, use: ModelUse) -> tuple[Finding, ...]:
    """Reuse the engine's findings when ``text`` is part of the user's message (long notes
    are searched once per turn, not twice); otherwise search ``text`` itself."""
    known = use.message_findings
    message = use.message_text
    start = message.find(text) if known is not None and text else -1
    if known is not None and start >= 0:
        end = start + len(text)
        return tuple(
            Finding(f.kind, f.start - start, f.end - start, f.value)
            for f in known
            if f.start >= start and f.end <= end
        )
    return find_personal_data(text)


def _failed(use: ModelUse, failure: str, error: Exception, purpose: str) -> None:
    log_failure(log, f"model unavailable for {purpose}", error, level=logging.WARNING)
    use.failure = failure
    metrics.model_failed(failure)


def _succeeded(use: ModelUse) -> None:
    use.calls += 1
    use.failure = None
