"""Agreed steps in a request: after "Schritte:"/"vereinbart:", numbered within a line ("1. …,
2. …"), or as clauses after a follow-up's first colon. The next meeting among them stays the
appointment the email gives, never a step."""

from __future__ import annotations

import re

from skills.email.items import SENTENCE_END, item_as_typed, items_of, until_sentence_end

_F = re.IGNORECASE
STEPS_LABEL = re.compile(
    r"\b(?:nächste[n]?\s+schritte|schritte|vereinbart|vereinbarungen|next\s+steps|steps|agreed"
    r"|action\s+items)\b(?:[^:\n]{0,30}:|[ \t]+[-–—](?=[ \t]))[ \t]*(?P<rest>[^\n]*)",
    _F,
)


def labelled_steps(text: str) -> list[str]:
    """Steps after "Schritte:"/"vereinbart:" on the same line."""
    found: list[str] = []
    for match in STEPS_LABEL.finditer(text):
        rest = match["rest"]
        numbered = inline_steps(rest)  # "vereinbart: 1) Lebenslauf bis 5.3. 2) Anschreiben …"
        if numbered:
            found += [item for item, _ in numbered]
        else:
            items = items_of(rest, r"\s*;\s*" if ";" in rest else r"\s*,\s*")
            # the sentences after the first on the label's line are agreed too, one step each;
            # the next meeting among them stays an appointment
            later = [item_as_typed(part) for part in SENTENCE_END.split(rest)[1:]]
            found += _with_details(items)
            found += [part for part in later if part and not _NEXT_MEETING.search(part)]
    return found


# A comma part that only says when or where ("Start 26.01.", "10–12 Uhr", "Raum 104 (Altbau)")
# belongs to the step before it, not a step of its own.
_DETAIL = re.compile(
    r"^(?:(?:start|beginn|ende|ab|am|um|von|bis|jeweils|immer|raum|zimmer|zi\.|uhr|h|"
    r"\d{1,2}(?:[.:]\d{1,2})*\.?(?:[-–]\d{1,2}(?:[.:]\d{2})?)?|\([^)]*\))\s*)+$",
    _F,
)


def _with_details(items: list[str]) -> list[str]:
    joined: list[str] = []
    for item in items:
        if joined and _DETAIL.match(item + " "):
            joined[-1] = f"{joined[-1]}, {item}"
        else:
            joined.append(item)
    return joined


_INLINE_MARK = re.compile(r"(?:^|(?<=[\s,;:]))(?P<n>[1-9])[.)][ \t]+(?=\D)")
# The next meeting among the steps stays an appointment: "nächster Termin …", "wir uns am 03.02.
# wieder treffen", "we meet again on …".
_NEXT_MEETING = re.compile(
    r"nächste[rn]?\s+termin|folgetermin|next\s+(?:appointment|meeting)"
    r"|\b(?:sehen|treffen)\s+uns\b|\buns\b.*\bwieder\s+(?:sehen|treffen)|\bmeet\s+again\b",
    _F,
)
# "… bewirbst und": the word that joins a step to the next is no part of it
_JOINING = re.compile(r"[\s,;]+(?:und|and|sowie)$", _F)


def numbered_marks(text: str) -> list[re.Match[str]]:
    """The marks of a list numbered within a line from 1 on ("1. …, 2. …"); a lone "6." ("nach
    der 6. Stunde") or "2)" ("(hamet 2)") is no list mark."""
    marks = [m for m in _INLINE_MARK.finditer(text) if "\n" not in text[: m.start()][-1:]]
    numbered = [m for i, m in enumerate(marks) if int(m["n"]) == i + 1]
    return numbered if len(numbered) >= 2 else []


def inline_steps(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Steps numbered within a line ("1. Bewerbung schreiben, 2. Praktikum suchen"), each
    with its span; the next appointment among them stays a date, not a step."""
    numbered = numbered_marks(text)
    if not numbered:
        return []
    found = []
    for index, mark in enumerate(numbered):
        end = numbered[index + 1].start() if index + 1 < len(numbered) else len(text)
        line_end = text.find("\n", mark.end())
        if index + 1 == len(numbered) and line_end != -1:
            end = line_end
        if index + 1 == len(numbered):  # the last step ends with its sentence
            end = mark.end() + len(until_sentence_end(text[mark.end() : end]))
        item = _JOINING.sub("", item_as_typed(text[mark.end() : end]))
        if item and not _NEXT_MEETING.search(item):
            found.append((item, (mark.start(), end)))
    return found


# The first colon that ends a label ("… after our meeting on 8 January:"), not one of a time.
_LABEL_END = re.compile(r":[ \t]+(?=\S)")  # "11:30" has no blank after its colon
# "Gespräch vom 08.01.": the meeting the follow-up is about, not a step
_MEETING_REF = re.compile(r"\b(?:gespräch|treffen|termin|meeting|session)\b.*\d", _F)
_CLAUSE = re.compile(r"[^,;\n]+")
_MIN_STEP_WORDS = 2


def clause_steps(text: str) -> list[tuple[str, tuple[int, int]]]:
    """A follow-up's steps written as clauses after its first colon ("…: she applies to three
    bakeries by 22 January, I check her CV, next appointment …"), each with its span; the next
    appointment stays a date, not a step."""
    colon = _LABEL_END.search(text)
    if colon is None:
        return []
    line_end = text.find("\n", colon.end())
    rest_end = len(text) if line_end == -1 else line_end
    found = []
    for start, end in _framed(text, _pieces(text, colon.end(), rest_end)):
        item = item_as_typed(text[start:end])
        if len(item.split()) < _MIN_STEP_WORDS or _NEXT_MEETING.search(item):
            continue
        if _MEETING_REF.search(item):
            continue
        start += text[start:end].index(item)
        found.append((item, (start, start + len(item))))
    return found


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clauses between ``start`` and ``end``: cut at commas, semicolons and
    the end of a sentence ("… in der Pflege macht. Sie meldet sich …" holds two steps)."""
    spans: list[tuple[int, int]] = []
    for clause in _CLAUSE.finditer(text, start, end):
        at = clause.start()
        for stop in SENTENCE_END.finditer(clause.group(0)):
            spans.append((at, clause.start() + stop.start() + 1))
            at = clause.start() + stop.end()
        spans.append((at, clause.end()))
    return spans


# "wir haben vereinbart, dass …": a clause that only frames the next one is one step with it
FRAME_WORDS = (
    r"(?:vereinbart|besprochen|abgesprochen|ausgemacht|festgehalten|agreed|discussed|arranged)"
)
_FRAME = re.compile(rf"\b{FRAME_WORDS}$", _F)
_FRAMED_CLAUSE = re.compile(r"\s*(?:dass|that)\b", _F)


def _framed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            joined
            and _FRAME.search(text[joined[-1][0] : joined[-1][1]].rstrip(" .;,"))
            and _FRAMED_CLAUSE.match(text, start)
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def next_meeting(item: str) -> bool:
    """A list item that names the next meeting ("- nächster Termin 03.02. um 11:15"): the
    appointment the email gives, not a step."""
    return _NEXT_MEETING.search(item) is not None
