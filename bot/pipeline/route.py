"""Which handler answers: built-in, skill or "unknown" (see bot.routing.router)."""

from __future__ import annotations

from bot.pipeline.base import Handler
from bot.reply import Reply
from bot.routing.router import RouteKind, Router, action_route
from bot.turn import Turn


class RouteStep:
    def __init__(self, router: Router) -> None:
        self._router = router

    async def __call__(self, turn: Turn, next_: Handler) -> Reply:
        assert turn.state_key is not None
        states = turn.services.store.states
        turn.pending = await states.get(turn.state_key, turn.now)
        action = turn.message.action
        if action is not None:
            turn.route = action_route(action)
        else:
            llm = turn.services.llm.bind(turn.model_use, purpose="route")
            turn.route = await self._router.route(turn.message.text, turn.pending, llm)
        starts_new_skill_turn = turn.route.kind is RouteKind.SKILL and turn.route.follow_up is None
        if turn.pending is not None and starts_new_skill_turn:
            # A new request replaces an unanswered question; stale follow-ups never linger.
            await states.delete(turn.state_key)
            turn.pending = None
        return await next_(turn)
