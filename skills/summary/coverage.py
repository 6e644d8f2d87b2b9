"""What the model path inherits from the offline rules: no line of the notes goes missing, and
a negated interest is marked even when the model filed it as an interest."""

from __future__ import annotations

import re
from dataclasses import replace

from skills.summary.cues import CueBook, fold
from skills.summary.model import Item, Section, Summary
from skills.summary.split import split_notes

_WORD = re.compile(r"\w+")
_STEM = 5  # "Bewerbung" and "Bewerbungen" share their first letters
_COVERED = 0.5  # share of a sentence's words the record must contain somewhere


def _stems(text: str) -> set[str]:
    """Content words cut to a common stem, and every number."""
    words = _WORD.findall(fold(text).casefold())
    return {w[:_STEM] for w in words if len(w) > 2 or w.isdigit()}


def missing_sentences(notes: str, summary: Summary, cues: CueBook) -> list[str]:
    """Sentences of the notes whose words the record mostly lacks (headings aside)."""
    written = set().union(*(_stems(i.text) for _, items in summary.sections() for i in items))
    missing = []
    for line in split_notes(notes):
        for sentence in line.sentences:
            heading = cues.heading(sentence)
            text = heading.rest if heading is not None else sentence
            stems = _stems(text)
            if stems and len(stems & written) < _COVERED * len(stems):
                missing.append(text)
    return missing


def complete(summary: Summary, notes: str, cues: CueBook) -> Summary:
    """The model's record with every sentence it left out under "Weitere Notizen", verbatim,
    and negated interests marked."""
    sections = {
        section: [
            replace(item, negated=True)
            if section is Section.STRENGTHS and cues.is_negated(item.text)
            else item
            for item in items
        ]
        for section, items in summary.sections()
    }
    sections.setdefault(Section.OTHER, [])
    sections[Section.OTHER].extend(Item(text) for text in missing_sentences(notes, summary, cues))
    return Summary.from_sections(sections)
