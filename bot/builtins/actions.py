"""Which handler answers which typed action: one table, filled where the engine is put together."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from bot.actions import UserAction
from bot.reply import Outcome, Reply, Text
from bot.turn import Turn

A = TypeVar("A", bound=UserAction)
ActionHandler = Callable[[Turn, A], Awaitable[Reply]]


class ActionTable:
    """Handlers by action class; ``add`` keeps each handler's action type checked."""

    def __init__(self) -> None:
        self._handlers: dict[type[UserAction], Callable[[Turn, Any], Awaitable[Reply]]] = {}

    def add(self, kind: type[A], handler: ActionHandler[A]) -> None:
        if kind in self._handlers:
            raise ValueError(f"action {kind.verb!r} has a handler already")
        self._handlers[kind] = handler

    def __contains__(self, kind: type[UserAction]) -> bool:
        return kind in self._handlers

    async def handle(self, turn: Turn, action: UserAction) -> Reply:
        handler = self._handlers.get(type(action))
        if handler is None:  # declared, but nothing here answers it (an older engine)
            text = Text(turn.t("unknown.action"))
            return Reply((text,), outcome=Outcome.INVALID, language=turn.language)
        return await handler(turn, action)
