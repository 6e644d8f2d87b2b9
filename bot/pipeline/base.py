"""The step contract and the chain builder (aiogram's middleware idea)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Protocol

from bot.reply import Block, Outcome, Reply
from bot.turn import Turn

Handler = Callable[[Turn], Awaitable[Reply]]


class Step(Protocol):
    async def __call__(self, turn: Turn, next_: Handler) -> Reply: ...


def build_chain(steps: Sequence[Step], final: Handler) -> Handler:
    """Wrap ``final`` so that ``steps[0]`` runs first and decides whether to call on."""
    handler = final
    for step in reversed(steps):
        handler = partial(step, next_=handler)
    return handler


def reply(turn: Turn, *blocks: Block, outcome: Outcome = Outcome.OK) -> Reply:
    """A reply in the turn's language with the turn's route as its skill."""
    route = turn.route
    skill_id = route.target if route is not None and route.target else None
    return Reply(blocks=blocks, outcome=outcome, language=turn.language, skill_id=skill_id)


def prepend(first: Sequence[Block], rest: Reply) -> Reply:
    return replace(rest, blocks=(*first, *rest.blocks))
