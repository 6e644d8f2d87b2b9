"""A cancellation or a move that is someone else's step, not the counsellor's: "dass Frau K.
den Termin verschieben muss", "Herr Novak (Vater von Lara) hat abgesagt", "die Bäckerei Kamps
das Praktikum abgesagt hat", "the school has moved the session".

The cancellation and rescheduling templates say "I must call off / move our appointment". For
another's step that turns the request round, so such a request is drafted as its own message.
A cue without an agent ("der Termin fällt aus", "wird verschoben") stays the counsellor's.
"""

from __future__ import annotations

import re

from skills.email.classify import cue_spans
from skills.email.model import Purpose
from skills.email.parties import could_be_first_name
from skills.email.recipients import is_recipient

_F = re.IGNORECASE
# A cue that someone does: calling off or moving, not an event falling through
_DONE_BY = re.compile(
    r"absag|abgesagt|storn|verschieb|verschob|verleg|umleg|umgeleg|cancel|reschedul|postpon"
    r"|mov(?:e|ed|es|ing)\b|call(?:s|ed)?\s+off|sag(?:t|te)?\b",
    _F,
)
# Where a clause starts: a comma, a colon, a line, a dash, a sentence's end (not the dot of a
# date or of "Hr." / "Frau K.")
_BOUND = re.compile(r"[,;:!?\n–—()]|(?<=[a-zäöüß]{3})\.(?=\s)")
_BRACKETS = re.compile(r"\([^()\n]{0,80}\)")
# What may open the clause before its subject: "dass", "weil", "leider", "and"
_OPENING = re.compile(
    r"^\s*(?:(?:und|aber|denn|leider|heute|gestern|gerade|jetzt|nun|also|and|but|today"
    r"|yesterday|dass|daß|weil|da|ob|nachdem|wenn|that|because|since|as|if)\s+)*",
    _F,
)
_TITLED = re.compile(
    r"(?-i:(?:Frau|Herrn?|Hr\.|Fr\.|Mrs?\.?|Ms\.?)\s+(?:(?:Dr|Prof)\.\s+)?[A-ZÄÖÜ][\w'-]*\.?)"
    # typed in lower case: "frau roth möchte den termin … absagen"
    r"|(?-i:(?:frau|herrn?|hr\.|fr\.)\s+[a-zäöüß][\w'-]*)"
)
_PRONOUN = re.compile(r"(?:er|sie|he|she|they)\b", _F)
_ARTICLE = re.compile(r"(?:der|die|das|the)\s+", _F)
_WORD = re.compile(r"\s*([\wäöüß&-]+)")
_FIRST_NAME = re.compile(r"(?-i:[A-ZÄÖÜ][a-zäöüß]+)\b")
_FIRST_PERSON = re.compile(r"\b(?:ich|wir|mir|uns|mich|unser\w*|mein\w*|we|our|my)\b|\bI\b", _F)
# A finite verb of the subject's own: "hat", "muss", "möchte", "has", "wants to"; a passive
# ("wird verschoben", "was moved") has the appointment as subject and stays ours
_FINITE = re.compile(
    r"\b(?:hat|hatte|haben|hätte|muss|musste|müssen|möchte|möchten|will|wollte|wollen|kann"
    r"|konnte|können|würde|has|had|have|wants|wanted|needs|needed|must|would)\b"
    # "she's", "he'd like to": the verb joined to its subject
    r"|'[sd]\b",
    _F,
)
_FINITE_CUE = re.compile(
    r"(?:cancel(?:l)?ed|cancels|rescheduled|reschedules|postponed|postpones|moved|moves"
    r"|called\s+off|verschiebt|verschob|verlegt|storniert|sagt|sagte)\b",
    _F,
)
_SUBORDINATE = re.compile(r"\b(?:dass|daß|weil|da|ob|nachdem|wenn|that|because|since|as|if)\b", _F)
_AFTER_CUE = re.compile(r"\w*(?:\s+\w+){0,2}")  # "abgesagt hat", "verschieben muss"


def others_step(text: str, purpose: Purpose) -> bool:
    """Whether every cue of ``purpose`` (a cancellation or a move) in ``text`` is a step some
    other person or body takes."""
    if purpose not in (Purpose.CANCELLATION, Purpose.RESCHEDULING):
        return False
    flat = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text)
    spans = _cue_heads(flat, cue_spans(flat, purpose))
    return bool(spans) and all(_by_another(flat, start) for start, _ in spans)


def _cue_heads(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that open a cue: "move … appointment" is given as its first and last word,
    and the noun it moves is no step of anyone's."""
    heads: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            heads
            and not _BOUND.search(text, heads[-1][1], start)
            and not _DONE_BY.match(text, start)
        ):
            continue
        heads.append((start, end))
    return heads


def _by_another(text: str, cue: int) -> bool:
    """The subject opening the cue's clause is someone else, doing it: its finite verb right
    after it ("Herr Novak hat abgesagt", "Ms. Rossi cancelled"), or at the end of a clause
    opened by "dass", "weil", … ("dass Frau K. den Termin verschieben muss")."""
    if not _DONE_BY.match(text, cue):
        return False
    bounds = [m.end() for m in _BOUND.finditer(text, 0, cue)]
    clause = text[bounds[-1] if bounds else 0 : cue]
    opened = _OPENING.match(clause)
    rest = clause[opened.end() if opened else 0 :]
    subject = _subject(rest)
    if subject is None:
        return False
    between = rest[subject:]
    if _FIRST_PERSON.search(between):
        return False  # "Herr X und ich haben den Termin verschoben"
    if _FINITE.match(between.lstrip()) or (not between.strip() and _FINITE_CUE.match(text, cue)):
        return True
    subordinate = opened is not None and _SUBORDINATE.search(opened.group(0)) is not None
    after = _AFTER_CUE.match(text, cue)
    return subordinate and after is not None and _FINITE.search(after.group(0)) is not None


def _subject(clause: str) -> int | None:
    """Where the subject that opens ``clause`` ends: a titled person, a pronoun, a role or a
    body after an article ("die Bäckerei Kamps"), or a first name; None when none does."""
    for pattern in (_TITLED, _PRONOUN):
        match = pattern.match(clause)
        if match is not None:
            return match.end()
    article = _ARTICLE.match(clause)
    if article is not None:  # "die Bäckerei Kamps", "der neue Betrieb", "the school"
        end = article.end()
        for _ in range(3):
            word = _WORD.match(clause, end)
            if word is None:
                break
            end = word.end()
            if is_recipient(word[1]):
                return end
    match = _FIRST_NAME.match(clause)
    if match is not None and could_be_first_name(match.group(0)):
        return match.end()
    return None
