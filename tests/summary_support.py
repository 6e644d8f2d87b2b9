"""Reading the offline summariser's filing in summary tests."""

from __future__ import annotations

from skills.summary import OfflineSummariser, Section


def placed(notes: str) -> list[tuple[Section, str]]:
    """Each item's section and text, in the summary's order."""
    return [
        (section, item.text)
        for section, found in OfflineSummariser().sort(notes).sections()
        for item in found
    ]
