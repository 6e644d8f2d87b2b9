"""Word lists as alternations: the longest word wins, blanks inside a word are flexible."""

from __future__ import annotations

import re

from bot.word_lists import alternation


def test_the_longest_word_is_tried_first() -> None:
    pattern = re.compile(alternation(["Herr", "Herrn", "Herr Dr."]))
    assert pattern.match("Herrn Yilmaz")[0] == "Herrn"  # type: ignore[index]
    assert pattern.match("Herr Dr. Weber")[0] == "Herr Dr."  # type: ignore[index]


def test_blanks_inside_a_word_match_the_given_space() -> None:
    assert re.fullmatch(alternation(["schreib ihm"]), "schreib \n ihm")
    assert not re.fullmatch(alternation(["schreib ihm"], r"[ \t]+"), "schreib\nihm")
    assert re.fullmatch(alternation(["Sozial Kaufhaus"], r"[ \t]*"), "SozialKaufhaus")


def test_special_characters_are_literal_and_empty_words_are_left_out() -> None:
    pattern = alternation(["z. B.", " ", "c++"])
    assert re.fullmatch(pattern, "z. B.")
    assert not re.fullmatch(pattern, "zx B.")
    assert re.fullmatch(pattern, "c++")
    assert "||" not in pattern
