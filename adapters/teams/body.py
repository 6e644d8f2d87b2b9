"""The request body of ``POST /api/messages``: read within a size and a time limit, parsed as
JSON of bounded nesting depth. Nothing here logs or returns the body's content."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

# A Teams activity nests about ten levels deep (an Adaptive Card submit in an invoke a few
# more); anything far deeper is not an activity, and recursion on it could exhaust the stack.
MAX_JSON_DEPTH = 64
_CHUNK = 64 * 1024


class BodyTooLarge(Exception):
    pass


class BodyTooSlow(Exception):
    pass


async def read_limited(request: web.Request, limit: int, seconds: float) -> bytes:
    """The body, refusing more than ``limit`` bytes (without reading them all) or a client
    that takes longer than ``seconds`` to send it."""
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.content.iter_chunked(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise BodyTooLarge
                chunks.append(chunk)
    except TimeoutError:
        raise BodyTooSlow from None
    return b"".join(chunks)


def depth_within(value: Any, limit: int) -> bool:
    """Whether ``value`` nests at most ``limit`` levels of arrays and objects (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


def parse_activity(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> dict[str, Any] | None:
    """The activity object, or None when the body is not an activity (not JSON, nested
    deeper than ``max_depth``, not an object with a ``type``)."""
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str):
        return None
    if not depth_within(body, max_depth):
        return None
    return body
