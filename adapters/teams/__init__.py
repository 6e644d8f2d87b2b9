"""Lotse in Microsoft Teams: Bot Framework activities in, Markdown and Adaptive Cards out.

Only ``sdk.py`` knows botbuilder; parsing, rendering and the turn logic work on plain
activity JSON."""

from __future__ import annotations

from adapters.teams.endpoint import TeamsAdapter
from adapters.teams.settings import TeamsSettings

__all__ = ["TeamsAdapter", "TeamsSettings"]
