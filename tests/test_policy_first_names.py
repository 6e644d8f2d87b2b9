"""The first-name list that marks a specific person holds no everyday word."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.policy import find_special_categories
from bot.policy.judgement import person_pattern

_POLICY = Path(__file__).resolve().parent.parent / "bot" / "policy"


def test_no_listed_first_name_is_a_word_of_the_language_lists() -> None:
    names = yaml.safe_load((_POLICY / "first_names.yaml").read_text(encoding="utf-8"))["names"]
    language = yaml.safe_load((_POLICY.parent / "language.yaml").read_text(encoding="utf-8"))
    words = set(f"{language['english']} {language['german']}".lower().split())
    assert sorted(str(name) for name in names if str(name).lower() in words) == []


@pytest.mark.parametrize(
    "text",
    [
        "Can someone with asthma become a pilot?",
        "can i paste my notes here",
        "Can you draft an invitation for the workshop?",
    ],
)
def test_a_modal_verb_is_no_person(text: str) -> None:
    assert person_pattern().search(text) is None


def test_a_general_question_in_english_raises_no_art_9_reminder() -> None:
    assert find_special_categories("Can someone with asthma become a pilot?") == frozenset()
