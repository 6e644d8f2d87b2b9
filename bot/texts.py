"""User-facing text, kept as data: one YAML file per language in a directory.

The engine has its catalogue in ``bot/texts/``; each skill keeps its own beside its code, so a
new skill never edits the engine. Keys are nested in YAML and addressed with dots.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from bot.yaml_data import load_yaml

LANGUAGES = ("de", "en")
FALLBACK = "de"


def _flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, path + "."))
        else:
            flat[path] = str(value)
    return flat


class Texts:
    """Looks up ``key`` in the user's language and fills ``{placeholders}``."""

    def __init__(self, tables: Mapping[str, Mapping[str, str]]) -> None:
        missing = set(tables.get(FALLBACK, {})) ^ set(tables.get("en", {}))
        if missing:
            raise ValueError(f"text keys differ between languages: {sorted(missing)[:5]}")
        self._tables = tables

    @classmethod
    def load(cls, directory: Path) -> Texts:
        tables: dict[str, dict[str, str]] = {}
        for language in LANGUAGES:
            with (directory / f"{language}.yaml").open(encoding="utf-8") as handle:
                tables[language] = _flatten(load_yaml(handle) or {})
        return cls(tables)

    def keys(self) -> set[str]:
        return set(self._tables[FALLBACK])

    def get(self, language: str, key: str, /, **values: object) -> str:
        table = self._tables.get(language) or self._tables[FALLBACK]
        template = table.get(key) or self._tables[FALLBACK][key]
        return template.format(**values) if values else template


@cache
def engine_texts() -> Texts:
    return Texts.load(Path(__file__).with_name("texts"))
