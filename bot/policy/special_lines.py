"""Two readings of a clause for the Art. 9 reminder (``special.py``) that look past its own
words: whose a bare item of a note line is, and a German verb particle that looks English.

- A note line lists a person's facts with commas: "TN 52, Schlaganfall im Frühjahr, rechte
  Hand noch schwach". An item that opens with the cue ("Schlaganfall im Frühjahr") or a
  short lead-in ("nach Herzinfarkt") has no subject of its own: it is the person's the line
  opened with. Not an item that places something ("Infotag im Krankenhaus"), which is where,
  not what someone has.
- German separable verbs end in "her" ("stellt man da Medikamente her", "wo kommt das her"):
  in a German clause a "her" before the clause's end or a conjunction is that particle, not
  the English pronoun.
"""

from __future__ import annotations

import re

from bot.policy.special_clauses import names_a_person
from bot.policy.special_patterns import context_patterns

_LETTER = r"[^\W\d_]"
# at most two words before the cue in its item ("nach Herzinfarkt", "Z. n. Schlaganfall"),
# none of them a preposition of place or an event ("im", "zum", "Infotag")
_BARE_LEAD = re.compile(r"[\s\-•*·]*(?:[^\W\d_]+\.?\s+){0,2}", re.IGNORECASE)
_PLACING = re.compile(
    rf"(?<!{_LETTER})(?:in|im|ins|bei|beim|zum|zur|am|an|auf|vom|von|aus|at|to)(?!{_LETTER})",
    re.IGNORECASE,
)
# a sentence's end inside a line: "!", "?" or a dot after a word of three lower-case letters
# or more ("… läuft. Kl. 44"), not the dot of "Kl.", "Hr. T." or a number
_SENTENCE_END = re.compile(r"[!?]|(?<=[a-zäöüß]{3})\.(?=\s|$)")
# German words no English clause holds: articles, pronouns and verbs of a German clause
_GERMAN = re.compile(
    rf"(?<!{_LETTER})(?:man|ich|da|das|dem|den|der|die|des|ist|sind|wird|es|wir|sich|auch|noch"
    rf"|nicht|mal|dann|ein|eine|einen|wo|wie|woher|wann|stellt|stellen|kommt|kommen|stammt"
    rf"|stammen|gibt|geben|holt|holen|bringt|bringen)(?!{_LETTER})",
    re.IGNORECASE,
)
_PARTICLE_HER = re.compile(
    rf"(?<!{_LETTER})her(?=\s*(?:$|[?!.]|(?:und|oder|aber|denn|sondern)(?!{_LETTER})))",
    re.IGNORECASE,
)


def bare_item(text: str, clause_start: int, cue_start: int) -> bool:
    """The cue opens its clause, after at most two words that place nothing."""
    lead = text[clause_start:cue_start]
    return _BARE_LEAD.fullmatch(lead) is not None and _PLACING.search(lead) is None


def item_of_person(text: str, clause_start: int, cue_start: int) -> bool:
    """In notes: the cue's clause is a bare item of a line that named a person before it in
    the same sentence, and not the counsellor ("TN 52, Schlaganfall im Frühjahr")."""
    if not bare_item(text, clause_start, cue_start):
        return False
    line = text[text.rfind("\n", 0, clause_start) + 1 : clause_start]
    if not line.strip() or _SENTENCE_END.search(line) is not None:
        return False
    own, _opener, others, *_rest = context_patterns()
    return not own.search(line) and (others.search(line) is not None or names_a_person(line))


def without_german_her(clause: str) -> str:
    """The clause with a German verb particle "her" blanked ("stellt man da Medikamente
    her"); an English "her" stays ("please call her")."""

    def blank(found: re.Match[str]) -> str:
        german = _GERMAN.search(clause, 0, found.start()) is not None
        return " " * len(found.group()) if german else found.group()

    return _PARTICLE_HER.sub(blank, clause)
