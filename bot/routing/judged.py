"""The part of a message that is read as the request when looking for judgements of people.

A message may carry material to work on: notes to summarise, a draft, facts for an email.
Its lines describe people ("wirkt motiviert", "ist zuverlässig") rather than ask something
about them, so they are not read. What is read is what the message asks of the assistant:
its first line (the command or the request) and a closing line addressed to the assistant —
a question ("Schafft er das?", "Was meinst du, ist sie geeignet?", "Should we recommend
him?") or a sentence to the assistant ("du entscheidest", "schreib rein, ob sie geeignet
ist"). A note's own label or bullet ("Offen: schafft er die Prüfung?", "- Praktikum?") is
part of the notes, and trailing thanks ("danke!", "… das? lg") are skipped; a closing question
may come without its "?" when it opens with a capital and reads as a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.policy.judgement import with_question_mark
from bot.policy.surface import with_soft_breaks_joined, without_closing
from bot.routing.smalltalk import read_smalltalk

# A free-text request is this short; anything longer is pasted material (notes, a draft).
REQUEST_LINES = 3
REQUEST_CHARS = 1_000
_COURTESY_WORDS = 4  # "danke!", "lg Anna", "vielen Dank dir"
_NOTE_LINE = re.compile(r"^(?:[-*•–]|\d+[.)]|[^\W\d_][^:\n]{0,30}:)")
# A sentence to the assistant: the second person, a leading imperative (notes in telegraph
# style start with the third person: "Schreibt gern", "Sagt, sie will …"), or the counsellor's
# own question under its label ("Meine Frage: hat die ne Chance?"; a note's "Frage: …" is the
# client's).
_ADDRESSED = re.compile(
    r"\b(?:du|dir|dich|dein|deine|deinen|deiner|you|u|ya|your)\b|\bmeinste\b"
    r"|^\s*(?:meine|unsere|my|our)\s+(?:frage|question)\b"
    r"|^\s*(?:und\s+|also\s+|jetzt\s+)?(?:bitte\s+)?(?:schreib|schätz|sag|bewert|beurteil"
    r"|entscheid|formulier|gib|nenn|write|tell|say|rate|rank|decide|judge)e?\b",
    re.IGNORECASE,
)
# … and, closing notes on a client, the imperatives of producing, comparing and choosing ("Mach
# daraus bitte eine Einschätzung zur Ausbildungsreife", "Erstell ein Ranking", "Vergleich die
# beiden", "pick one"): what the notes are for is asked there.
_ORDERED = re.compile(
    r"^\s*(?:und\s+|also\s+|jetzt\s+|dann\s+)?(?:bitte\s+)?(?:mach|erstell|verfass|vergleich"
    r"|wähl|sortier|ordne|empfiehl|benote|make|give|draft|compare|pick|choose|score|sort)e?\b",
    re.IGNORECASE,
)


# A request to summarise with the notes after its colon on the same line ("Could you summarise
# this please: client is 17, … Open question: is her eyesight good enough?"): the notes are
# material, read sentence by sentence like pasted lines, so a client's question quoted in them
# is no request to the assistant; a closing question to the assistant still is.
_INLINE_SUMMARY = re.compile(
    r"^\W{0,3}(?:(?:could|can|would)\s+you\s+|(?:kannst|könntest)\s+du\s+|(?:können|könnten)"
    r"\s+sie\s+|please\s+|pls\s+|bitte\s+)?(?:[^\W\d_]+\s+){0,2}?(?:summari[sz]e|sum\s+up"
    r"|zusammenfassen|zusammenfassung|fass\w*\s+(?:[^\W\d_]+\s+){0,3}?zusammen)\b[^:\n]{0,40}:"
    r"(?=\s*\S)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+|(?<=[!?])\s+")


def _inline_notes_as_lines(lines: list[str]) -> list[str]:
    """``lines`` with a first line "summarise this: <notes>" split into its request and the
    notes' sentences, each a line of its own."""
    found = _INLINE_SUMMARY.match(lines[0])
    if found is None:
        return lines
    notes = [part for part in _SENTENCE_END.split(lines[0][found.end() :].strip()) if part]
    return [found.group(), *notes, *lines[1:]]


def addressed(line: str) -> bool:
    """``line`` speaks to the assistant: the second person, or a leading imperative."""
    return _ADDRESSED.search(line) is not None


def note_line(line: str) -> bool:
    """``line`` is a note's own bullet, number or label ("- Mail an Frau Berg", "Offen: …")."""
    return _NOTE_LINE.match(line.strip()) is not None


def _closing_index(lines: list[str]) -> int | None:
    """The index of the last line when it is addressed to the assistant (trailing thanks
    skipped), else None."""
    end = len(lines)
    while end and len(lines[end - 1].split()) <= _COURTESY_WORDS:
        if read_smalltalk(lines[end - 1]).kind is None:
            break
        end -= 1  # "danke!" after the question
    if not end:
        return None
    last = without_closing(lines[end - 1].strip())  # "… schafft er das? lg"
    addressed = _ADDRESSED.search(last) is not None or _ORDERED.search(last) is not None
    if _NOTE_LINE.match(last) and not addressed:  # "dein Urteil: …?" is no label of the notes
        return None
    return end - 1 if last.endswith("?") or addressed or _asked_unmarked(last) else None


def _asked_unmarked(line: str) -> bool:
    """A closing question typed without its "?" ("Hat der eine Zukunft in der Küche"): it
    opens with a capital (a note's items open in lower case) and reads as a question."""
    return line[:1].isupper() and with_question_mark(line).endswith("?")


def closing_request(lines: list[str]) -> str:
    """The last line of ``lines`` when it is addressed to the assistant, else ""."""
    index = _closing_index(lines)
    return "" if index is None else lines[index].strip()


@dataclass(frozen=True, slots=True)
class Request:
    """What a message asks (``text``), and the material between its first line and a closing
    request (``material``: the notes the closing question is about; "" without one)."""

    text: str
    material: str = ""


def read_request(text: str, *, command: bool) -> Request:
    """The request part of ``text``: a short free-text message whole ("Kurze Frage:\nSchafft
    Tim die Ausbildung?"); behind a command word or in longer pasted text, the first line and a
    closing line addressed to the assistant, with the lines between as its material. Without
    such a closing line, a request line broken inside its sentence is read as one ("Was denkst
    du⏎hat Frau E. eine Chance⏎bei der Sparkasse")."""
    lines = text.strip().splitlines()
    request, closed = _read_lines(lines, command)
    if closed:
        return request
    # (only the request line itself broken: notes' lines joined could make a note a question)
    joined = with_soft_breaks_joined(text.strip()).splitlines()
    return request if joined[:1] == lines[:1] else _read_lines(joined, command)[0]


def _read_lines(lines: list[str], command: bool) -> tuple[Request, bool]:
    """The request of ``lines``, and whether a closing line was found."""
    lines = [line for line in lines if line.strip()]
    if not lines:
        return Request(""), False
    split = _inline_notes_as_lines(lines)
    if len(split) > 2:  # notes after the request's colon: read as pasted lines (above)
        lines, command = split, True
    if not command and len(lines) <= REQUEST_LINES:
        return Request("\n".join(lines)[:REQUEST_CHARS]), False
    index = _closing_index(lines[1:])
    if index is None:
        return Request(lines[0][:REQUEST_CHARS]), False
    closing = lines[1 + index].strip()
    material = "\n".join(lines[1 : 1 + index])
    return Request((lines[0] + "\n" + closing)[:REQUEST_CHARS], material[:REQUEST_CHARS]), True


def judged_part(text: str, *, command: bool) -> str:
    """The request part of ``text`` (see :func:`read_request`)."""
    return read_request(text, command=command).text
