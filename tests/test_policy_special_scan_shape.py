"""The Art. 9 scan's patterns are shaped for speed (a trie of the cue words, the everyday
phrases grouped by first letter), and must find exactly what the plain alternations in the
listed order find: the same spans, the same categories, the same first match."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
import yaml

from bot.policy import special_cues, special_phrases
from bot.policy.special_cues import CATEGORIES, cue_data, cue_patterns
from bot.policy.special_phrases import first_letters, load_phrases
from bot.word_trie import trie_alternation

_POLICY = Path(__file__).resolve().parents[1] / "bench" / "answer_quality" / "policy.yaml"
_SUMMARY = Path(__file__).resolve().parents[1] / "bench" / "answer_quality" / "summary.yaml"


def _messages() -> list[str]:
    """Realistic messages: the dev cases of the policy and summary benchmarks."""
    found: list[str] = []
    for path in (_POLICY, _SUMMARY):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["dev"]:
            for key in ("msg", "notes"):
                if isinstance(case.get(key), str):
                    found.append(case[key])
    return found


def _cue_sentences() -> list[str]:
    """Every cue word in a sentence, bare, inflected and capitalised, and two run together."""
    sentences = []
    for cues in cue_data().values():
        for raw in cues:
            word = raw.lstrip("~=*").rstrip("*")
            sentences.append(f"Die Klientin hat {word} und {word}en, laut {word.capitalize()}.")
            sentences.append(f"{word}{word} - ({word}) {word} {word}s")
    return sentences


def _scan(patterns: list[re.Pattern[str]], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for p in patterns for m in p.finditer(text)]


@pytest.fixture
def plain(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The scan's patterns built as plain alternations in the listed order, while in use."""

    def alternation(keys: Iterable[str], char: Callable[[str], str]) -> str:
        return "(?:" + "|".join("".join(map(char, key)) for key in keys) + ")"

    monkeypatch.setattr(special_cues, "trie_alternation", alternation)
    monkeypatch.setattr(special_phrases, "first_letters", lambda _: None)  # one alternation
    cue_patterns.cache_clear()
    load_phrases.cache_clear()
    yield
    cue_patterns.cache_clear()
    load_phrases.cache_clear()


def test_the_shaped_patterns_find_what_plain_alternations_find(plain: None) -> None:
    # two phrases that match at one position: the first listed wins ("säuft zu viel")
    overlapping = ["Der Kl. säuft zu viel, trinkt Bier.", "Sie hatte Krebs und hat Zucker."]
    texts = _messages() + _cue_sentences() + overlapping
    assert len(texts) > 1000
    plain_cues = [pattern for pattern, _ in cue_patterns()]
    plain_phrases = load_phrases(CATEGORIES)
    cue_patterns.cache_clear()
    load_phrases.cache_clear()
    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(special_cues, "trie_alternation", trie_alternation)
        undo.setattr(special_phrases, "first_letters", first_letters)
        shaped_cues = [pattern for pattern, _ in cue_patterns()]
        shaped_phrases = load_phrases(CATEGORIES)
        assert "(?=" in shaped_phrases.pattern.pattern[20:]  # grouped by letter
        for text in texts:
            assert _scan(shaped_cues, text) == _scan(plain_cues, text), text
            found = [
                (m.start(), m.end(), shaped_phrases.meaning[m.lastgroup or ""])
                for m in shaped_phrases.pattern.finditer(text)
            ]
            expected = [
                (m.start(), m.end(), plain_phrases.meaning[m.lastgroup or ""])
                for m in plain_phrases.pattern.finditer(text)
            ]
            assert found == expected, text
        cue_patterns.cache_clear()
        load_phrases.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "Kl. trinkt seit der Trennung zu viel und hört links schlecht.",
        "Sie hat Zucker, GdB 50, 14. SSW.",
        "Er sieht kaum noch was.",
    ],
)
def test_everyday_phrases_are_still_found(text: str) -> None:
    assert list(load_phrases(CATEGORIES).pattern.finditer(text))
