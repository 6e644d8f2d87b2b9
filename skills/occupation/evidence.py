"""How much a message looks like a question for the occupation skill, before it runs: exact
names in a sentence, a message of a few words also as a likely typo, an exploration or
comparison question, a workplace or a training compound.

The router weighs this against the other skills' evidence; answering is the skill's own job."""

from __future__ import annotations

import re

from skills.occupation import explore
from skills.occupation.bare_word import only_chat_words
from skills.occupation.catalogue import Catalogue
from skills.occupation.confidence import Verdict, decide
from skills.occupation.describe import described_work, work_stems
from skills.occupation.employer import (
    employer_asked,
    employer_needs_asked,
    title_before_employer,
    training_of_a_word,
)
from skills.occupation.explore_answer import is_question
from skills.occupation.lead_clause import named_before
from skills.occupation.model import EVERYDAY
from skills.occupation.named_inside import PLACE_WORDS, NamedInside
from skills.occupation.normalise import fold, person_titles
from skills.occupation.practice import training_at_practice
from skills.occupation.query import extract_query, only_refers_back

# Messages this short are taken as a bare occupation name when nothing else fits.
_SHORT_WORDS = 3
_MAX_SCORED_CHARS = 200  # longer free text is pasted notes, not a lookup
_MAX_WORDS = 20
# A fact asked about leaves more words beside a workplace ("ist man Azubi in ner Bäckerei").
_FACT_WORDS = 8
# An everyday word with its workplace ("cook in a hotel"); longer, it may be a mail's request.
_PLACE_WORDS = 5


# Pasted notes that end in a list question of their own ("Klient 19, MSA / Mag: Technik / Mag
# nicht: Kundenkontakt / Welche Ausbildungen?"): the notes describe whom the question is for.
# Above labelled notes (1.9), below notes asked to be summarised (2.5).
_ASKED_AFTER_NOTES = 1.95
_NOTE_PIECES = 3  # lines or sentences, the question included
_QUESTION_WORDS = 8
_PIECES = re.compile(r"\n|(?<=[.!?])\s+")


def asked_after_notes(text: str) -> bool:
    """Whether ``text`` is a few lines of notes whose last line (or sentence) is a short
    question asking for a list of occupations, not a labelled line of the notes."""
    pieces = [piece.strip() for piece in _PIECES.split(text) if piece.strip()]
    if len(pieces) < _NOTE_PIECES:
        return False
    last = pieces[-1]
    if ":" in last or len(last.split()) > _QUESTION_WORDS:
        return False
    vocab = explore.vocabulary()
    return vocab.asks_for_a_list(vocab.standardise(" ".join(fold(last).split())))


def occupation_evidence(text: str, catalogue: Catalogue, inside: NamedInside) -> float:
    """Evidence that ``text`` names an occupation (exact names in a sentence; a message of a
    few words also as a likely typo) or asks an exploration or comparison question."""
    if len(text) > _MAX_SCORED_CHARS:
        return 0.0
    if is_question(text, catalogue):  # exploration or comparison
        return _ASKED_AFTER_NOTES if asked_after_notes(text) else 1.0
    if training_at_practice(text) is not None and len(text.split()) <= _MAX_WORDS:
        return 0.5  # "Azubi beim Zahnarzt", "Lehre bei der Bank": the training done there
    if employer_asked(text) is not None or training_of_a_word(text):
        return 0.5  # "Ausbildung bei Aldi", "Ausbildung Zoll": answered, if only honestly
    if employer_needs_asked(text, catalogue) is not None:
        return 0.5  # "komm ich mit hauptschulabschluss zur bundeswehr"
    work = described_work(text)
    if work and work_stems(work):  # "Als was arbeitet man, wenn man Haare schneidet?"
        return 0.8
    query = extract_query(text)
    lead = named_before(text) if only_refers_back(query.text) else None
    if lead is not None and _names_one(lead.text, catalogue):
        return 0.5  # "Tischler, was macht man da?"
    words = query.text.split()
    if not words or len(words) > _MAX_WORDS:
        return 0.0
    if len(words) <= 5 and catalogue.exact(query.text):
        return 0.8
    short = len(words) <= _SHORT_WORDS
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            if start and words[start - 1].casefold() in person_titles():
                continue  # "Frau Koch", "Herrn Müller": a surname, not an occupation
            gram = " ".join(words[start : start + size])
            # Inside a sentence only the occupations' own names count: everyday words
            # include places ("Supermarkt", "Polizei") that a mail request names too.
            if len(gram) >= 3 and any(
                short or match.kind not in EVERYDAY for match in catalogue.exact(gram)
            ):
                return 0.5 if len(words) <= 8 else 0.3
    if _work_at_place(words, catalogue):
        return 0.5  # "shop assistant in a supermarket"
    if short and not only_chat_words(query.text):
        # A message of a few words that names nothing exactly may still be an occupation
        # with a typo ("Erziher"): the skill answers when sure, else asks "Meinten Sie …?".
        found = catalogue.search(query.text, limit=3)
        if decide(catalogue, query.text, found).verdict is not Verdict.NOT_FOUND:
            return 0.5
    most = _FACT_WORDS if query.focus is not None else 5
    if len(words) <= most and any(
        inside.workplace(word) != word or inside.without_training(word) != word for word in words
    ):
        # "Azubi in der Tischlerei", "Kochlehrling": a workplace or a training compound
        return 0.5
    if inside.master_of(query.text) is not None:
        return 0.5  # "Malermeister": answered with the training occupation it builds on
    return 0.0


def _names_one(clause: str, catalogue: Catalogue) -> bool:
    """Whether ``clause`` names an occupation, also with an employer after it."""
    head = title_before_employer(clause)
    return bool(catalogue.exact(clause)) or bool(head and catalogue.exact(head))


def _work_at_place(words: list[str], catalogue: Catalogue) -> bool:
    """A short message that opens with a name, everyday words included, and then says where
    the work is done ("shop assistant in a supermarket", "Servicekraft im Restaurant"); a
    place named later is no job ("Termin bei der Polizei")."""
    if len(words) > _PLACE_WORDS:
        return False
    for position, word in enumerate(words[1:], start=1):
        if word.casefold() in PLACE_WORDS:
            return bool(catalogue.exact(" ".join(words[:position])))
    return False
