"""The word lists of ``special_context.yaml`` (whose data a special-category word is about),
read once and shared by the readings in ``special.py`` and ``special_things.py``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_CONTEXT = Path(__file__).with_name("special_context.yaml")


@cache
def context_data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = load_yaml(_CONTEXT.read_text(encoding="utf-8"))
    return data
