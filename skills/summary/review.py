"""Marks record items that need the counsellor's review before they go into the file."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from bot.policy.special import find_special_categories, said_of_oneself
from bot.policy.special_things import describes_no_person
from bot.yaml_data import load_yaml
from skills.summary.model import Item, Summary

_PHRASES = Path(__file__).with_name("review.yaml")


@cache
def _phrases() -> tuple[re.Pattern[str], ...]:
    with _PHRASES.open(encoding="utf-8") as handle:
        raw = load_yaml(handle)
    countries = str(raw["countries"])
    return tuple(
        re.compile(str(pattern).replace("{countries}", countries), re.IGNORECASE)
        for pattern in raw["phrases"]
    )


def is_special(text: str) -> bool:
    """True when ``text`` mentions special-category data (health, religion, origin, ...)."""
    if find_special_categories(text, notes=True):
        return True
    # "Beraterin war letzte Woche krank": the counsellor's own absence is no client data; nor
    # is a thing the detector reads as such ("Herkunft der Daten", "ein krankes Angebot").
    return any(
        not said_of_oneself(text, match.start(), match.end())
        and not describes_no_person(text, match.start(), match.end(), "")
        for pattern in _phrases()
        for match in pattern.finditer(text)
    )


def mark_special(summary: Summary) -> Summary:
    """Flag items that mention special-category data (GDPR Art. 9). They stay in the
    counsellor's wording; the flag asks whether the file really needs them."""
    return Summary.from_sections(
        {section: [_marked(item) for item in items] for section, items in summary.sections()}
    )


def _marked(item: Item) -> Item:
    special = is_special(item.text)
    return item if item.special == special else replace(item, special=special)
