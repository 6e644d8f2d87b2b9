"""Readings of one message shared within its turn.

Several checks of a turn read the same text the same way: the occupation skill extracts its
query twice, folds the same word nine times, the router and the skill parse the same command.
Inside a turn's scope (:func:`message_scope`, opened by the engine) a function marked
:func:`per_message` computes once per distinct arguments and hands the same result to every
later caller of that turn. The memo is dropped when the turn ends: nothing of a message
outlives its turn, and the same message sent again is read afresh. Outside a scope (tests,
command-line tools, a thread without the turn's context) every call computes.

Only pure functions of hashable arguments whose results are immutable may be marked.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_MISSING = object()
_memo: ContextVar[dict[Hashable, object] | None] = ContextVar("lotse_message_memo", default=None)


class message_scope:  # lower case: used like a function, ``with message_scope():``
    """Share readings between the steps of one turn; forget them when it ends. (A class, not
    a generator-based context manager: it is entered once per message.)"""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _memo.set({})

    def __exit__(self, *_: object) -> None:
        _memo.reset(self._token)


def per_message(function: Callable[P, R]) -> Callable[P, R]:
    """Compute ``function`` once per turn and arguments (positional and keyword)."""

    @functools.wraps(function)
    def shared(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _memo.get()
        if memo is None:
            return function(*args, **kwargs)
        key = (shared, args, tuple(kwargs.items())) if kwargs else (shared, args)
        try:  # (a lookup, not a caught KeyError: most calls are the first of their turn)
            found = memo.get(key, _MISSING)
        except TypeError:  # an unhashable argument: computed, not shared
            return function(*args, **kwargs)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        result = memo[key] = function(*args, **kwargs)
        return result

    return shared
