"""Phone numbers written to slip past a matcher: spaced digit by digit ("0 1 7 6 - 1 2 3 4 5 6
7 8") or spelled out ("null eins sieben sechs ..."). libphonenumber finds the ordinary ones
(``pii_numbers``); here the digits are collected first and then checked as a number would be.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from phonenumbers import NumberParseException, is_possible_number, parse

from bot.policy.pii_types import Finding, PiiKind, finding, words_where
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("pii_phone_words.yaml")
_REGION = "DE"
_MIN_DIGITS = 7
_MAX_DIGITS = 15
# A leading "+" or "0", then digits in four or more groups with at most three separators
# between: "0 1 7 6 - 1 2 ...", "0176 / 12 34 56 78". Two or three groups ("0171 2345678")
# are libphonenumber's.
_SPACED = re.compile(
    r"[+0](?<![\w+.,:/-][+0])\d{0,4}(?:[ \t./()-]{1,3}\d{1,4}){3,15}(?![\w.,:/-]?\d)"
)
_DATE_OR_TIME = re.compile(r"\d{1,2}\.\d{1,2}\.|\d{1,2}:\d{2}")
_SEPARATOR = r"[ \t,./-]*(?:\n[ \t]*)?"  # a written-out number may wrap to the next line


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    digit_of = {str(word): digit for digit, words in data["digits"].items() for word in words}
    doubles = frozenset(str(word) for word in data["double"])
    words = sorted((*digit_of, *doubles), key=len, reverse=True)
    token = r"(?:\+|\d|(?:" + "|".join(re.escape(word) for word in words) + r")(?![^\W\d_]))"
    # Seven or more number words (or digits) in a row, the first a word.
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in words)})(?![^\W\d_])"
        rf"(?:{_SEPARATOR}{token}){{{_MIN_DIGITS - 1},}}",
        re.IGNORECASE,
    )
    return pattern, digit_of, doubles


def _possible(digits: str) -> bool:
    if not _MIN_DIGITS <= len(digits.lstrip("+")) <= _MAX_DIGITS:
        return False
    try:
        return is_possible_number(parse(digits, _REGION))
    except NumberParseException:
        return False


def _spelled_digits(words: str) -> str:
    _, digit_of, doubles = _words()
    digits: list[str] = []
    repeat = False
    for word in re.findall(r"\+|\d|[^\W\d_]+", words):
        lowered = word.lower()
        if lowered in doubles:
            repeat = True
            continue
        digit = word if word == "+" or word.isdigit() else digit_of.get(lowered, "")
        digits.append(digit * 2 if repeat else digit)
        repeat = False
    return "".join(digits)


def find_disguised_phone_numbers(text: str) -> list[Finding]:
    """Phone numbers spaced digit by digit or written out in words."""
    found = []
    for spaced in _SPACED.finditer(text):
        raw = spaced.group()
        if " " not in raw and "\t" not in raw:
            continue  # plain numbers are libphonenumber's
        if _DATE_OR_TIME.search(raw):
            continue
        digits = re.sub(r"[^\d+]", "", raw)
        if _possible(digits):
            found.append(finding(PiiKind.PHONE, text, spaced.start(), spaced.end()))
    pattern, digit_of, _ = _words()
    position = 0
    # A phone number starts with a zero: try the pattern only where a zero word stands.
    for word in words_where(text, lambda word: digit_of.get(word.lower()) == "0"):
        if word.start() < position:
            continue
        match = pattern.match(text, word.start())
        if match is None:
            continue
        position = match.end()
        digits = _spelled_digits(match.group())
        if digits[:1] in ("0", "+") and _possible(digits):
            found.append(finding(PiiKind.PHONE, text, match.start(), match.end()))
    return found
