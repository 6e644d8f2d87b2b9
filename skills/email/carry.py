"""What a template cannot place is carried into the draft verbatim, never dropped.

The request is cut into parts (lines, sentences, comma clauses). A part is carried when it
holds a word with meaning (not a filler word from ``data/words.yaml``) that the draft does not
already contain and that no fact the draft took in another form (a date written out, the
purpose word) accounts for.
"""

from __future__ import annotations

import re

from skills.email.words import words

Span = tuple[int, int]
_PART = re.compile(r"[^\n,;]+?(?:(?<!\b\w)(?<!\b\w\w)[.!?](?=\s+[A-ZÄÖÜ])|(?=[\n,;])|$)")
_TOKEN = re.compile(r"https?://\S+|[\w@.+/-]*\w")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


def _meaningful(token: str) -> bool:
    if any(ch.isdigit() for ch in token):
        return True
    return len(token) >= 3 and token.lower() not in words().filler


def meaningful_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, in order."""
    words_ = (token.group(0).strip(".") for token in _TOKEN.finditer(text))
    return [word for word in words_ if _meaningful(word)]


def _in_draft(token: str, draft: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(token)}(?!\w)", draft, re.IGNORECASE) is not None


def _covered(start: int, end: int, consumed: list[Span]) -> bool:
    return any(a < end and start < b for a, b in consumed)


def leftover(text: str, consumed: list[Span], draft: str) -> list[str]:
    """The parts of ``text`` the draft lacks, as typed, in reading order."""
    carried: list[str] = []
    for part in _PART.finditer(text):
        for token in _TOKEN.finditer(text, part.start(), part.end()):
            word = token.group(0).strip(".")
            if not _meaningful(word) or _covered(*token.span(), consumed):
                continue
            if not _in_draft(word, draft):
                line = _BULLET.sub("", part.group(0)).strip(" \t.,;:")
                if line and line not in carried:
                    carried.append(line)
                break
    return carried
