"""One way to log a failure: where it happened, never what it said.

An exception's message and arguments may quote what a user wrote (a parse error, a model
error echoing the prompt, a homeserver error with the event body), so they are never logged.
What is logged is enough to find the fault: the exception classes (with their causes) and the
stack frames as ``file:line in function``, plus the turn's correlation id, which the user sees
in the apology and the audit row carries too.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

MAX_FRAMES = 40  # the innermost ones; a deeper stack is cut at its outer end
MAX_CHAIN = 5  # causes followed (``raise … from …`` and implicit context)


def _roots() -> list[str]:
    """Import roots, longest first: a frame's file is shown relative to the one holding it."""
    roots = {str(Path(entry).resolve()) for entry in sys.path if entry}
    return sorted(roots, key=len, reverse=True)


def _short(filename: str, roots: list[str]) -> str:
    for root in roots:
        if filename.startswith(root + "/"):
            return filename[len(root) + 1 :]
    return filename


def error_name(error: BaseException) -> str:
    kind = type(error)
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"


def _cause(error: BaseException) -> BaseException | None:
    """What Python would print as "the above exception was the cause/during handling"."""
    if error.__cause__ is not None:
        return error.__cause__
    return None if error.__suppress_context__ else error.__context__


def _chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < MAX_CHAIN and current not in chain:
        chain.append(current)
        current = _cause(current)
    return chain


def describe(error: BaseException) -> tuple[str, str]:
    """``(classes, frames)`` of an error and its causes; no message text, no arguments."""
    roots = _roots()
    names: list[str] = []
    stacks: list[str] = []
    for link in _chain(error):
        names.append(error_name(link))
        frames = traceback.extract_tb(link.__traceback__)[-MAX_FRAMES:]
        where = " > ".join(
            f"{_short(frame.filename, roots)}:{frame.lineno} in {frame.name}" for frame in frames
        )
        stacks.append(f"{error_name(link)} at {where or '?'}")
    return " < ".join(names), " | ".join(stacks)


def log_failure(
    logger: logging.Logger,
    what: str,
    error: BaseException,
    *,
    correlation_id: str | None = None,
    level: int = logging.ERROR,
    **fields: object,
) -> None:
    """Log ``what`` failed, with the error's classes and frames (``error`` and ``frames``
    fields), the turn's ``correlation_id`` when there is one, and ``fields`` (ids, counts —
    never content)."""
    classes, frames = describe(error)
    extra: dict[str, object] = {**fields, "error": classes, "frames": frames}
    if correlation_id is not None:
        extra["correlation_id"] = correlation_id
    logger.log(level, "%s: %s", what, classes, extra=extra)
