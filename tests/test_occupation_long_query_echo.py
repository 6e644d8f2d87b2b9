"""A long text after "beruf" is not echoed back in full when nothing is found."""

from __future__ import annotations

from typing import Any

from bot.reply import Text
from skills.occupation.choices import not_found_result, shown_query


def _say(key: str, **values: Any) -> str:
    return f"{key}|{values.get('query', '')}"


def test_a_pasted_page_after_the_command_is_cut_in_the_reply() -> None:
    pasted = "Bewerbung als Verkäuferin bei der Bäckerei am Markt mit Lebenslauf " * 40
    result = not_found_result(pasted, _say, ())
    texts = [block.markdown for block in result.blocks if isinstance(block, Text)]
    echoed = texts[0].split("|", 1)[1]
    assert len(echoed) <= 60
    assert echoed.endswith("…")
    assert pasted.startswith(echoed[:-1])


def test_a_short_query_is_echoed_whole_and_a_long_word_is_cut() -> None:
    assert shown_query("Xylophonbauer") == "Xylophonbauer"
    assert shown_query("x" * 300) == "x" * 59 + "…"
