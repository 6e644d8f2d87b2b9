"""Whether an answer to "which purpose?" is an answer at all, or clearly another request."""

from __future__ import annotations

import re

from skills.email.words import words

_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def is_other_request(answer: str, other_commands: frozenset[str]) -> bool:
    """A question ("was macht ein Koch?") or another skill's command ("beruf Tischler"):
    to run as a request of its own. Call only when the answer names no purpose."""
    text = answer.strip()
    if text.endswith("?"):
        return True
    first = _FIRST_WORD.match(text)
    if first is None:
        return False
    word = first.group(1).lower()
    rest = text[first.end() :].strip()
    if word in other_commands:
        return bool(rest) or len(text.split()) == 1
    return word in words().question_words and len(rest.split()) >= 2
