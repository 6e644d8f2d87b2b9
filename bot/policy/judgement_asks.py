"""One message, several asks (``judgement_asks.yaml``).

Counsellors put two requests into one message: a task and a verdict ("schreib der Mutter eine
Mail, dass wir uns Donnerstag treffen, und sag mir, ob er die Ausbildung packt"), or a
numbered list ("Zwei Sachen: 1) Erinnerung an Frau Lindner wegen des Lebenslaufs, 2) meinst
du, die schafft die Umschulung?"). The readings leave a sentence with a task alone, which is
right for the task but hides the verdict asked beside it. So the asks are separated where a
numbered item, a joined request to the assistant ("und sag mir", "and also tell me if") or an
announced second question ("außerdem:", "PS:") begins, and each is read on its own as well.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_asks.yaml")
_KEYS = ("numbered", "joined", "announced")
# Parts this short carry no request ("2)" alone, "und").
_MIN_CHARS = 8


@cache
def _boundary() -> re.Pattern[str]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    patterns = compiled(data, _KEYS)
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE | re.MULTILINE)


def separate_asks(text: str) -> list[str]:
    """The asks of ``text``, in order: the whole text when it holds only one."""
    parts, start = [], 0
    for found in _boundary().finditer(text):
        if found.start() > start:
            parts.append(text[start : found.start()])
        start = found.end()
    parts.append(text[start:])
    asks = [part.strip() for part in parts if len(part.strip()) >= _MIN_CHARS]
    return asks if len(asks) > 1 else [text]
