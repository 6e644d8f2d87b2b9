"""The admin panel's typed actions: what its buttons send back (see bot.admin_chat.panel)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.actions import UserAction


@dataclass(frozen=True, slots=True)
class ShowPanel(UserAction):
    """Open the panel, showing ``department`` (None: the first one the admin may manage)."""

    verb = "admin.panel.show"
    department: str | None = None


@dataclass(frozen=True, slots=True)
class ApplyPanel(UserAction):
    """Set ``department``'s skills (skill id → on) as a panel drawn at ``version`` showed them."""

    verb = "admin.panel.apply"
    department: str
    version: str
    skills: Mapping[str, bool] = field(default_factory=dict)
