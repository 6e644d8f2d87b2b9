"""Whether an answer to a skill's question is instead another skill's command.

A counsellor asked "Welchen Beruf möchten Sie nachschlagen?" or "Bitte fügen Sie Ihre Notizen
ein" may change their mind and type ``mail …`` or ``zusammenfassen``. That line is a new
request, not the answer: the skill hands it back (``SkillResult.resubmit``) and the engine runs
it as a turn of its own. Pasted notes that merely start with such a word are longer than one
short line, so they stay an answer.
"""

from __future__ import annotations

import re

_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_MAX_ARGUMENT_WORDS = 6  # "beruf Kaufmann für Büromanagement", "mail Absage an Herrn Kaya"
_SENTENCE_MARK = re.compile(r"[,;.!?]\s")  # a sentence goes on: notes, not a command


def names_other_command(answer: str, other_commands: frozenset[str]) -> bool:
    """``answer`` is one short line headed by another skill's command word."""
    text = answer.strip()
    if "\n" in text:
        return False
    first = _FIRST_WORD.match(text)
    if first is None or first.group(1).casefold() not in other_commands:
        return False
    rest = text[first.end() :]
    if rest and not rest[0].isspace():
        return False  # "mail-Adresse fehlt", "Beruf:" as a notes label
    return len(rest.split()) <= _MAX_ARGUMENT_WORDS and not _SENTENCE_MARK.search(f"{rest} ")
