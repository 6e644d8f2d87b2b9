"""Which handler answers: built-in, action, skill or "unknown" (see bot.routing.router)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot import language
from bot.llm.port import LLM
from bot.ports import ConversationState
from bot.reply import Reply
from bot.routing.router import Route, RouteKind, Router, action_route
from bot.routing.second_request import TwoRequests, two_requests
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
            split = None if pending is not None else await self._split(route, turn, llm, recent)
            if split is not None:
                # Two requests in one message: the first answered now, the second next, as a
                # turn of its own (Engine.handle); the gate keeps the whole message waiting.
                route, parts = split
                turn.log.unsplit, turn.log.resubmit = turn.message.text, parts.second
                turn = replace(turn, message=replace(turn.message, text=parts.first))
        turn.log.route = route
        if pending is not None and route.kind is RouteKind.SKILL and route.follow_up is None:
            # A new request replaces an unanswered question; stale follow-ups never linger.
            await states.delete(turn.state_key)
            pending = None
        return await next_(Turn.routed(turn, route, pending, recent))

    async def _split(
        self, route: Route, turn: Caller, llm: LLM, recent: ConversationState | None
    ) -> tuple[Route, TwoRequests] | None:
        """The first request's route and both parts, when the message holds two requests for
        two skills (bot.routing.second_request); None for one request. A message refused
        or not understood as a whole stays whole."""
        if route.kind is not RouteKind.SKILL:
            return None
        parts = two_requests(turn.message.text)
        if parts is None:
            return None
        first = await self._router.route(parts.first, None, llm, recent)
        second = await self._router.route(parts.second, None, llm, None)
        kinds = (first.kind, second.kind)
        if kinds != (RouteKind.SKILL, RouteKind.SKILL) or first.target == second.target:
            return None
        return first, parts
