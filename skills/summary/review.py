"""Marks record items that need the counsellor's review before they go into the file."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from bot.policy.special import find_special_categories, said_of_oneself
from bot.policy.special_things import describes_no_person
from bot.yaml_data import load_yaml
from skills.summary.model import Item, Summary

_PHRASES = Path(__file__).with_name("review.yaml")


_CLAUSE_END = re.compile(r"[.;:!?,\n]")


@dataclass(frozen=True, slots=True)
class _Phrase:
    pattern: re.Pattern[str]
    names_country: bool  # a visit in the same clause undoes it ("in der Türkei im Urlaub")


@cache
def _raw() -> dict[str, object]:
    with _PHRASES.open(encoding="utf-8") as handle:
        raw: dict[str, object] = load_yaml(handle)
    return raw


@cache
def _phrases() -> tuple[_Phrase, ...]:
    raw = _raw()
    countries = str(raw["countries"])
    patterns = raw["phrases"]
    assert isinstance(patterns, list)
    return tuple(
        _Phrase(
            re.compile(str(pattern).replace("{countries}", countries), re.IGNORECASE),
            "{countries}" in str(pattern),
        )
        for pattern in patterns
    )


@cache
def _visits() -> re.Pattern[str]:
    return re.compile(str(_raw()["visits"]), re.IGNORECASE)


def _a_visit(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of a visit or a holiday."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    clause = text[before[-1] if before else 0 : after.start() if after else len(text)]
    return _visits().search(clause) is not None


def is_special(text: str) -> bool:
    """True when ``text`` mentions special-category data (health, religion, origin, ...)."""
    if find_special_categories(text, notes=True):
        return True
    # "Beraterin war letzte Woche krank": the counsellor's own absence is no client data; nor
    # is a thing the detector reads as such ("Herkunft der Daten", "ein krankes Angebot").
    return any(
        not said_of_oneself(text, match.start(), match.end())
        and not describes_no_person(text, match.start(), match.end(), "")
        and not (phrase.names_country and _a_visit(text, match.start(), match.end()))
        for phrase in _phrases()
        for match in phrase.pattern.finditer(text)
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
