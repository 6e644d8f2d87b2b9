"""The step contract and how steps are linked (aiogram's middleware idea, typed by stage).

A step receives one stage of the turn and the rest of the pipeline, which takes the stage the
step hands on: ``Identify`` takes an ``Arrival`` and hands on a ``Caller``, the routing step
hands on a ``Turn``. Linking checks that each step's output is what the next one takes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from bot.reply import Block, Reply

In = TypeVar("In", contravariant=True)
Out = TypeVar("Out", covariant=True)
S = TypeVar("S")
T = TypeVar("T")

Handler = Callable[[S], Awaitable[Reply]]


class Step(Protocol[In, Out]):
    async def __call__(self, turn: In, next_: Callable[[Out], Awaitable[Reply]]) -> Reply: ...


def link(step: Step[S, T], next_: Handler[T]) -> Handler[S]:
    """``step`` in front of ``next_``: it runs first and decides whether to call on."""

    async def linked(turn: S) -> Reply:
        return await step(turn, next_)

    return linked


def build_chain(steps: Sequence[Step[S, S]], final: Handler[S]) -> Handler[S]:
    """Steps that hand on the stage they take, ``steps[0]`` outermost."""
    handler = final
    for step in reversed(steps):
        handler = link(step, handler)
    return handler


def prepend(first: Sequence[Block], rest: Reply) -> Reply:
    return replace(rest, blocks=(*first, *rest.blocks))
