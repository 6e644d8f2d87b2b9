"""Matrix spaces as department scopes: the parents a room declares in ``m.space.parent``
state events (the canonical parent first), learnt from each sync's state and timeline."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

SPACE_PARENT = "m.space.parent"


class SpaceParents:
    """The parent spaces of every joined room, as ``space:<room id>`` scopes."""

    def __init__(self) -> None:
        self._parents: dict[str, dict[str, bool]] = {}

    def update(self, room_id: str, events: Iterable[Any]) -> None:
        """Apply the room's ``m.space.parent`` events in order (later ones win)."""
        for event in events:
            source = getattr(event, "source", None)
            if not isinstance(source, dict) or source.get("type") != SPACE_PARENT:
                continue
            parent = source.get("state_key")
            content = source.get("content")
            if not isinstance(parent, str) or not parent:
                continue
            parents = self._parents.setdefault(room_id, {})
            # A parent link without ``via`` servers is a removed link (spec).
            if (
                isinstance(content, dict)
                and isinstance(content.get("via"), list)
                and content["via"]
            ):
                parents[parent] = content.get("canonical") is True
            else:
                parents.pop(parent, None)

    def scopes(self, room_id: str) -> tuple[str, ...]:
        parents = self._parents.get(room_id, {})
        ordered = sorted(parents, key=lambda parent: (not parents[parent], parent))
        return tuple(f"space:{parent}" for parent in ordered)
