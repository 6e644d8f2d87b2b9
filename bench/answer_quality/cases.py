"""The case sets (YAML next to this module), each split into ``dev`` and ``heldout``.

A set may also have a ``fresh`` section: cases written later, without looking at the failures
of ``dev``, and reported apart from it; like ``dev`` they may be used for tuning once their
first figure is written down. ``heldout`` never is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.answer_quality.occupations import (
    FOCI,
    FOLLOW_UP_OUTCOMES,
    Catalogue,
    FollowUpExpect,
    LookupExpect,
)
from bench.answer_quality.scoring import (
    FACT_KINDS,
    SECTIONS,
    FactSpec,
    PlacedFact,
    Reversal,
    SummaryExpect,
    normalise,
)

HERE = Path(__file__).resolve().parent
CATALOGUE = HERE.parents[1] / "skills" / "occupation" / "data" / "catalogue.yaml"
SPLITS = ("dev", "fresh", "heldout")
POLICY_LABELS = ("refuse", "special")
_DATA_KEYS = ("title", "male", "female", "description", "field", "school")
LANGUAGES = ("de", "en")


class CaseError(ValueError):
    """A case file is malformed (unknown occupation id, section, fact kind, …)."""


@dataclass(frozen=True, slots=True)
class Case:
    """One message and what its reply must contain; ``expect`` depends on the set."""

    set: str
    id: str
    split: str
    message: str
    expect: Any
    before: tuple[str, ...] = ()  # earlier turns of the same conversation (follow-up cases)


def load_catalogue(path: Path = CATALOGUE) -> Catalogue:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    titles: dict[str, str] = {}
    names: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    data: set[str] = set()  # German catalogue values an English reply may show as they are
    for entry in raw["occupations"]:
        titles[entry["id"]] = entry["title"]
        descriptions[entry["id"]] = str(entry.get("description") or "")
        for key in ("title", "male", "female"):
            if entry.get(key):
                names.setdefault(normalise(entry[key]), entry["id"])
        data.update(str(entry[key]) for key in _DATA_KEYS if entry.get(key))
    return Catalogue(titles, names, descriptions, frozenset(data))


def _email(item: dict[str, Any], message: str) -> list[FactSpec]:
    facts = []
    for raw in item.get("facts", []):
        kinds = [key for key in raw if key != "role"]
        if len(kinds) != 1 or kinds[0] not in FACT_KINDS:
            raise CaseError(f"{item['id']}: a fact needs exactly one of {FACT_KINDS}: {raw}")
        value = raw[kinds[0]]
        if isinstance(value, int):  # YAML 1.1 reads 10:00 as sexagesimal 600
            raise CaseError(f"{item['id']}: quote {kinds[0]} {value!r}")
        facts.append(FactSpec(kinds[0], str(value), raw.get("role")))
    verbatim = normalise(message)
    for fact in facts:  # a fact the request does not contain would test nothing honest
        if (
            fact.kind in ("text", "document", "email", "url")
            and normalise(fact.value) not in verbatim
        ):
            raise CaseError(f"{item['id']}: {fact.value!r} is not in the request")
    return facts


def _sections(item: dict[str, Any], value: Any) -> tuple[str, ...]:
    names = (value,) if isinstance(value, str) else tuple(value)
    for name in names:
        if name not in SECTIONS:
            raise CaseError(f"{item['id']}: unknown section {name!r}")
    return names


def _summary_notes(item: dict[str, Any]) -> str:
    """The notes of a summary case: ``notes``, or a whole message ``msg`` without the
    ``request`` typed around the notes ("fass mal zusammen: TN war pünktlich, …")."""
    if "msg" not in item:
        return str(item["notes"])
    message, request = str(item["msg"]), str(item.get("request", ""))
    if not request or request not in message:
        raise CaseError(f"{item['id']}: a summary msg needs its request, verbatim: {request!r}")
    return message.replace(request, "", 1).strip()


def _summary(item: dict[str, Any]) -> SummaryExpect:
    facts = [PlacedFact(f["text"], _sections(item, f["in"])) for f in item.get("facts", [])]
    reversals = [
        Reversal(r["text"], _sections(item, r["not_in"])[0]) for r in item.get("reversed", [])
    ]
    review = tuple(str(text) for text in item.get("review", []))
    not_review = tuple(str(text) for text in item.get("not_review", []))
    raw_notes = _summary_notes(item)
    notes = normalise(raw_notes)
    checked = [f.text for f in facts] + [r.text for r in reversals] + list(review)
    for text in checked + list(not_review):
        if normalise(text) not in notes:
            raise CaseError(f"{item['id']}: {text!r} is not in the notes")
    return SummaryExpect(facts, reversals, review, raw_notes, not_review)


def _policy(item: dict[str, Any]) -> frozenset[str]:
    raw = item["expect"]
    labels = frozenset([raw] if isinstance(raw, str) else raw) - {"neutral"}
    if not labels <= set(POLICY_LABELS):
        raise CaseError(f"{item['id']}: expect must be refuse, special or neutral: {raw}")
    return labels


def _ids(item: dict[str, Any], values: list[str], catalogue: Catalogue) -> tuple[str, ...]:
    for value in values:
        if value not in catalogue.titles:
            raise CaseError(f"{item['id']}: {value!r} is no catalogue id")
    return tuple(values)


def _focus_and_lang(item: dict[str, Any]) -> tuple[str | None, str | None]:
    focus, lang = item.get("focus"), item.get("lang")
    if focus is not None and focus not in FOCI:
        raise CaseError(f"{item['id']}: unknown focus {focus!r}")
    if lang is not None and lang not in LANGUAGES:
        raise CaseError(f"{item['id']}: lang must be one of {LANGUAGES}: {lang!r}")
    return focus, lang


def _lookup(item: dict[str, Any], catalogue: Catalogue) -> LookupExpect:
    expect = item.get("expect")
    if expect:
        _ids(item, [expect], catalogue)
    focus, lang = _focus_and_lang(item)
    if focus is not None and not expect:
        raise CaseError(f"{item['id']}: a fact asked about needs the occupation it is about")
    return LookupExpect(str(expect) if expect else None, focus, lang)


def _followup(item: dict[str, Any], catalogue: Catalogue) -> FollowUpExpect:
    expect = str(item["expect"])
    if expect not in FOLLOW_UP_OUTCOMES:
        _ids(item, [expect], catalogue)
    focus, lang = _focus_and_lang(item)
    compare = tuple(str(item_id) for item_id in item.get("compare") or ())
    if (expect == "compare") != (len(compare) >= 2):
        raise CaseError(f"{item['id']}: expect compare goes with two or more ids in compare")
    _ids(item, list(compare), catalogue)
    names = tuple(str(item_id) for item_id in item.get("names") or ())
    if (expect == "list") != (len(names) >= 3):
        raise CaseError(f"{item['id']}: expect list goes with three or more ids in names")
    _ids(item, list(names), catalogue)
    if expect == "general" and focus is None:
        raise CaseError(f"{item['id']}: a general answer is scored by its focus")
    if not item.get("turns"):
        raise CaseError(f"{item['id']}: a follow-up case needs its turns")
    return FollowUpExpect(expect, focus, lang, compare, names)


def _message(name: str, item: dict[str, Any]) -> str:
    # a follow-up case, or a policy or email case read after earlier turns: the last turn is
    # scored (an email case's facts are those of its last turn, the request sent again)
    if name == "followup" or (
        name in ("policy", "email") and "msg" not in item and item.get("turns")
    ):
        return str(item["turns"][-1])
    if name == "summary" and "msg" not in item:
        return f"{item.get('command', 'zusammenfassen')}\n{item['notes'].rstrip()}"
    return str(item["msg"])


def load_set(name: str, catalogue: Catalogue, directory: Path = HERE) -> list[Case]:
    """The cases of ``<name>.yaml`` in the order of SPLITS, with the expectation parsed and
    checked."""
    raw = yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8"))
    cases: list[Case] = []
    seen: set[str] = set()
    for split in SPLITS:
        for item in raw.get(split) or []:
            if item["id"] in seen:
                raise CaseError(f"duplicate case id {item['id']}")
            seen.add(item["id"])
            expect: Any
            message = _message(name, item)
            match name:
                case "email":
                    expect = _email(item, message)
                case "summary":
                    expect = _summary(item)
                case "policy":
                    expect = _policy(item)
                case "occupation":
                    expect = _lookup(item, catalogue)
                case "followup":
                    expect = _followup(item, catalogue)
                case "exploration":
                    accept = _ids(item, list(item.get("accept", [])), catalogue)
                    compare = _ids(item, list(item.get("compare", [])), catalogue)
                    count = item.get("count")
                    if count is not None and (not isinstance(count, int) or count < 1):
                        raise CaseError(f"{item['id']}: count must be a positive number")
                    expect = (accept, compare, count)
                case _:
                    raise CaseError(f"unknown set {name}")
            before = tuple(str(turn) for turn in item.get("turns", [])[:-1])
            cases.append(Case(name, str(item["id"]), split, message, expect, before))
    return cases
