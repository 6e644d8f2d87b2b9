"""Notes dictated into a phone: one long run of words without a single punctuation mark.

"erstgespräch mit frau kaya 31 jahre … möchte jetzt die ausbildung zur pflegefachfrau machen
sie kann gut mit älteren menschen umgehen wir haben über … gesprochen unklar ist ob …" holds
a dozen notes. Where a new clause may open is read from the words alone: a subject pronoun
("sie kann", "wir haben"), a noun and its finite verb ("der Standort wird", "unklar ist"), a
verb of a wish or a task with no subject before it ("elternzeit möchte jetzt"), "und" before
such a verb, and the word after a participle that closes a clause ("geholfen praktikum").
The pieces are then joined again wherever their cue words do not name a new section, so a
run is only cut where its section changes. Every word stays, in order.
"""

from __future__ import annotations

import re

from skills.summary.cues import CueBook
from skills.summary.split import Vocabulary, vocabulary

_PUNCTUATION = re.compile(r"[.,;:!?()]")
_RUN_ON_WORDS = 16  # shorter lines without punctuation are telegraphic notes, not a run
_PARTICIPLE = re.compile(r"^(?:[^\W\d_]*ge[^\W\d_]+(?:t|en)|[^\W\d_]+iert)$")
_PARTICIPLE_MIN = 6  # "geht", "gegen" look like participles but are none
_SUBJECTS = frozenset({"ich", "er", "sie", "wir", "man", "tn", "kl", "i", "he", "she", "we"})
_AND = frozenset({"und", "oder", "and", "or"})
_MIN_WORDS = 2


def is_run_on(sentence: str) -> bool:
    """Whether ``sentence`` is a long run of words without any punctuation mark."""
    return _PUNCTUATION.search(sentence) is None and len(sentence.split()) >= _RUN_ON_WORDS


def _opens_clause(words: list[str], index: int, lexicon: Vocabulary) -> bool:
    """Whether a clause may open at ``words[index]``."""
    word, before = words[index].lower(), words[index - 1].lower()
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if before in lexicon.wrap_prepositions or before in lexicon.clause_stops or before in _AND:
        return False  # "für sie", "ob die kita", "und hat": no clause opens after these
    verbs = lexicon.clause_verbs | lexicon.clause_auxiliaries | lexicon.clause_possessions
    if word in _AND:
        return after in verbs or after in _SUBJECTS
    if word in _SUBJECTS:
        return bool(after) and after not in lexicon.clause_determiners
    if word in verbs and before not in _SUBJECTS:
        return True  # "elternzeit möchte jetzt …", "werden hat beim onkel …"
    if len(before) >= _PARTICIPLE_MIN and _PARTICIPLE.match(before):
        return True  # "auf dem bau geholfen praktikum bei …"
    if after in lexicon.clause_noun_verbs and word not in lexicon.clause_stops:
        return word not in lexicon.clause_determiners  # "unklar ist", "standort wird"
    return word in lexicon.clause_determiners and _noun_and_verb(words, index + 1, lexicon)


def _noun_and_verb(words: list[str], index: int, lexicon: Vocabulary) -> bool:
    """Whether a noun and its finite verb stand at ``index`` ("… der Standort wird …")."""
    if index + 1 >= len(words):
        return False
    return words[index + 1].lower() in lexicon.clause_noun_verbs and words[index].isalpha()


def run_on_parts(sentence: str, cues: CueBook) -> list[str]:
    """``sentence`` cut where a clause opens and its cue words name another section."""
    words = sentence.split()
    lexicon = vocabulary()
    starts = [0, *(i for i in range(1, len(words)) if _opens_clause(words, i, lexicon))]
    pieces = [" ".join(words[a:b]) for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    parts: list[str] = []
    sections: list[object] = []
    for piece in pieces:
        section = cues.best(piece)
        short = len(piece.split()) < _MIN_WORDS
        if parts and (section is None or section is sections[-1] or short):
            parts[-1] = f"{parts[-1]} {piece}"  # no section of its own: it goes on the note
        elif parts and sections[-1] is None:
            parts[-1], sections[-1] = f"{parts[-1]} {piece}", section  # the opening words
        else:
            parts.append(piece)
            sections.append(section)
    return parts
