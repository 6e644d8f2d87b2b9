"""The model as skills see it: every call is budgeted, pseudonymised, retried and restored.

Order per call: 1. budget (no tokens spent over budget), 2. pseudonymise every turn of the
request (the system prompt is our own static text), 3. attempts with retries and a deadline,
4. placeholders in the answer (text, streamed text, tool arguments) back to the real values.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Protocol

from bot.llm.errors import BudgetExceeded
from bot.llm.port import ChatTurn, LLMRequest, LLMResponse, LLMUnavailable, ToolCall
from bot.llm.pseudonymise import Pseudonyms, StreamRestorer
from bot.llm.retry import RetryPolicy, call_with_retries, stream_with_retries
from bot.llm.scope import ModelScope, current_scope
from bot.llm.settings import LLMSettings
from bot.policy import Finding, find_personal_data

log = logging.getLogger("lotse.llm")


class AttemptBackend(Protocol):
    """One attempt at a model API, with a timeout (see ``AnthropicBackend``)."""

    name: str

    async def complete(self, request: LLMRequest, seconds: float) -> LLMResponse: ...

    def stream(self, request: LLMRequest, seconds: float) -> AsyncIterator[str]: ...


class GuardedLLM:
    """Implements :class:`bot.llm.port.LLM` around an :class:`AttemptBackend`."""

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

    async def complete(self, request: LLMRequest) -> LLMResponse:
        scope = current_scope()
        await self._check_budget(scope)
        pseudonyms = scope.pseudonyms if scope else Pseudonyms()
        masked = mask_request(request, pseudonyms, scope)
        try:
            response = await call_with_retries(
                lambda timeout: self._backend.complete(masked, timeout), self._policy
            )
        except LLMUnavailable as error:
            _failed(scope, "unavailable", error, request.purpose)
            raise
        _succeeded(scope)
        calls = tuple(
            ToolCall(call.name, pseudonyms.restore_data(dict(call.arguments)))
            for call in response.tool_calls
        )
        return replace(response, text=pseudonyms.restore(response.text), tool_calls=calls)

    async def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        scope = current_scope()
        await self._check_budget(scope)
        pseudonyms = scope.pseudonyms if scope else Pseudonyms()
        masked = mask_request(request, pseudonyms, scope)
        restorer = StreamRestorer(pseudonyms)
        try:
            async for piece in stream_with_retries(
                lambda timeout: self._backend.stream(masked, timeout), self._policy
            ):
                text = restorer.feed(piece)
                if text:
                    yield text
        except LLMUnavailable as error:
            _failed(scope, "unavailable", error, request.purpose)
            raise
        rest = restorer.flush()
        if rest:
            yield rest
        _succeeded(scope)

    async def aclose(self) -> None:
        close = getattr(self._backend, "aclose", None)
        if close is not None:
            await close()

    async def _check_budget(self, scope: ModelScope | None) -> None:
        per_user = self._settings.daily_tokens_per_user
        per_department = self._settings.daily_tokens_per_department
        if scope is None or (per_user is None and per_department is None):
            return
        used_user, used_department = await scope.used_today()
        if per_user is not None and used_user >= per_user:
            error = BudgetExceeded("user")
        elif per_department is not None and used_department >= per_department:
            error = BudgetExceeded("department")
        else:
            return
        _failed(scope, f"budget_{error.scope}", error, "budget")
        raise error


def mask_request(
    request: LLMRequest, pseudonyms: Pseudonyms, scope: ModelScope | None
) -> LLMRequest:
    """The request with personal data in every turn replaced by placeholders."""
    turns = tuple(
        ChatTurn(turn.role, mask_text(turn.content, pseudonyms, scope)) for turn in request.turns
    )
    return replace(request, turns=turns)


def mask_text(text: str, pseudonyms: Pseudonyms, scope: ModelScope | None) -> str:
    findings = _findings(text, scope)
    return pseudonyms.mask_known(pseudonyms.mask(text, findings))


def _findings(text: str, scope: ModelScope | None) -> tuple[Finding, ...]:
    """Reuse the engine's findings when ``text`` is part of the user's message (long notes
    are searched once per turn, not twice); otherwise search ``text`` itself."""
    if scope is not None:
        known = scope.message_findings()
        message = scope.message_text()
        start = message.find(text) if known is not None and text else -1
        if known is not None and start >= 0:
            end = start + len(text)
            return tuple(
                Finding(f.kind, f.start - start, f.end - start, f.value)
                for f in known
                if f.start >= start and f.end <= end
            )
    return find_personal_data(text)


def _failed(scope: ModelScope | None, failure: str, error: Exception, purpose: str) -> None:
    log.warning("model unavailable for %s: %s", purpose, type(error).__name__)
    if scope is not None:
        scope.failure = failure


def _succeeded(scope: ModelScope | None) -> None:
    if scope is not None:
        scope.calls += 1
        scope.failure = None
