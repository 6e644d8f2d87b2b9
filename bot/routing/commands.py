"""Parsing the command forms counsellors type: ``beruf X``, ``/beruf X``, ``!beruf X``."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PREFIXES = ("/", "!")
_FIRST_WORD = re.compile(r"^([^\s:]+)[:\s]*(.*)$", re.DOTALL)
_TRAILING = re.compile(r"[\s.!?]+$")


@dataclass(frozen=True, slots=True)
class CommandCall:
    word: str  # lower-case, without prefix
    args: str  # the rest, line breaks kept (pasted notes follow a command)
    prefixed: bool


def parse_command(text: str) -> CommandCall | None:
    stripped = text.strip()
    prefixed = stripped.startswith(_PREFIXES)
    if prefixed:
        stripped = stripped[1:].lstrip()
    match = _FIRST_WORD.match(stripped)
    if not match:
        return None
    return CommandCall(match.group(1).casefold(), match.group(2).strip(), prefixed)


def normalise_phrase(text: str) -> str:
    """Lower-case, single spaces, no prefix and no closing punctuation: for fixed phrases."""
    stripped = text.strip()
    if stripped.startswith(_PREFIXES):
        stripped = stripped[1:]
    collapsed = " ".join(stripped.casefold().split())
    return _TRAILING.sub("", collapsed) or collapsed  # a lone "?" stays "?"
