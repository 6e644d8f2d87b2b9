"""Whether a weak Art. 9 cue's clause names someone by a name alone ("Olena ist wegen des
Krieges hergekommen", "Kai hat sich geoutet"), when no other word marks a person."""

from __future__ import annotations

import re

from bot.policy.judgement_unknown_names import names_unknown_person
from bot.policy.pii_gazetteer import find_listed_names, is_plain_name

_CAPITALISED = re.compile(r"(?<![^\W\d_])(?-i:[A-ZÄÖÜ])[^\W\d_]+")
_BLANKS = re.compile(r"\s+")
# an article before a word that is also a name makes it the word ("der Boden ist trocken")
_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s+$", re.IGNORECASE
)


def names_by_list(text: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """A listed first or last name stands in ``text[start:end]``, or a word that is no known
    word where nothing makes it a thing ("Thandeka macht den Ramadan mit", see
    :mod:`bot.policy.judgement_unknown_names`), or a name that is also a word where the
    gazetteer reads it as a name before a verb of a person, not after an article ("Alex ist
    trans"; not "der Boden ist trocken"); not as the cue's own name ("Sana Kliniken",
    "Johannes-Krankenhaus") nor the cue itself ("Ramadan" is also a name)."""
    read_as_names: set[int] | None = None
    for word in _CAPITALISED.finditer(text, start, end):
        # part of a hyphenated name ("Johannes-Krankenhaus", "Anne-Frank-Schule")
        hyphenated = text[word.start() - 1 : word.start()] == "-" or text.startswith(
            "-", word.end()
        )
        own_name = _BLANKS.fullmatch(text, word.end(), cue_start)
        if hyphenated or own_name or cue_start <= word.start() < cue_end:
            continue
        if is_plain_name(word.group()) or names_unknown_person(text, word, ""):
            return True
        if _ARTICLE_BEFORE.search(text, max(0, word.start() - 8), word.start()):
            continue
        if read_as_names is None:
            read_as_names = {name.start for name in find_listed_names(text)}
        if word.start() in read_as_names:
            return True
    return False
