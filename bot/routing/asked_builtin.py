"""Built-in commands asked for in words: "Was hast du über mich gespeichert?" is `meine
daten`, "lösch bitte alles über mich" is `daten löschen`, "Ich hab einen Vorschlag: …" is
`vorschlag …`. The phrasings live in ``asked_builtin.yaml``; each must match the whole
message, so a request that only mentions data or a suggestion goes where it belongs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("asked_builtin.yaml")
_MAX_CHARS = 400  # a suggestion may take a few sentences; notes are longer
# Closing punctuation and emoji around the question ("Was weißt du über mich? 🤔")
_EDGES = re.compile(r"^[\s\W_]+|[\s\W_]+$")
# A short remark that ends in a thumb is a rating: "das war hilfreich 👍", "zu lang 👎"
_THUMB_LAST = re.compile(r"^(?P<text>[^\n]{0,120}?)\s*(?P<thumb>👍|👎)[\s\W_]*$")
_THUMBS = {"👍": "+", "👎": "-"}
_RATING_WORDS = 12


@dataclass(frozen=True, slots=True)
class AskedBuiltin:
    """Which built-in was asked for (a key of the YAML file) and its argument, if any."""

    kind: str
    args: str = ""


_REMARKS = "rating_remarks"  # not a built-in of its own: what a remark before a thumb says


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    return tuple(
        (str(kind), re.compile(str(pattern), re.IGNORECASE | re.DOTALL))
        for kind, patterns in raw.items()
        for pattern in patterns
    )


def _rates(remark: str) -> bool:
    """Whether ``remark`` (before a closing thumb) speaks of the answer it rates."""
    return any(kind == _REMARKS and p.search(remark) for kind, p in _patterns())


def asked_builtin(text: str) -> AskedBuiltin | None:
    """The built-in ``text`` asks for in words, or None."""
    if len(text) > _MAX_CHARS:
        return None
    thumb = _THUMB_LAST.match(text.strip())
    if (
        thumb is not None
        and len(thumb["text"].split()) <= _RATING_WORDS
        and _rates(thumb["text"].strip())
    ):
        return AskedBuiltin("rating", f"{_THUMBS[thumb['thumb']]} {thumb['text']}".strip())
    spoken = " ".join(_EDGES.sub("", text).split()) if text.strip() else ""
    for kind, pattern in _patterns():
        if kind == _REMARKS:
            continue
        found = pattern.fullmatch(spoken)
        if found is not None:
            typed = found.groupdict().get("text") or ""
            return AskedBuiltin(kind, typed.strip())
    return None
