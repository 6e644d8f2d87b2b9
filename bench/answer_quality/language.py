"""The language a rendered reply is written in, for ``lang:`` in followup.yaml.

Read independently of Lotse's own language detection: each line's common function words are
counted. What may honestly stay German in an English reply is left out first: catalogue
titles and descriptions (German data), quoted text, link targets, commands in backticks and
the reminders line (the guideline's texts belong to the policy, not to the answer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Function words of one language that are no words of the other ("in", "an", "also", "so",
# "was" and "will" are both and count for neither).
_GERMAN_WORDS = """
der die das den dem des und ist sind nicht für mit von zu zum zur im bei beim auf ein eine einer
einen eines wird werden oder auch nach über sie wir ich es kein keine aus wie welche welcher nur
noch diese dieser hat haben man
"""
_ENGLISH_WORDS = """
the and is are not for with of to at be or after about you we it this that from by your which
only there has have one these
"""
_GERMAN = frozenset(_GERMAN_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")
_QUOTED = re.compile(r"“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"|`[^`]*`")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|https?://\S+")


def _counts(line: str) -> tuple[int, int]:
    words = [word.casefold() for word in _WORD.findall(line)]
    return sum(word in _GERMAN for word in words), sum(word in _ENGLISH for word in words)


def line_languages(markdown: str, data: Iterable[str] = ()) -> list[str]:
    """'de' or 'en' for every line that says so clearly (two function words or more of one
    language, more than of the other), after removing ``data`` (catalogue titles and
    descriptions), quotes, link targets, commands and the reminders line."""
    text = markdown
    for item in sorted((item for item in data if item), key=len, reverse=True):
        text = text.replace(item, " ")
    found: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("_") and line.endswith("_") and ":" in line:
            continue  # the provenance, sources or reminders line of the renderer
        line = _QUOTED.sub(" ", _LINK_TARGET.sub("]", line))
        german, english = _counts(line)
        if german >= 2 and german > english:
            found.append("de")
        elif english >= 2 and english > german:
            found.append("en")
    return found


def written_in(markdown: str, language: str, data: Iterable[str] = ()) -> bool:
    """Whether the reply is written in ``language``: no line in the other language and at
    least one in this one."""
    found = line_languages(markdown, data)
    return language in found and all(item == language for item in found)
