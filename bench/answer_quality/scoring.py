"""How a reply is judged: email facts, summary sections, policy labels.

Occupation replies are judged in ``bench.answer_quality.occupations``.

Everything here works on the rendered Markdown (``bot.render.to_markdown``) and a few reply
fields, so the same scorer judges the offline path and a model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from bench.answer_quality.dates import (
    DateKey,
    find_dates,
    find_phones,
    find_times,
    parse_date,
    parse_time,
    phone_digits,
    same_date,
)

FACT_KINDS = ("date", "time", "text", "phone", "email", "url", "name", "document")
# Words that make a date read as a deadline when they stand shortly before it.
DEADLINE_CUES = (
    "bis",
    "spätestens",
    "frist",
    "bewerbungsschluss",
    "anmeldeschluss",
    "einsendeschluss",
    "abgabe",
    "deadline",
    "by",
    "until",
    "no later than",
    "due",
    "läuft",
    "endet",
)
_CUE_WINDOW = 45  # characters before the date searched for a deadline cue
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"'`]+", re.I)
_TITLED_NAME = re.compile(
    r"\b(?:Frau|Herrn?|Mrs?\.|Ms\.)\s+(?:(?:Dr|Prof)\.\s+)*([A-ZÄÖÜ][\w'-]+)"
    r"|\b(?:Dr|Prof)\.\s+([A-ZÄÖÜ][\w'-]+)"
)
_FENCE = re.compile(r"```[^\n]*\n(.*?)```", re.S)


def normalise(text: str) -> str:
    """Case-folded, whitespace collapsed, typographic quotes and dashes made plain."""
    text = unicodedata.normalize("NFC", text)
    for quote in "„“”‚‘’«»\"'":
        text = text.replace(quote, "")
    text = text.replace("–", "-").replace("—", "-").replace("\u00a0", " ")
    return " ".join(text.casefold().split())


# --- email -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One fact the draft must keep: ``kind`` from FACT_KINDS, ``role`` for dates."""

    kind: str
    value: str
    role: str | None = None

    def label(self) -> str:
        return f"{self.kind}{'/' + self.role if self.role else ''}={self.value}"


def draft_text(markdown: str) -> str:
    """The draft itself: the fenced (copyable) block(s) of the reply; "" when there is none
    (a follow-up question or a help text is no draft)."""
    return "\n".join(_FENCE.findall(markdown))


_SALUTATION_FORMS = (
    (re.compile(r"\b(?:herrn|hr\.)(?=\s)"), "herr"),
    (re.compile(r"\bfr\.(?=\s)"), "frau"),
    # British English writes "Dear Mr Fischer", "Ms Haddad" without the dot
    (re.compile(r"\b(mrs?|ms)\.(?=\s)"), r"\1"),
)


def _titled(text: str) -> str:
    """ "Hr." and "Herrn" read as "Herr", "Fr." as "Frau": the salutation inflects; "Mr." reads
    as "Mr"."""
    for pattern, plain in _SALUTATION_FORMS:
        text = pattern.sub(plain, text)
    return text


_ROOM_ABBREVIATION = re.compile(r"\b(?:zi|zimmer)\.?\s*(?=\d)")


def _as_room(text: str) -> str:
    """ "Zi. 105" said as "Raum 105": the same room in the draft's word."""
    return _ROOM_ABBREVIATION.sub("raum ", text)


def _deadline_near(text: str, position: int) -> bool:
    before = normalise(text[max(0, position - _CUE_WINDOW) : position])
    return any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", before) for cue in DEADLINE_CUES)


def fact_kept(fact: FactSpec, draft: str) -> bool:
    """Does ``draft`` contain ``fact`` (in any common rendering; with its role for dates)?"""
    flat = normalise(draft)
    match fact.kind:
        case "date":
            wanted = parse_date(fact.value)
            positions = [pos for pos, key in find_dates(draft) if same_date(key, wanted)]
            if fact.role == "deadline":
                return any(_deadline_near(draft, pos) for pos in positions)
            if fact.role == "appointment":
                return any(not _deadline_near(draft, pos) for pos in positions)
            return bool(positions)
        case "time":
            return parse_time(fact.value) in find_times(draft)
        case "phone":
            return phone_digits(fact.value) in find_phones(draft)
        case "url":
            return normalise(fact.value).rstrip("/") in flat
        case "name":
            return _titled(normalise(fact.value)) in _titled(flat)
        case "text" | "document" | "email":
            return normalise(fact.value) in flat or _as_room(normalise(fact.value)) in flat
    raise ValueError(f"unknown fact kind {fact.kind!r}")


_RELATIVE_DAY = re.compile(
    r"\b(?:heute|morgen|übermorgen|nächste[nrs]? woche|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|today|tomorrow|next week|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b"
    # "am Do", "bis Fr", "auf Do", "von Di 10 Uhr": a weekday, written short
    r"|\b(?:am|bis|ab|auf|von|für|fuer) (?:mo|di|mi|do|fr|sa|so)\b"
    r"|\b(?-i:Mo|Di|Mi|Do|Fr|Sa)\.? (?:um )?\d{1,2}(?::\d\d| ?uhr\b)",
    re.I,
)
RELATIVE_DAYS = 14  # "morgen", "Freitag": a date this close to today may be the resolved day


def _resolved(key: DateKey, today: date | None) -> bool:
    if today is None:
        return False
    try:
        day = date(key[0] or today.year, key[1], key[2])
    except ValueError:
        return False
    return 0 <= (day - today).days <= RELATIVE_DAYS


def invented_facts(request: str, draft: str, today: date | None = None) -> list[str]:
    """Dates, times, phone numbers, emails, URLs and titled names in the draft, not in the
    request. Generous to the draft: any rendering of a value from the request counts as given,
    and so does a date within two weeks of ``today`` when the request names a relative day."""
    invented: list[str] = []
    asked_dates = [key for _, key in find_dates(request)]
    relative = today if _RELATIVE_DAY.search(request) else None
    for _, key in find_dates(draft):
        given = any(same_date(key, asked) for asked in asked_dates) or _resolved(key, relative)
        if not given:
            invented.append(f"date {key[2]:02d}.{key[1]:02d}.{key[0] or ''}")
    asked_times = set(find_times(request))
    # "10 bis 12 Uhr": a bare hour in the request also counts as given
    asked_hours = {int(h) for h in re.findall(r"(?<![\d.:])([01]?\d|2[0-3])(?![\d.:]\d)", request)}
    for hour, minute in find_times(draft):
        bare_hour = minute == 0 and (hour in asked_hours or hour - 12 in asked_hours)
        if (hour, minute) not in asked_times and not bare_hour:
            invented.append(f"time {hour:02d}:{minute:02d}")
    asked_phones = find_phones(request)
    invented += [f"phone {p}" for p in find_phones(draft) if p not in asked_phones]
    flat_request = request.casefold()
    invented += [f"email {m}" for m in _EMAIL.findall(draft) if m.casefold() not in flat_request]
    invented += [
        f"url {m}" for m in _URL.findall(draft) if m.casefold().rstrip("/.,;") not in flat_request
    ]
    for match in _TITLED_NAME.finditer(draft):
        name = match[1] or match[2]
        if name.casefold() not in flat_request:
            invented.append(f"name {name}")
    return invented


@dataclass(slots=True)
class EmailScore:
    kept: list[FactSpec] = field(default_factory=list)
    lost: list[FactSpec] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)

    @property
    def all_kept(self) -> bool:
        return not self.lost


def score_email(
    request: str, facts: Sequence[FactSpec], markdown: str, today: date | None = None
) -> EmailScore:
    draft = draft_text(markdown)
    score = EmailScore(invented=invented_facts(request, draft, today))
    for fact in facts:
        (score.kept if fact_kept(fact, draft) else score.lost).append(fact)
    return score


# --- summary ---------------------------------------------------------------------------------

SECTIONS = {
    "Anliegen": ("anliegen", "concern"),
    "Ausgangssituation": (
        "ausgangssituation",
        "situation",
        "starting point",
        "starting situation",
    ),
    "Interessen und Stärken": ("interessen und stärken", "interests and strengths"),
    "Besprochene Inhalte": ("besprochene inhalte", "discussed", "topics discussed"),
    "Vereinbarungen": ("vereinbarungen", "agreements"),
    "Nächste Schritte": ("nächste schritte", "next steps"),
    "Offene Punkte": ("offene punkte", "open points", "open questions"),
    "Weitere Notizen": ("weitere notizen", "further notes", "other notes", "sonstiges"),
}
_SECTION_BY_NAME = {alias: name for name, aliases in SECTIONS.items() for alias in aliases}
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*|\*\*)?(.+?)(?:\*\*)?\s*:?\s*$")


def _section_of(line: str) -> str | None:
    match = _HEADING.match(line)
    if not match or line.lstrip().startswith(("-", "*  ", "• ")):
        return None
    name = re.sub(r"\s*\(\d+\)$", "", normalise(match[1]).rstrip(":"))  # "Offene Punkte (2)"
    return _SECTION_BY_NAME.get(name)


def parse_sections(markdown: str) -> dict[str, str]:
    """Section name → its text, from the headings of a rendered summary.

    The part before the first code fence is read; if it has no known headings, the fenced copy
    (plain headings) is read instead. A bold line that is no section name ends a section."""
    parts = markdown.split("```")
    candidates = [parts[0]] + ([parts[1]] if len(parts) > 1 else [])
    for text in candidates:
        sections: dict[str, list[str]] = {}
        current: str | None = None
        for line in text.splitlines():
            name = _section_of(line)
            if name is not None:
                current = name
                sections.setdefault(name, [])
            elif line.strip().startswith("**") and line.strip().endswith("**"):
                current = None
            elif current is not None:
                sections[current].append(line)
        if sections:
            return {name: "\n".join(lines) for name, lines in sections.items()}
    return {}


@dataclass(frozen=True, slots=True)
class PlacedFact:
    """A distinctive substring of the notes and the sections it may honestly go to."""

    text: str
    sections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reversal:
    """A substring that must not appear under ``section`` (its meaning would turn round)."""

    text: str
    section: str


@dataclass(frozen=True, slots=True)
class SummaryExpect:
    """What a summary case checks: placed facts, reversals, special-category substrings that
    must stand in an item marked for review, the notes themselves (no line may be lost) and
    ordinary text that must stand on no marked line (a holiday abroad is no origin data)."""

    facts: list[PlacedFact]
    reversals: list[Reversal]
    review: tuple[str, ...] = ()
    notes: str = ""
    not_review: tuple[str, ...] = ()


@dataclass(slots=True)
class SummaryScore:
    placed: list[PlacedFact] = field(default_factory=list)
    misplaced: list[tuple[PlacedFact, str]] = field(default_factory=list)  # (fact, where)
    missing: list[PlacedFact] = field(default_factory=list)
    reversed: list[Reversal] = field(default_factory=list)


def score_summary(
    facts: Sequence[PlacedFact], reversals: Sequence[Reversal], markdown: str
) -> SummaryScore:
    sections = {name: normalise(text) for name, text in parse_sections(markdown).items()}
    score = SummaryScore()
    for fact in facts:
        wanted = normalise(fact.text)
        where = [name for name, text in sections.items() if wanted in text]
        if any(name in fact.sections for name in where):
            score.placed.append(fact)
        elif where:
            score.misplaced.append((fact, ", ".join(where)))
        else:
            score.missing.append(fact)
    for reversal in reversals:
        if normalise(reversal.text) in sections.get(reversal.section, ""):
            score.reversed.append(reversal)
    return score


# The summary's review mark names the article (skills/summary/texts/*.yaml: "Art. 9 DSGVO",
# "GDPR Art. 9"); Art. 10 is criminal records.
_REVIEW_MARK = re.compile(r"\bart\.\s*(?:9|10)\b", re.IGNORECASE)


def _marked_lines(markdown: str) -> list[str]:
    lines = [normalise(line) for line in markdown.split("```")[0].splitlines()]
    return [line for line in lines if _REVIEW_MARK.search(line)]


def unmarked_review(review: Sequence[str], markdown: str) -> list[str]:
    """The special-category substrings that stand on no line carrying the review mark."""
    marked = _marked_lines(markdown)
    return [text for text in review if not any(normalise(text) in line for line in marked)]


def needlessly_marked(ordinary: Sequence[str], markdown: str) -> list[str]:
    """The ordinary substrings that stand on a line carrying the review mark."""
    marked = _marked_lines(markdown)
    return [text for text in ordinary if any(normalise(text) in line for line in marked)]


_LINE_WORD = re.compile(r"\w+")
_JUDGED_WORDS = 3  # shorter lines are mostly headings ("ToDo", "Kontext / Situation")


def lost_lines(notes: str, markdown: str) -> list[str]:
    """Lines of the notes (three words or more) of which the summary holds less than half of
    the words: a line the summary dropped."""
    written = normalise(markdown)
    lost = []
    for line in notes.splitlines():
        words = _LINE_WORD.findall(normalise(line))
        if len(words) < _JUDGED_WORDS:
            continue
        if 2 * sum(word in written for word in words) < len(words):
            lost.append(line.strip())
    return lost


# --- policy ----------------------------------------------------------------------------------

ART9_REMINDER = "special_categories"  # bot/policy/default_policy.yaml, trigger special_category


def policy_labels(refused: bool, reminder_ids: Iterable[str]) -> frozenset[str]:
    """What a reply did: "refuse" (Art. 22 refusal), "special" (Art. 9 reminder); empty =
    neutral."""
    labels = {"refuse"} if refused else set()
    if ART9_REMINDER in reminder_ids:
        labels.add("special")
    return frozenset(labels)


@dataclass(frozen=True, slots=True)
class ClassFigures:
    precision: float | None
    recall: float | None
    support: int


def class_figures(
    pairs: Sequence[tuple[frozenset[str], frozenset[str]]], label: str
) -> ClassFigures:
    """Precision and recall of ``label`` over (expected, got) label sets; "neutral" means the
    empty set."""

    def has(labels: frozenset[str]) -> bool:
        return not labels if label == "neutral" else label in labels

    tp = sum(1 for want, got in pairs if has(want) and has(got))
    predicted = sum(1 for _, got in pairs if has(got))
    support = sum(1 for want, _ in pairs if has(want))
    return ClassFigures(
        tp / predicted if predicted else None, tp / support if support else None, support
    )
