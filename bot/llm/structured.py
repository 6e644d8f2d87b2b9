"""Answers in an agreed form, from models that do not always keep it.

Open models often wrap the answer in a code fence, put a sentence before it, mark a label in
bold, leave out the blank line after ``Betreff:``, write a heading without ``##``, or think
aloud in ``<think>`` tags first. Skills parse with :func:`parse_repaired`: their own parser on
the answer as it is, then on the answer with these small, meaning-preserving repairs. What
still cannot be parsed is unusable: the skill uses its offline result and
the bound model's ``report_unusable`` makes the reply say so (``note.unusable``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

log = logging.getLogger("lotse.llm")
T = TypeVar("T")

_OPEN, _CLOSE = "<think>", "</think>"
_REASONING = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_FENCE = re.compile(r"```[\w-]*[ \t]*\n(.*?)\n?[ \t]*```", re.DOTALL)
_MARKUP = re.compile(r"^[\s#>*_]*|[\s*_]*$")  # "## **Betreff:**" -> "Betreff:"
_NUMBERING = re.compile(r"^\d+[.)]\s*")


def strip_reasoning(text: str) -> str:
    """``text`` without ``<think>…</think>`` blocks (reasoning models served without a
    reasoning parser put them into the answer)."""
    if _OPEN not in text:
        return text
    return _REASONING.sub("", text).lstrip()


class ReasoningFilter:
    """:func:`strip_reasoning` for streamed text: pieces in, visible text out."""

    def __init__(self) -> None:
        self._buffer = ""
        self._inside = False
        self._started = False

    def feed(self, piece: str) -> str:
        self._buffer += piece
        out: list[str] = []
        while True:
            if self._inside:
                end = self._buffer.find(_CLOSE)
                if end < 0:
                    self._buffer = self._buffer[-(len(_CLOSE) - 1) :]
                    break
                self._buffer = self._buffer[end + len(_CLOSE) :].lstrip()
                self._inside = False
                continue
            start = self._buffer.find(_OPEN)
            if start < 0:
                keep = _partial_tag(self._buffer)
                out.append(self._buffer[: len(self._buffer) - keep])
                self._buffer = self._buffer[len(self._buffer) - keep :]
                break
            out.append(self._buffer[:start])
            self._buffer = self._buffer[start + len(_OPEN) :]
            self._inside = True
        return "".join(out)

    def flush(self) -> str:
        rest, self._buffer = ("" if self._inside else self._buffer), ""
        return rest


def _partial_tag(text: str) -> int:
    """How many characters at the end of ``text`` may begin ``<think>``."""
    for size in range(min(len(_OPEN) - 1, len(text)), 0, -1):
        if _OPEN.startswith(text[-size:]):
            return size
    return 0


def unfence(text: str) -> str:
    """The content of the first code fence, when the answer has one; else ``text``."""
    match = _FENCE.search(text)
    return match.group(1) if match else text


def loads_object(text: str) -> dict[str, Any] | None:
    """One JSON object from a model's answer: as it is, inside a code fence, or between the
    first ``{`` and the last ``}`` (a sentence before or after it). None when there is none."""
    for candidate in (text, unfence(text), _braces(text)):
        try:
            value = json.loads(candidate)
        except (TypeError, ValueError):
            continue
        if isinstance(value, dict):
            return value
    return None


def _braces(text: str) -> str:
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else ""


def _label(line: str) -> str:
    return _MARKUP.sub("", line)


def repair_subject_form(text: str, labels: Sequence[str]) -> str:
    """``<label>: subject`` + blank line + body, from an answer with a fence, a sentence
    before the subject line, markup around the label, no blank line after the subject, or
    as a JSON object with the subject and one text field."""
    names = tuple(label.casefold() for label in labels)
    fields = {
        key.casefold(): value
        for key, value in (loads_object(text) or {}).items()
        if isinstance(value, str) and value.strip()
    }
    subjects = [fields[name] for name in names if name in fields]
    others = [value for key, value in fields.items() if key not in names]
    if subjects and len(others) == 1:
        return f"{labels[0]}: {subjects[0].strip()}\n\n{others[0].strip()}\n"
    lines = strip_reasoning(unfence(text)).strip().splitlines()
    for number, line in enumerate(lines):
        clean = _label(line).replace("**", "").replace("__", "")
        name, colon, subject = clean.partition(":")
        if colon and name.strip().casefold() in names and subject.strip():
            body = "\n".join(lines[number + 1 :]).strip()
            return f"{name.strip()}: {subject.strip()}\n\n{body}\n"
    return text


def repair_headings(text: str, headings: Iterable[str]) -> str:
    """Known headings written as ``**Anliegen**``, ``Anliegen:`` or ``1. Anliegen`` become
    ``## Anliegen``; a fence around the outline goes."""
    known = {heading.casefold() for heading in headings}
    out: list[str] = []
    for line in strip_reasoning(unfence(text)).splitlines():
        name = _NUMBERING.sub("", _label(line)).rstrip(":").replace("**", "").strip()
        out.append(f"## {name}" if name.casefold() in known else line)
    return "\n".join(out)


def parse_repaired(
    text: str, parse: Callable[[str], T | None], repairs: Sequence[Callable[[str], str]]
) -> T | None:
    """``parse(text)``, else ``parse`` of the text after each repair in turn (cumulative);
    None when nothing parses. A ``ValueError`` from ``parse`` counts as "does not parse"."""
    candidate = text
    for repair in (None, *repairs):
        if repair is not None:
            candidate = repair(candidate)
        try:
            result = parse(candidate)
        except ValueError:
            result = None
        if result is not None:
            if repair is not None:
                log.info("model answer repaired into the agreed form")
            return result
    return None
