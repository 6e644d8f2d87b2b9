"""A word list as a trie-shaped pattern matches what the plain alternation matched."""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from bot.word_trie import trie_alternation
from skills.email.dates import MONTHS, WEEKDAYS

_NAMES = Path(__file__).parents[1] / "bot" / "policy" / "first_names.yaml"


def _sorted_alternation(words: list[str]) -> str:
    """The form the trie replaces: escaped words, longest first."""
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    bounded = rf"(?<![^\W\d_]){pattern}s?(?![^\W\d_])"
    return [m.span() for m in re.finditer(bounded, text, re.IGNORECASE)]


def test_the_first_names_are_found_exactly_where_the_alternation_found_them() -> None:
    names = [str(n) for n in yaml.safe_load(_NAMES.read_text(encoding="utf-8"))["names"]]
    rng = random.Random(11)
    fillers = ["und", "ob", "Anna-", "Bens", "TIM", "kai", "Ausbildung", "(15)", ",", "x"]
    texts = [
        " ".join(rng.choice(names + fillers) for _ in range(rng.randint(1, 8))) for _ in range(400)
    ]
    texts += [name.upper() for name in names] + [name + "s Chancen" for name in names]
    trie, plain = trie_alternation(names), _sorted_alternation(names)
    for text in texts:
        assert _spans(trie, text) == _spans(plain, text), text


def test_the_longer_of_two_words_that_begin_alike_is_preferred() -> None:
    pattern = re.compile(trie_alternation(["Ann", "Anna", "Annabell", "Ben"]))

    def matched(text: str) -> str | None:
        found = pattern.match(text)
        return found.group() if found else None

    assert matched("Annabella") == "Annabell"
    assert matched("Annas") == "Anna"
    assert matched("Ann-Kathrin") == "Ann"
    assert matched("Bert") is None


def test_characters_are_literal_unless_told_otherwise() -> None:
    assert re.fullmatch(trie_alternation(["a.b", "c+"]), "a.b")
    assert not re.fullmatch(trie_alternation(["a.b"]), "axb")
    spaced = trie_alternation(["Bundes Agentur"], char=lambda c: r"\s+" if c == " " else c)
    assert re.fullmatch(spaced, "Bundes   Agentur")


def test_no_words_match_nothing() -> None:
    assert re.search(trie_alternation([]), "anything") is None
    assert re.search(trie_alternation(["", ""]), "anything") is None


def test_weekday_and_month_names_of_email_dates_match_as_before() -> None:
    for words in (list(WEEKDAYS), list(MONTHS)):
        trie, plain = trie_alternation(words), _sorted_alternation(words)
        texts = [f"am {w}, {w[:2]} {w[:3]}. {w}x {w.upper()}" for w in words]
        for text in texts:
            assert _spans(trie, text) == _spans(plain, text), text
