"""Session-note summary: raw counselling notes sorted into the sections of the record."""

from __future__ import annotations

from skills.summary.model import Item, Section, Summariser, Summary
from skills.summary.offline import OfflineSummariser
from skills.summary.skill import SummarySkill

__all__ = ["Item", "OfflineSummariser", "Section", "Summariser", "Summary", "SummarySkill"]
