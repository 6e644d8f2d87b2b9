"""Several appointments in one request: each with its own words, as typed.

"sie hat am 15.02. um 10 Uhr ein Vorstellungsgespräch bei der Volksbank Hamm (Bahnhofstr. 3)
und am 17.02. um 8:30 den Einstellungstest bei der Stadt Hamm" names two appointments. A
template holds one; so the draft lists them, each date written out and followed by the words
the request said of it ("Vorstellungsgespräch bei der Volksbank Hamm (Bahnhofstr. 3)"). Only
appointments with a clock time count: a date alone is as often a start, a report or a period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from bot.word_lists import alternation
from bot.yaml_data import load_yaml
from skills.email.model import Dated, Slot, SlotRole

Span = tuple[int, int]
_F = re.IGNORECASE
_LISTED = (SlotRole.PLAIN, SlotRole.NEXT, SlotRole.NEW)
# A sentence ends at a line break or a full stop that no abbreviation, date or ordinal owns.
_SENTENCE_END = re.compile(
    r"\n|[!?](?=\s|$)|(?<![.\d])(?<!\b\w)(?<!\b\w\w)(?<!\bStr)(?<!\bNr)(?<!\bca)\.(?=\s|$)"
)
_HEAD_COLON = re.compile(r"(?<![\d/]):(?=\s)")
_TRIM = " \t,;:–-"
_INTRO_END = re.compile(r"\s[–-]\s+|:\s+")
_SPACE_BEFORE_MARK = re.compile(
    r"\s+(?=[,;.])"
)  # "Ausbildungsmesse , Treffpunkt": a date was there
_NUMBERED = re.compile(r"(?<!\S)\d{1,2}\)(?=\s)")


@dataclass(frozen=True, slots=True)
class _Words:
    joiner: re.Pattern[str]
    before_when: re.Pattern[str]
    lead: re.Pattern[str]
    article: re.Pattern[str]
    then: re.Pattern[str]


@cache
def _words() -> _Words:
    raw = load_yaml(Path(__file__).with_name("data").joinpath("several.yaml").read_text())

    def words(key: str) -> str:
        return alternation(raw[key])

    return _Words(
        # a comma, a semicolon, a dash or a joining word, with what follows it up to the next
        joiner=re.compile(rf"(?:[,;]|\s[–-]\s|\b(?:{words('joiners')})\b)\s*", _F),
        before_when=re.compile(rf"\b(?:{words('before_when')})\s*$", _F),
        lead=re.compile(rf"[\s,;:–-]*(?:{words('leads')})\s+", _F),
        then=re.compile(rf"\b(?:{words('then')})\b", _F),
        article=re.compile(rf"^(?:\d{{1,2}}\)\s+)?(?:(?:{words('articles')})\s+)?", _F),
    )


def _start_of_first(text: str, first: int, body: int) -> int:
    """Where the first appointment's words begin: after the request's head ("Mail an …:")
    and the sentence before it."""
    start = body
    for match in _SENTENCE_END.finditer(text, body, first):
        start = match.end()
    for match in _HEAD_COLON.finditer(text, start, first):  # "Termine: 1) 20.01. …"
        start = match.end()
    return start


def _sentence_end(text: str, position: int) -> int:
    found = _SENTENCE_END.search(text, position)
    return found.start() if found else len(text)


def _cut(text: str, after: int, before: int) -> Span:
    """Where the words between two appointments split: at the last joiner between them
    (", und am 17.02."), else right before the next one; (end of one, start of the next)."""
    cut = (before, before)
    for match in _words().joiner.finditer(text, after, before):
        cut = match.span()
    return cut


def _what(text: str, start: int, end: int, parts: tuple[Span, ...]) -> str:
    """The words said of one appointment, its date and time (and their "am"/"um") taken out."""
    pieces: list[str] = []
    position = start
    for part_start, part_end in sorted(parts):
        if part_start < position or part_end > end:
            continue
        before = text[position:part_start]
        pieces.append(_words().before_when.sub("", before))
        position = part_end
    pieces.append(text[position:end])
    said = _SPACE_BEFORE_MARK.sub("", " ".join(" ".join(pieces).split())).strip(_TRIM)
    return _words().article.sub("", said, count=1).strip(_TRIM)


@dataclass(frozen=True, slots=True)
class Several:
    """The appointments listed (each with its words), and the request's slots they came from."""

    items: tuple[Dated, ...] = ()
    slots: tuple[Slot, ...] = ()
    marks: tuple[Span, ...] = ()  # "1)", "2)": the request's numbers, the list's own now


def several(text: str, pairs: list[tuple[Slot, tuple[Span, ...]]], body: int) -> Several:
    """Two or more appointments with a clock time, each with the words the request said of
    it. ``body``: where the request's own content starts (after "Mail an Frau X:"). Nothing
    when the request names fewer than two."""
    listed: list[tuple[Slot, Slot, tuple[Span, ...]]] = []
    day = None
    last = 0  # where the slot before ended
    for slot, parts in pairs:
        at, ends_at = min(part[0] for part in parts), max(part[1] for part in parts)
        before, last = last, ends_at
        if slot.role not in _LISTED or slot.until is not None or slot.start is None:
            day = slot.day or day
            continue
        if slot.day is None and not _words().then.search(text, before, at):
            continue  # "Ende ca. 13 Uhr", "nicht um 10 sondern um 13": no appointment of its own
        # "27.01. um 9:00 …, danach 11:00 Uhr bei mir": a time alone is on the day before it
        dated = replace(slot, day=day) if slot.day is None and day is not None else slot
        day = dated.day or day
        listed.append((dated, slot, parts))
    keys = {(dated.day, dated.start) for dated, _, _ in listed}
    if len(listed) < 2 or len(keys) < len(listed) or any(d.day is None for d, _, _ in listed):
        return Several()
    starts = [min(part[0] for part in parts) for _, _, parts in listed]
    ends = [max(part[1] for part in parts) for _, _, parts in listed]
    begin = first = _start_of_first(text, starts[0], body)
    items: list[Dated] = []
    marks: list[Span] = []
    intro = _intro(text, begin, starts[0])
    if intro is not None:  # "du hast zwei Termine – am 08.03. …": the list says it
        marks.append((begin, intro))
        begin = intro
    for index, (dated, _, parts) in enumerate(listed):
        if index + 1 < len(listed):
            end, after = _cut(text, ends[index], starts[index + 1])
        else:
            end = after = _sentence_end(text, ends[index])
        lead = _words().lead.match(text, begin, starts[index])
        if lead is not None:  # "sie hat am 15.02. …": whose appointment, not what it is
            marks.append(lead.span())
            begin = lead.end()
        items.append(Dated(dated, _what(text, begin, end, parts)))
        begin = after
    marks += [m.span() for m in _NUMBERED.finditer(text, first, begin)]
    return Several(tuple(items), tuple(slot for _, slot, _ in listed), tuple(marks))


_INTRO_WORDS = 6


def _intro(text: str, begin: int, first: int) -> int | None:
    """The end of a short heading before the first appointment ("du hast zwei Termine –",
    "two appointments next month –"): a few words without a number, then a dash or colon."""
    ends = list(_INTRO_END.finditer(text, begin, first))
    if not ends:
        return None
    found = ends[-1]
    heading = text[begin : found.start()]
    if any(ch.isdigit() for ch in heading) or len(heading.split()) > _INTRO_WORDS:
        return None
    return found.end()


def body_start(text: str, within: int) -> int:
    """Where a request's content starts: after the colon that ends its head ("Mail an Frau
    Petrović: …") within the first ``within`` characters, else at 0."""
    found = _HEAD_COLON.search(text, 0, within)
    return found.end() if found else 0
