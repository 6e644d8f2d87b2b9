"""The model-based summariser: the model sorts the notes into the same fixed sections.

Long notes are cut at line boundaries into chunks that the model handles one after another;
the sections of all chunks are merged in order, without repeats. An answer that is not in the
agreed form, or that contains a number the notes do not contain, raises ``LLMUnavailable`` so
the skill falls back to its offline sorting. A sentence of the notes that the model left out is
added verbatim under "Weitere Notizen".
"""

from __future__ import annotations

import logging
import re

from bot.llm.port import LLM, ChatTurn, LLMRequest, LLMUnavailable
from bot.llm.prompts import load_prompt
from bot.llm.structured import repair_headings
from skills.summary.coverage import complete
from skills.summary.cues import default_cues
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
    "weitere notizen": Section.OTHER,
    "sonstiges": Section.OTHER,
    "concern": Section.CONCERN,
    "starting situation": Section.SITUATION,
    "interests and strengths": Section.STRENGTHS,
    "topics discussed": Section.DISCUSSED,
    "agreements": Section.AGREEMENTS,
    "next steps": Section.NEXT_STEPS,
    "open questions": Section.OPEN,
    "further notes": Section.OTHER,
    "other notes": Section.OTHER,
    **{section.value: section for section in Section},
}
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_ASSESSMENT = re.compile(r"^\((?:einschätzung|assessment)\)\s*", re.IGNORECASE)
_EMPTY = frozenset({"", "-", "–", "—", "keine", "none", "keine angaben"})
# A number, with thousands grouped ("1.500", "1 500") read as one: "1500" in the notes may
# come back as "1.500 €" without being invented.
_NUMBER = re.compile(r"\d{1,3}(?:[. ’']\d{3})+(?![\d.])|\d+")
_GROUPING = re.compile(r"[. ’']")
_DIGIT_CHAIN = re.compile(r"\d(?:[\d \-/]*\d)?")  # digits with the separators of phone numbers
_PHONE_DIGITS = 5  # shorter numbers must match as a whole: "20" is not found in "2009"


def _digits(number: str) -> str:
    return number.lstrip("0") or "0"


def _numbers(text: str) -> set[str]:
    """The numbers in ``text`` without leading zeros, grouped ones also without grouping."""
    found = set()
    for match in _NUMBER.finditer(text):
        parts = _GROUPING.split(match.group(0))
        found.add(_digits("".join(parts)))
        found.update(_digits(part) for part in parts)  # "02381 123 456" may be a phone number
    return found


def ungrounded(text: str, notes: str) -> bool:
    """True when ``text`` has a number the notes do not have (in any grouping; a long number
    such as a phone number may be grouped differently: "0176 5550123" = "0176/555 01 23")."""
    known = _numbers(notes)
    chains = [re.sub(r"\D", "", chain) for chain in _DIGIT_CHAIN.findall(notes)]
    for match in _NUMBER.finditer(text):
        parts = _GROUPING.split(match.group(0))
        whole = _digits("".join(parts))
        if whole in known or all(_digits(p) in known for p in parts):
            continue
        if len(whole) < _PHONE_DIGITS or not any(whole in chain for chain in chains):
            return True
    return False


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
        written = " ".join(i.text for _, items in summary.sections() for i in items)
        if ungrounded(written, notes):
            self._llm.report_unusable("summary facts")
            raise LLMUnavailable("ungrounded summary")
        return complete(summary, notes, default_cues())

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
            self._llm.report_unusable("summary form")
            raise LLMUnavailable("unusable summary") from error
