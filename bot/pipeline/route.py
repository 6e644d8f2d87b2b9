"""Which handler answers: built-in, action, skill or "unknown" (see bot.routing.router)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot import language
from bot.reply import Reply
from bot.routing.router import RouteKind, Router, action_route
from bot.turn import Caller, Turn


class RouteStep:
    def __init__(self, router: Router) -> None:
        self._router = router

    async def __call__(self, turn: Caller, next_: Callable[[Turn], Awaitable[Reply]]) -> Reply:
        states = turn.services.store.states
        stored = await states.read(turn.state_key, turn.now)  # open question, remembered topic
        pending, recent = stored.pending, stored.recent
        carried = language.of_conversation(
            recent.data if recent is not None else None
        ) or language.of_conversation(pending.data if pending is not None else None)
        if not turn.language_settled and carried and carried != turn.language:
            turn = replace(turn, language=carried)  # "Gehalt?" in an English conversation
            turn.log.caller = turn
        action = turn.message.action
        if action is not None:
            route = action_route(action, self._router.registry)
        else:
            llm = turn.services.llm.bind(turn.model_use, purpose="route")
            route = await self._router.route(turn.message.text, pending, llm, recent)
        turn.log.route = route
        if pending is not None and route.kind is RouteKind.SKILL and route.follow_up is None:
            # A new request replaces an unanswered question; stale follow-ups never linger.
            await states.delete(turn.state_key)
            pending = None
        return await next_(Turn.routed(turn, route, pending, recent))
