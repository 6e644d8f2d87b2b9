"""System prompts as versioned files: ``prompts/<name>.md`` with a ``version:`` first line.

Prompts are German (the counsellors' working language; the model answers in the language the
prompt asks for). The version goes into logs, never the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).with_name("prompts")


@dataclass(frozen=True, slots=True)
class Prompt:
    name: str
    version: str
    text: str


@cache
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> Prompt:
    """The prompt ``name``; raises ``ValueError`` when its first line is not ``version: …``."""
    raw = (directory / f"{name}.md").read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    key, _, version = first.partition(":")
    if key.strip() != "version" or not version.strip():
        raise ValueError(f"prompt {name}: the first line must be 'version: <id>'")
    return Prompt(name, version.strip(), body.strip())
