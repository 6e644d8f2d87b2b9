"""The part of a message that is read as the request when looking for judgements of people.

A message may carry material to work on: notes to summarise, a draft, facts for an email.
Its lines describe people ("wirkt motiviert", "ist zuverlässig") rather than ask something
about them, so they are not read. What is read is what the message asks of the assistant:
its first line (the command or the request) and a closing line addressed to the assistant —
a question ("Schafft er das?", "Was meinst du, ist sie geeignet?", "Should we recommend
him?") or a sentence to the assistant ("du entscheidest", "schreib rein, ob sie geeignet
ist"). A note's own label or bullet ("Offen: schafft er die Prüfung?", "- Praktikum?") is
part of the notes, and trailing thanks ("danke!") are skipped.
"""

from __future__ import annotations

import re

from bot.routing.smalltalk import read_smalltalk

# A free-text request is this short; anything longer is pasted material (notes, a draft).
REQUEST_LINES = 3
REQUEST_CHARS = 1_000
_NOTE_LINE = re.compile(r"^(?:[-*•–]|\d+[.)]|[^\W\d_][^:\n]{0,30}:)")
# A sentence to the assistant: the second person, or a leading imperative (notes in telegraph
# style start with the third person: "Schreibt gern", "Sagt, sie will …").
_ADDRESSED = re.compile(
    r"\b(?:du|dir|dich|you|u|ya)\b|\bmeinste\b"
    r"|^\s*(?:und\s+|also\s+|jetzt\s+)?(?:bitte\s+)?(?:schreib|schätz|sag|bewert|beurteil"
    r"|entscheid|formulier|gib|nenn|write|tell|say|rate|rank|decide|judge)e?\b",
    re.IGNORECASE,
)


def closing_request(lines: list[str]) -> str:
    """The last line of ``lines`` when it is addressed to the assistant, else ""."""
    while lines and read_smalltalk(lines[-1]).kind is not None:
        lines = lines[:-1]  # "danke!" after the question
    if not lines:
        return ""
    last = lines[-1].strip()
    if _NOTE_LINE.match(last):
        return ""
    return last if last.endswith("?") or _ADDRESSED.search(last) else ""


def judged_part(text: str, *, command: bool) -> str:
    """The request part of ``text``: a short free-text message whole ("Kurze Frage:\\nSchafft
    Tim die Ausbildung?"); behind a command word or in longer pasted text, the first line and a
    closing line addressed to the assistant."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    if command or len(lines) > REQUEST_LINES:
        closing = closing_request(lines[1:])
        return (lines[0] + ("\n" + closing if closing else ""))[:REQUEST_CHARS]
    return "\n".join(lines)[:REQUEST_CHARS]
