"""Marks record items that need the counsellor's review before they go into the file."""

from __future__ import annotations

from dataclasses import replace

from bot.policy.special import find_special_categories
from skills.summary.model import Item, Summary


def mark_special(summary: Summary) -> Summary:
    """Flag items that mention special-category data (GDPR Art. 9: health, religion, origin,
    ...). They stay in the counsellor's wording; the flag asks whether the file needs them."""
    return Summary.from_sections(
        {section: [_marked(item) for item in items] for section, items in summary.sections()}
    )


def _marked(item: Item) -> Item:
    special = bool(find_special_categories(item.text))
    return item if item.special == special else replace(item, special=special)
