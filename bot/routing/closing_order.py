"""The closing order of pasted material: "Notiz Telefonat … 20.01. um 15 Uhr im Autohaus.
schreib ihm ne mail zur bestätigung".

Notes are pasted under a title that is also a command ("Notiz …"). When the material's last
sentence asks the assistant for something — in the second person, with a leading imperative
or after "bitte" — that sentence says what is wanted, not the title. A bullet or label of the
notes ("- Mail an Frau Berg wegen Praktikum") is a to-do in the notes, no order.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.routing.judged import addressed, note_line
from bot.word_lists import alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("closing_order.yaml")
# A sentence ends after a word of three lower-case letters or more ("… im Autohaus. schreib"),
# not after "Hr.", "Dr.", "11.01." or "z. B.".
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3}[.!?])\s+|(?<=[!?])\s+")


@cache
def _lead() -> re.Pattern[str]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    fillers, leads = alternation(data["fillers"]), alternation(data["leads"])
    return re.compile(rf"^\s*(?:(?:{fillers})\s+)?(?:{leads})\b", re.IGNORECASE)


def closing_order(text: str) -> str:
    """The last sentence of ``text`` when it asks the assistant for something, else ""."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 and len(_SENTENCE_END.split(text.strip())) < 2:
        return ""  # a single sentence is the request itself, not material with an order
    # the last sentence; a label in front of it ("Notiz: …") is the line's, not the sentence's
    sentence = _SENTENCE_END.split(lines[-1].strip())[-1].strip()
    if note_line(sentence) or not (addressed(sentence) or _lead().match(sentence)):
        return ""
    return sentence
