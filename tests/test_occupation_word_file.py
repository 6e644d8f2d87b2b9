"""``data/words.yaml`` of the occupation skill is read in one place, once (normalise.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skills.occupation import normalise, qualified

SKILL = Path(normalise.__file__).parent


def test_only_the_shared_loader_opens_the_word_file() -> None:
    readers = sorted(
        path.name for path in SKILL.rglob("*.py") if '"words.yaml"' in path.read_text("utf-8")
    )
    assert readers == ["normalise.py"]


def test_field_markers_come_from_the_shared_word_data(monkeypatch: pytest.MonkeyPatch) -> None:
    real = normalise._raw_words()

    def words() -> dict[str, Any]:
        return {**real, "field_markers": "Zusatzwort"}

    monkeypatch.setattr(normalise, "_raw_words", words)
    qualified.field_markers.cache_clear()
    try:
        assert qualified.field_markers() == frozenset({"zusatzwort"})
    finally:
        qualified.field_markers.cache_clear()
