"""Gaps in a room's timeline: when a sync returns a ``limited`` timeline (more new events than
the sync's timeline limit, e.g. after Lotse was down during a burst), the events between the
previous sync and the timeline's start are fetched with ``/messages`` so none is lost."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from nio import AsyncClient, MessageDirection

from adapters.matrix.retry import retrying

log = logging.getLogger("lotse.matrix")

PAGE_SIZE = 100
MAX_PAGES = 50  # bounded: at most 5,000 missed events per room and sync


async def missed_events(
    client: AsyncClient, room_id: str, prev_batch: str, since: str
) -> list[Any]:
    """The events after the sync token ``since`` and before ``prev_batch``, oldest first.
    Transient failures propagate (the sync is then repeated)."""
    newest_first: list[Any] = []
    start = prev_batch
    for _ in range(MAX_PAGES):
        page = await retrying(
            partial(
                client.room_messages,
                room_id,
                start=start,
                end=since,
                direction=MessageDirection.back,
                limit=PAGE_SIZE,
            )
        )
        newest_first.extend(page.chunk)
        if not page.chunk or not page.end or page.end == start:
            break
        start = page.end
    else:
        log.warning("timeline gap truncated", extra={"room_id": room_id})
    log.info("timeline gap filled", extra={"room_id": room_id, "events": len(newest_first)})
    return newest_first[::-1]
