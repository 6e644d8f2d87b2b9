from __future__ import annotations

import pytest

from bot.routing.commands import normalise_phrase, parse_command


@pytest.mark.parametrize(
    ("text", "word", "args", "prefixed"),
    [
        ("beruf Tischler", "beruf", "Tischler", False),
        ("/beruf Tischler", "beruf", "Tischler", True),
        ("!beruf Tischler", "beruf", "Tischler", True),
        ("! beruf  Tischler ", "beruf", "Tischler", True),
        ("BERUF: Kfz-Mechatroniker", "beruf", "Kfz-Mechatroniker", False),
        ("zusammenfassen\nZeile 1\nZeile 2", "zusammenfassen", "Zeile 1\nZeile 2", False),
        ("mail", "mail", "", False),
    ],
)
def test_parse_command_forms(text: str, word: str, args: str, prefixed: bool) -> None:
    call = parse_command(text)
    assert call is not None
    assert (call.word, call.args, call.prefixed) == (word, args, prefixed)


def test_parse_command_of_blank_text_is_none() -> None:
    assert parse_command("   ") is None
    assert parse_command("/") is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("Hilfe!", "hilfe"), ("/help", "help"), ("  Meine   Daten. ", "meine daten"), ("?", "?")],
)
def test_normalise_phrase(text: str, phrase: str) -> None:
    assert normalise_phrase(text) == phrase
