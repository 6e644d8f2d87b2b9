"""Schools and employers named next to a client: "besucht die Gesamtschule Hamm-Nord",
"Praktikum bei Bäckerei Schmitz GmbH", "Heinrich-Heine-Gymnasium".

Only the name is a finding; the kind of place stays readable for the model ("Gesamtschule
[EINRICHTUNG_1]", "Bäckerei [EINRICHTUNG_1]"), since the school type or trade is what the
advice needs. A school or business word on its own ("die Realschule", "eine Bäckerei") is
no finding. The word lists live in ``pii_organisations.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.policy.pii_types import Finding, PiiKind, finding

_DATA = Path(__file__).with_name("pii_organisations.yaml")
_NAME_WORD = r"[A-ZÄÖÜ0-9][^\W_]*(?:[-'’&][^\W_]+)*\.?"
_MAX_NAME_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Patterns:
    after_kind: re.Pattern[str]  # "Gesamtschule Hamm-Nord", "Bäckerei Schmitz"
    before_school: re.Pattern[str]  # "Heinrich-Heine-Gymnasium"
    legal_form: re.Pattern[str]  # "Schmitz GmbH"
    not_names: frozenset[str]


def _alternation(words: list[str]) -> str:
    ordered = sorted({str(word) for word in words}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t]*") for word in ordered)


@cache
def _patterns() -> _Patterns:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    kinds = _alternation([*data["schools"], *data["businesses"]])
    name = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,{_MAX_NAME_WORDS - 1}}}"
    return _Patterns(
        after_kind=re.compile(
            rf"(?<![-\w])[\w-]*?(?i:{kinds})(?![\w-])[ \t]+"
            rf"(?P<name>(?:(?:am|an[ \t]+der|im|in[ \t]+der|auf[ \t]+der)[ \t]+)?{name})"
        ),
        before_school=re.compile(
            rf"(?<![\w-])(?P<name>[A-ZÄÖÜ][^\W\d_]*(?:-[A-ZÄÖÜ][^\W\d_]*)*)"
            rf"-(?i:{_alternation(data['schools'])})(?![\w-])"
        ),
        legal_form=re.compile(
            rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,3}})[ \t]+"
            rf"(?:{_alternation(data['legal_forms'])})(?![\w])"
        ),
        not_names=frozenset(str(word).lower() for word in data["not_names"]),
    )


def _trim(text: str, start: int, end: int, not_names: frozenset[str]) -> tuple[int, int] | None:
    """The name words of ``text[start:end]`` up to the first word that is no name."""
    last = None
    for word in re.finditer(r"\S+", text[start:end]):
        bare = word.group().rstrip(".").lower()
        if bare in not_names and bare not in ("am", "an", "der", "im", "in", "auf"):
            break
        if bare in not_names and last is None and word.start() > 0:
            break
        last = start + word.end()
    return (start, last) if last is not None else None


def find_organisations(text: str) -> list[Finding]:
    """Names of schools and employers (see the module docstring)."""
    patterns = _patterns()
    found = []
    for match in patterns.after_kind.finditer(text):
        first = match.group("name").split()[0].rstrip(".").lower()
        if first in patterns.not_names and first not in ("am", "an", "im", "in", "auf"):
            continue
        span = _trim(text, match.start("name"), match.end("name"), patterns.not_names)
        if span is not None and text[span[1] - 1] not in "- ":
            found.append(finding(PiiKind.ORGANISATION, text, *span))
    for match in patterns.before_school.finditer(text):
        found.append(finding(PiiKind.ORGANISATION, text, match.start("name"), match.end("name")))
    for match in patterns.legal_form.finditer(text):
        words = match.group("name").split()
        # Keep a leading kind of business readable: "Bäckerei [EINRICHTUNG_1]".
        start = match.start("name")
        if len(words) > 1 and _is_kind(words[0]):
            start = text.index(words[1], start + len(words[0]))
        found.append(finding(PiiKind.ORGANISATION, text, start, match.end()))
    return [_without_full_stop(f) for f in found]


def _without_full_stop(found: Finding) -> Finding:
    """ "am Stadtpark." ends a sentence; "Co." or "e.V." keep their dot."""
    last = found.value.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) > 4 and "." not in last[:-1]:
        return Finding(found.kind, found.start, found.end - 1, found.value[:-1])
    return found


def _is_kind(word: str) -> bool:
    return bool(_patterns().after_kind.match(word + " X"))
