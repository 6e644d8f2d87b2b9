"""The model-based summariser: the model sorts the notes into the same fixed sections.

Long notes are cut at line boundaries into chunks that the model handles one after another;
the sections of all chunks are merged in order, without repeats. An answer that is not in the
agreed form, or that contains a number the notes do not contain, raises ``LLMUnavailable`` so
the skill falls back to its offline sorting.
"""

from __future__ import annotations

import logging
import re

from bot.llm.port import LLM, ChatTurn, LLMRequest, LLMUnavailable
from bot.llm.prompts import load_prompt
from bot.llm.structured import mark_unusable, repair_headings
from skills.summary.model import Item, Section, Summary

log = logging.getLogger(__name__)

# The headings of the prompt (German), plus English ones and the ids, for tolerance.
HEADINGS: dict[str, Section] = {
    "anliegen": Section.CONCERN,
    "ausgangssituation": Section.SITUATION,
    "interessen und stärken": Section.STRENGTHS,
    "besprochene inhalte": Section.DISCUSSED,
    "vereinbarungen": Section.AGREEMENTS,
    "nächste schritte": Section.NEXT_STEPS,
    "offene punkte": Section.OPEN,
    "concern": Section.CONCERN,
    "starting situation": Section.SITUATION,
    "interests and strengths": Section.STRENGTHS,
    "topics discussed": Section.DISCUSSED,
    "agreements": Section.AGREEMENTS,
    "next steps": Section.NEXT_STEPS,
    "open questions": Section.OPEN,
    **{section.value: section for section in Section},
}
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_ASSESSMENT = re.compile(r"^\((?:einschätzung|assessment)\)\s*", re.IGNORECASE)
_EMPTY = frozenset({"", "-", "–", "—", "keine", "none", "keine angaben"})
_NUMBER = re.compile(r"\d+")


def _numbers(text: str) -> set[str]:
    return {m.group(0).lstrip("0") or "0" for m in _NUMBER.finditer(text)}


def chunks(notes: str, size: int) -> list[str]:
    """``notes`` cut at line ends into pieces of at most ``size`` characters (a longer single
    line is cut hard)."""
    pieces: list[str] = []
    current = ""
    for line in notes.splitlines(keepends=True):
        while len(line) > size:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:size])
            line = line[size:]
        if len(current) + len(line) > size:
            pieces.append(current)
            current = ""
        current += line
    if current.strip():
        pieces.append(current)
    return pieces


def parse_sections(text: str) -> dict[Section, list[Item]]:
    """The model's outline as sections; raises ``ValueError`` when there is no heading."""
    sections: dict[Section, list[Item]] = {}
    current: Section | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            name = line.lstrip("#").strip().rstrip(":").strip().casefold()
            current = HEADINGS.get(name)
            if current is not None:
                sections.setdefault(current, [])
            continue
        if current is None:
            continue
        content = _BULLET.sub("", line).strip()
        assessment = bool(_ASSESSMENT.match(content))
        content = _ASSESSMENT.sub("", content).strip()
        if content.casefold() in _EMPTY:
            continue
        sections[current].append(Item(content, assessment))
    if not sections:
        raise ValueError("no section headings in the model's answer")
    return sections


def merge(parts: list[dict[Section, list[Item]]]) -> Summary:
    merged: dict[Section, list[Item]] = {section: [] for section in Section}
    seen: set[tuple[Section, str]] = set()
    for part in parts:
        for section, items in part.items():
            for item in items:
                key = (section, " ".join(item.text.casefold().split()))
                if key not in seen:
                    seen.add(key)
                    merged[section].append(item)
    return Summary.from_sections(merged)


class LLMSummariser:
    """Implements :class:`skills.summary.model.Summariser` with the model."""

    def __init__(self, llm: LLM, chunk_chars: int = 12_000, max_tokens: int = 4096) -> None:
        self._llm = llm
        self._chunk_chars = chunk_chars
        self._max_tokens = max_tokens
        self._prompt = load_prompt("summary")

    async def summarise(self, notes: str, language: str) -> Summary:
        del language  # the notes' own language is kept; labels are the caller's business
        parts = [await self._one(chunk) for chunk in chunks(notes, self._chunk_chars)]
        summary = merge(parts)
        invented = _numbers(" ".join(i.text for _, items in summary.sections() for i in items))
        if invented - _numbers(notes):
            mark_unusable("summary facts")
            raise LLMUnavailable("ungrounded summary")
        return summary

    async def _one(self, chunk: str) -> dict[Section, list[Item]]:
        response = await self._llm.complete(
            LLMRequest(
                system=self._prompt.text,
                turns=(ChatTurn("user", chunk),),
                max_tokens=self._max_tokens,
                purpose="summary",
            )
        )
        try:  # headings in bold or with a colon, a fence: repaired (safe on a good outline)
            return parse_sections(repair_headings(response.text, HEADINGS))
        except ValueError as error:
            mark_unusable("summary form")
            raise LLMUnavailable("unusable summary") from error
