"""The cue book: weighted patterns and heading words from ``cues.yaml``, compiled once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from skills.summary.model import Section

CUES_FILE = Path(__file__).with_name("cues.yaml")


@dataclass(frozen=True, slots=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A heading at the start of a sentence; ``section`` is None for an assessment heading."""

    section: Section | None
    rest: str  # the text after the heading on the same line, possibly empty


@dataclass(frozen=True, slots=True)
class CueBook:
    """Everything the offline summariser knows about German session notes."""

    cues: Mapping[Section, tuple[Cue, ...]]
    assessment: tuple[re.Pattern[str], ...]
    headings: re.Pattern[str]
    heading_sections: Mapping[str, Section | None]  # lower-cased heading word -> section
    priority: tuple[Section, ...]
    fallback_fact: Section
    fallback_assessment: Section
    filler: frozenset[str] = frozenset()  # words of a bare request line ("Bitte folgende:")

    def scores(self, sentence: str) -> dict[Section, float]:
        """Total cue weight per section (sections without a hit are left out)."""
        totals: dict[Section, float] = {}
        for section, cues in self.cues.items():
            total = sum(cue.weight for cue in cues if cue.pattern.search(sentence))
            if total:
                totals[section] = total
        return totals

    def best(self, sentence: str) -> Section | None:
        """The section with the highest score; ties go by priority; None without any cue."""
        totals = self.scores(sentence)
        if not totals:
            return None
        return max(totals, key=lambda s: (totals[s], -self.priority.index(s)))

    def is_assessment(self, sentence: str) -> bool:
        return any(pattern.search(sentence) for pattern in self.assessment)

    def heading(self, sentence: str) -> HeadingMatch | None:
        match = self.headings.match(sentence)
        if match is None:
            return None
        word = " ".join(match.group("word").lower().split())
        return HeadingMatch(self.heading_sections[word], (match.group("rest") or "").strip())


def _section(name: Any, where: str) -> Section:
    try:
        return Section(name)
    except ValueError:
        raise ValueError(f"cues: unknown section {name!r} in {where}") from None


def _compile(pattern: Any, where: str) -> re.Pattern[str]:
    try:
        return re.compile(str(pattern), re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"cues: bad pattern in {where}: {error}") from None


def _heading_pattern(words: list[str]) -> re.Pattern[str]:
    # Longest first so "Offene Punkte" wins over "Offen"; Markdown emphasis and '#' tolerated.
    alternatives = "|".join(
        r"\s+".join(re.escape(part) for part in word.split())
        for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(
        rf"^[#*_\s]*(?P<word>{alternatives})[*_\s]*(?::[*_\s]*(?P<rest>.*)|(?P<end>$))",
        re.IGNORECASE | re.DOTALL,
    )


def parse_cues(raw: Mapping[str, Any]) -> CueBook:
    """Validate and compile the YAML structure; errors name the offending entry."""
    cues = {
        _section(name, "cues"): tuple(
            Cue(_compile(pattern, f"cues.{name}"), float(weight))
            for pattern, weight in (entries or {}).items()
        )
        for name, entries in raw["cues"].items()
    }
    heading_sections: dict[str, Section | None] = {}
    for name, words in raw["headings"].items():
        for word in words:
            heading_sections[" ".join(str(word).lower().split())] = _section(name, "headings")
    for word in raw.get("assessment_headings", ()):
        heading_sections[" ".join(str(word).lower().split())] = None
    priority = tuple(_section(name, "priority") for name in raw["priority"])
    if set(priority) != set(Section):
        raise ValueError("cues: priority must list every section exactly once")
    return CueBook(
        cues=cues,
        assessment=tuple(_compile(p, "assessment") for p in raw.get("assessment", ())),
        headings=_heading_pattern(list(heading_sections)),
        heading_sections=heading_sections,
        priority=priority,
        fallback_fact=_section(raw["fallback"]["fact"], "fallback"),
        fallback_assessment=_section(raw["fallback"]["assessment"], "fallback"),
        filler=frozenset(str(word).lower() for word in raw.get("request_filler", ())),
    )


def load_cues(path: Path) -> CueBook:
    with path.open(encoding="utf-8") as handle:
        return parse_cues(yaml.safe_load(handle))


@cache
def default_cues() -> CueBook:
    return load_cues(CUES_FILE)
