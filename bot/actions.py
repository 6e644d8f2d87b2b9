"""Typed actions: what a click, a card submit or a reaction asks for — a verb and typed data,
handed to its handler as it is, never written out as command text and parsed back.

An action is a frozen dataclass subclassing :class:`UserAction` with a class-level ``verb``.
Adapters that send an action over the wire (a card button's data) use :func:`encode` and
:func:`decode`; decoding validates every field against its declared type (pydantic), so what
a client sends back cannot become anything but a well-formed action of a known verb.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import TypeAdapter, ValidationError

_KINDS: dict[str, type[UserAction]] = {}
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


class UserAction:
    """Base of every typed action; subclasses are frozen dataclasses naming their ``verb``."""

    __slots__ = ()
    verb: ClassVar[str]
    # False for an action that reads and writes no conversation state (a rating): it skips
    # the conversation lock, so a thumb clicked while an answer is written counts at once.
    locks_conversation: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        verb = cls.__dict__.get("verb")
        if not isinstance(verb, str) or not verb:
            raise TypeError(f"{cls.__name__} must name its verb")
        known = _KINDS.get(verb)
        if known is not None and known.__qualname__ != cls.__qualname__:
            raise TypeError(f"verb {verb!r} is taken by {known.__name__}")
        _KINDS[verb] = cls
        _ADAPTERS.pop(verb, None)


def kind_of(verb: str) -> type[UserAction] | None:
    """The action class for ``verb``, None for a verb nobody declared."""
    return _KINDS.get(verb)


def _adapter(kind: type[UserAction]) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(kind.verb)
    if adapter is None:  # built on first use: the dataclass is complete only then
        adapter = _ADAPTERS[kind.verb] = TypeAdapter(kind)
    return adapter


def encode(action: UserAction) -> dict[str, Any]:
    """The action's fields as JSON-ready data (the verb travels beside it)."""
    data = _adapter(type(action)).dump_python(action, mode="json")
    return dict(data)


def decode(verb: str, data: Mapping[str, Any]) -> UserAction | None:
    """The action of ``verb`` built from ``data`` (unknown keys ignored), or None when the verb
    is unknown or a field is missing or of the wrong type."""
    kind = kind_of(verb)
    if kind is None:
        return None
    try:
        action = _adapter(kind).validate_python(dict(data))
    except ValidationError:
        return None
    return action if isinstance(action, kind) else None


def fill(data: Mapping[str, Any], inputs: Mapping[str, Any]) -> dict[str, Any]:
    """A button's action ``data`` with a form's ``inputs`` in the fields it leaves empty (None,
    missing, or an empty mapping); a value the button's action carries is never replaced, so
    a form's picker cannot redirect the "save" of what the form showed."""
    filled = dict(data)
    for name, value in inputs.items():
        current = filled.get(name)
        empty = current is None or (isinstance(current, Mapping) and not current)
        if empty:
            filled[name] = dict(value) if isinstance(value, Mapping) else value
    return filled
