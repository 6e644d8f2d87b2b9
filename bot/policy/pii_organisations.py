"""Schools and employers named next to a client: "besucht die Gesamtschule Hamm-Nord",
"Praktikum bei Bäckerei Schmitz GmbH", "Heinrich-Heine-Gymnasium".

Only the name is a finding; the kind of place stays readable for the model ("Gesamtschule
[EINRICHTUNG_1]", "Bäckerei [EINRICHTUNG_1]"), since the school type or trade is what the
advice needs. A school or business word on its own ("die Realschule", "eine Bäckerei") is
no finding, nor is an occupation or field word after it ("Klinik Schichtdienst", "Betrieb
Urlaubstage": ``pii_domain``). The word lists live in ``pii_organisations.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.policy.pii_domain import is_domain_word
from bot.policy.pii_types import Finding, PiiKind, finding, per_text_cache, words_where
from bot.word_lists import alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("pii_organisations.yaml")
_NAME_WORD = r"[A-ZÄÖÜ][^\W_]*(?:[-'’&][^\W_]+)*\.?"
_MAX_NAME_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Patterns:
    kinds: tuple[str, ...]  # school types and trades, lower-case; also as a compound's end
    schools: tuple[str, ...]
    legal_starts: frozenset[str]  # first words of the legal forms ("GmbH", "e")
    after_kind: re.Pattern[str]  # the name after a kind: "Hamm-Nord", "am Stadtpark"
    before_school: re.Pattern[str]  # "Heinrich-Heine-" before "Gymnasium", at the end
    legal_form: re.Pattern[str]  # "GmbH & Co. KG"
    before_legal_form: re.Pattern[str]  # "Bäckerei Schmitz " before the form, at the end
    not_names: frozenset[str]


# The blank inside a listed word may be left out or doubled, on the same line.
_OPTIONAL_BLANKS = r"[ \t]*"


@cache
def _patterns() -> _Patterns:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    name = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,{_MAX_NAME_WORDS - 1}}}"
    forms = [str(form) for form in data["legal_forms"]]
    return _Patterns(
        kinds=tuple(str(word) for word in (*data["schools"], *data["businesses"])),
        schools=tuple(str(word) for word in data["schools"]),
        legal_starts=frozenset(re.findall(r"[^\W\d_]+", form)[0] for form in forms),
        after_kind=re.compile(
            # The name may stand on the next line: "Malerbetrieb\nGrotegut".
            r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
            rf"(?P<name>(?:(?:am|an[ \t]+der|im|in[ \t]+der|auf[ \t]+der)[ \t]+)?{name})"
        ),
        before_school=re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][^\W\d_]*-)+$"),
        legal_form=re.compile(rf"(?:{alternation(forms, _OPTIONAL_BLANKS)})(?!\w)"),
        before_legal_form=re.compile(
            rf"(?<![\w&.-])(?P<name>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,3}})"
            r"[ \t]*\r?\n?[ \t]*$"  # the legal form may stand on the next line
        ),
        not_names=frozenset(str(word).lower() for word in data["not_names"]),
    )


_PREPOSITIONS = ("am", "an", "der", "im", "in", "auf")
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}\.[ \t]+")
_LOOK_BACK = 80  # characters searched before a school type or a legal form


def _name_words(
    text: str, start: int, end: int, not_names: frozenset[str]
) -> tuple[int, int] | None:
    """The name in ``text[start:end]``: from after the last sentence end, up to the first
    word that is no name."""
    first: int | None = None
    last: int | None = None
    for word in re.finditer(r"\S+", text[start:end]):
        bare = word.group().rstrip(".").lower()
        if bare in not_names and (bare not in _PREPOSITIONS or last is not None):
            break
        if is_domain_word(word.group().rstrip(".")):
            break
        if first is None:
            first = start + word.start()
        last = start + word.end()
        if word.group().endswith(".") and len(bare) > 3:
            break  # a full stop ends the sentence, and the name: "am Stadtpark."
    if first is None or last is None:
        return None
    if all(word.lower() in _PREPOSITIONS for word in text[first:last].split()):
        return None  # "Betrieb im Vorstellungsgespräch": the name after "im" is no name
    if text[last - 1] == "." and len(text[first:last].split()[-1]) > 4:
        last -= 1
    return first, last


def find_organisations(text: str) -> list[Finding]:
    """Names of schools and employers (see the module docstring)."""
    patterns = _patterns()
    found = []
    for kind in words_where(text, _is_kind):
        school = kind.group().lower().endswith(patterns.schools)
        before = patterns.before_school.search(
            text, max(0, kind.start() - _LOOK_BACK), kind.start()
        )
        if school and before is not None:  # "Heinrich-Heine-Gymnasium"
            found.append(finding(PiiKind.ORGANISATION, text, before.start(), before.end() - 1))
            continue
        after = patterns.after_kind.match(text, kind.end())
        if after is None:
            continue
        span = _name_words(text, after.start("name"), after.end("name"), patterns.not_names)
        if span is not None and text[span[1] - 1] not in "-":
            found.append(finding(PiiKind.ORGANISATION, text, *span))
    for form in words_where(text, lambda word: word in patterns.legal_starts):
        legal = patterns.legal_form.match(text, form.start())
        name = patterns.before_legal_form.search(
            text, max(0, form.start() - _LOOK_BACK), form.start()
        )
        if legal is None or name is None:
            continue
        # The name begins after the last full stop before it: "Termin. Jobwerk GmbH".
        stops = list(_SENTENCE_END.finditer(text, name.start("name"), name.end("name")))
        begin = stops[-1].end() if stops else name.start("name")
        span = _name_words(text, begin, name.end("name"), patterns.not_names)
        if span is None:
            continue
        start = span[0]
        words = text[start : span[1]].split()
        if len(words) > 1 and _is_kind(words[0]):  # keep "Bäckerei" readable
            start = text.index(words[1], start + len(words[0]))
        found.append(finding(PiiKind.ORGANISATION, text, start, legal.end()))
    return found


@per_text_cache
def _is_kind(word: str) -> bool:
    return word.lower().endswith(_patterns().kinds)
