"""How sure a search result is: answer it, ask "Meinten Sie …?", or say nothing was found.

The search ranks by spelling; spelling alone made a waiter's job a milling occupation and
"Fachpraktiker Küche" the Fachkraft Küche. So a result is answered only when it is sure:

- an exact name (title, gendered form, alias, former title) of one entry, or an everyday
  word from the synonym table that names one entry;
- a close spelling (score >= ``ANSWER_SCORE``) that accounts for every word of the query
  with a word of the entry (same word, a typo of it, or its beginning), or a part of the
  name whose every word is a word of the entry (score >= ``WORDS_SCORE``: "SHK",
  "Spedition"); either must lead the next entry by ``MARGIN``.

Anything else is a choice: an everyday word that names several entries lists them all, and
an uncertain spelling lists only the entries that are *genuinely* close (they share a word,
a typo of one, a compound part or a long common beginning with the query); without such an
entry the answer is "not found", never a random spelling neighbour.

Tuned on the counsellor queries of ``bench/occupation_quality.yaml`` and on words that must
not resolve (``tests/test_occupation_confidence.py``): correct typos score 85–98, keep the
first letter and need one slip per word up to 12 letters (two beyond); wrong neighbours
score 70–82 and lose a word, differ at the first letter ("Malerhelfer"/"Lagerhelfer") or
need two slips in a short word ("Sänger"/"Spengler").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from rapidfuzz.distance import OSA

from skills.occupation.model import EVERYDAY, Match, NameKind
from skills.occupation.normalise import fold, generic_words, normalise

ANSWER_SCORE = 85.0  # below: a typo-level match is not sure enough to answer on its own
WORDS_SCORE = 75.0  # enough when every query word is a word of the entry ("SHK", "Spedition")
MARGIN = 5.0  # the next entry this close makes it a toss-up
CLOSE_SCORE = 55.0  # candidates below this are not offered even when a word relates
MAX_CHOICES = 5
LOOSER = 8  # low-cutoff matches searched for candidates when nothing matched exactly
_PART = 4  # shortest compound part that counts ("pfleger" in "Altenpfleger", not "bau")
_SHARED_START = 8  # "sozialversicherungs…": a long common beginning relates two words
_LONG = 9  # from this length one more slip still makes a word worth suggesting
_ONE_SLIP_LENGTH = 10  # a whole name this long one slip away is answered ("Pflegefachfau")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


class Verdict(StrEnum):
    """What the skill does with a search result."""

    ANSWER = "answer"
    CHOOSE = "choose"
    NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class Resolution:
    """The verdict and its matches: the hit and its alternatives, or the candidates."""

    verdict: Verdict
    matches: tuple[Match, ...] = ()
    ambiguous: bool = False  # CHOOSE because one exact name names several entries
    several_meanings: bool = False  # ANSWER with the likeliest of an everyday word's entries
    related: bool = False  # CHOOSE among related entries: the word is no training occupation


def _allowed_typos(length: int) -> int:
    # One slip up to 12 letters: two would turn "streetworker" into "steelworker".
    return 1 if length <= 12 else 2 if length <= 20 else 3


def is_typo(query: str, name: str, slack: int = 0) -> bool:
    """A small slip (transpositions count once); typos rarely hit the first letter."""
    if len(query) < 4 or query[0] != name[0]:
        return False
    allowed = _allowed_typos(max(len(query), len(name))) + slack
    return OSA.distance(query, name, score_cutoff=allowed) <= allowed


def covers(name: str, query: str) -> bool:
    """The name word stands for the query word: equal, a typo, or typed only in part."""
    return (
        name == query
        or (len(query) >= 3 and name.startswith(query))  # "Büro", "Kfz"
        or (len(query) >= 5 and name.endswith(query))  # a compound's head: "pfleger"
        or is_typo(query, name)
    )


def relates(name: str, query: str) -> bool:
    """Weaker: the words share a compound part or a long beginning (worth a suggestion)."""
    if covers(name, query):
        return True
    if min(len(name), len(query)) >= _LONG and is_typo(query, name, slack=1):
        return True  # worth asking about: "Sekräterin" → Sekretär/in
    if 2 * len(name) >= len(query) >= len(name) >= _PART and (
        query.startswith(name) or query.endswith(name)
    ):
        return True  # "Tischlerhelfer" → Tischler; not "Sozialversicherungskaufmann" → "kaufmann"
    shared = 0
    for left, right in zip(name, query, strict=False):
        if left != right:
            break
        shared += 1
    return shared >= _SHARED_START


def raw_tokens(text: str) -> tuple[str, ...]:
    """Folded words without the gender and inflection folding: a typo in a feminine form
    ("Zahntechnikerrin") is one slip from "zahntechnikerin", not from "zahntechniker"."""
    return tuple(token for token in _SEPARATORS.split(fold(text)) if token)


def entry_words(match: Match) -> set[str]:
    """Every word of the entry's names and specialisations, and of the name matched (also
    as typed, see ``raw_tokens``)."""
    occupation = match.occupation
    texts = [name for name, _ in occupation.names()]
    texts.extend(occupation.specialisations)
    texts.append(match.matched_name)
    words = {token for text in texts for token in normalise(text).tokens}
    return words | {token for text in texts for token in raw_tokens(text)}


def _one_slip(match: Match, query: str) -> bool:
    """The query is one slip from a whole name of the entry ("Pflegefachfau"), long enough
    that one slip cannot turn it into another word."""
    typed = "".join(raw_tokens(query))
    if len(typed) < _ONE_SLIP_LENGTH:
        return False
    for name, _ in match.occupation.names():
        known = "".join(raw_tokens(name))
        if known[:1] == typed[:1] and OSA.distance(typed, known, score_cutoff=1) <= 1:
            return True
    return False


def _near(match: Match, query: str) -> bool:
    """Another entry spelt almost like the query (two slips): then one slip decides nothing."""
    typed = "".join(raw_tokens(query))
    return any(
        OSA.distance(typed, "".join(raw_tokens(name)), score_cutoff=2) <= 2
        for name, _ in match.occupation.names()
    )


def _all_covered(query: Sequence[str], words: Iterable[str]) -> bool:
    known = tuple(words)
    return all(any(covers(word, token) for word in known) for token in query)


def _evidence(match: Match, query: Sequence[str]) -> int:
    """How much of the query relates to the entry (letters of the related query words).

    Generic head words ("worker", "Fachkraft", "Helfer") count only when the query has
    nothing else: "sound technician" is about sound, not about every technician."""
    generic = generic_words()
    specific = [token for token in query if token not in generic] or list(query)
    words = entry_words(match)
    return sum(_strength(words, token) for token in specific)


def _strength(words: Iterable[str], token: str) -> int:
    """The letters of ``token`` when a word of the entry holds it (the same word, its start
    or a compound's head: "Kundenberater" for "Berater"), one less when only a slip relates
    them ("panel beater" for "Berater"): an entry that holds the word is offered first."""
    known = tuple(words)
    if any(word == token or word.startswith(token) or word.endswith(token) for word in known):
        return len(token)
    return len(token) - 1 if any(relates(word, token) for word in known) else 0


def _alternatives(found: Sequence[Match], best: Match) -> list[Match]:
    """The other hits worth a "Meinten Sie auch"; a synonym only when it matched exactly
    ("Gärtnerin" is spelt like "Kindergärtnerin", which is no reason to offer Erzieher/in)."""
    return [
        match
        for match in found
        if match is not best and (match.kind not in EVERYDAY or match.score >= 100.0)
    ]


def resolve(query: str, found: Sequence[Match], looser: Sequence[Match] = ()) -> Resolution:
    """Decide on ``found`` (best first); ``looser`` (a low-cutoff search) adds candidates."""
    tokens = normalise(query).tokens
    if found and found[0].score >= 100.0:
        exact = [match for match in found if match.score >= 100.0]
        official = [match for match in exact if match.kind not in EVERYDAY]
        if not official and all(match.kind is NameKind.RELATED for match in exact):
            # "Flugbegleiter/in": no training occupation; the related ones are offered as such
            return Resolution(Verdict.CHOOSE, tuple(exact[:MAX_CHOICES]), related=True)
        if len(official) == 1 or len(exact) == 1:
            best = official[0] if official else exact[0]
            return Resolution(Verdict.ANSWER, (best, *_alternatives(found, best)))
        if not official:
            # One everyday word with several entries (its synonym row, likeliest first): the
            # likeliest is the answer, the others are offered right under it.
            best = exact[0]
            alternatives = _alternatives(found, best)
            return Resolution(Verdict.ANSWER, (best, *alternatives), several_meanings=True)
        return Resolution(Verdict.CHOOSE, tuple(exact[:MAX_CHOICES]), ambiguous=True)
    if found:
        answered = _sure_answer(query, tokens, found, looser)
        if answered is not None:
            return answered
    candidates: dict[str, tuple[Match, int]] = {}
    for match in sorted((*found, *looser), key=lambda m: -m.score):
        key = match.occupation.id
        if key not in candidates and match.score >= CLOSE_SCORE:
            evidence = _evidence(match, tokens)
            if evidence:
                candidates[key] = (match, evidence)
    if not candidates:
        return Resolution(Verdict.NOT_FOUND)
    # Only the entries that explain most of the query: for "Erzieher Helfer" the Erzieher/in,
    # not every "...helfer".
    most = max(evidence for _, evidence in candidates.values())
    chosen = tuple(match for match, evidence in candidates.values() if evidence == most)
    return Resolution(Verdict.CHOOSE, chosen[:MAX_CHOICES])


def _is_sure(match: Match, tokens: Sequence[str], typed: Sequence[str]) -> bool:
    """A spelling close enough that accounts for every word of the query (see the module)."""
    words = entry_words(match)
    sure = (
        match.score >= ANSWER_SCORE and (_all_covered(tokens, words) or _all_covered(typed, words))
    ) or (match.score >= WORDS_SCORE and set(tokens) <= words)
    # A head word many entries share ("Assistent", "Techniker") names none of them: only an
    # exact name answers it, a spelling never does.
    return sure and not set(tokens) <= generic_words()


def _explains(match: Match, tokens: Sequence[str], typed: Sequence[str]) -> bool:
    words = entry_words(match)
    return _all_covered(tokens, words) or _all_covered(typed, words)


def _sure_answer(
    query: str, tokens: Sequence[str], found: Sequence[Match], looser: Sequence[Match]
) -> Resolution | None:
    """The answer to a query no name equals, or None when it is not sure.

    The best-scoring entry need not be the one that explains the query: "Anlagenmechaniker
    Sanitär" holds the whole plain Anlagenmechaniker/in, but only the SHK entry accounts for
    "Sanitär". So the best entry that accounts for every word is taken, when no other entry
    that explains the query as well comes within ``MARGIN``."""
    typed = raw_tokens(query)
    top = found[0].score
    sure = [
        match for match in found if top - match.score < MARGIN and _is_sure(match, tokens, typed)
    ]
    if sure:
        best = sure[0]
        # A close entry matters only when it explains the query as well: "Anlagenmechaniker
        # Sanitär Heizung Klima" is the SHK entry, not the plain Anlagenmechaniker/in.
        rivals = [
            match
            for match in found
            if match is not best
            and best.score - match.score < MARGIN
            and _explains(match, tokens, typed)
        ]
        if not rivals:
            return Resolution(Verdict.ANSWER, (best, *_alternatives(found, best)))
        if _one_word_row(best, rivals):
            # "Servicekraft im Restaurant": one everyday word with several entries, each
            # explaining the rest: the likeliest (its row's first) is answered, as when the
            # word is typed alone, and the others are offered right under it.
            others = [m for m in _alternatives(found, best) if m not in rivals]
            return Resolution(Verdict.ANSWER, (best, *rivals, *others), several_meanings=True)
    best = found[0]
    others = [m for m in (*found, *looser) if m.occupation.id != best.occupation.id]
    if _one_slip(best, query) and not any(_near(m, query) for m in others):
        return Resolution(Verdict.ANSWER, (best, *_alternatives(found, best)))
    return None


def _one_word_row(best: Match, rivals: Sequence[Match]) -> bool:
    """Whether ``best`` and every rival were found by the same everyday word, equally well:
    the synonym table's order then says which is likeliest."""
    return best.kind in EVERYDAY and all(
        rival.kind in EVERYDAY
        and rival.matched_name == best.matched_name
        and rival.score == best.score
        for rival in rivals
    )


class Suggests(Protocol):
    """What ``decide`` needs of a catalogue: its looser search."""

    def suggest(self, query: str, limit: int = 5) -> list[Match]: ...


def decide(catalogue: Suggests, query: str, found: Sequence[Match]) -> Resolution:
    """``resolve`` with the catalogue's looser matches, searched only when not exact."""
    exact = bool(found) and found[0].score >= 100.0
    looser = () if exact else tuple(catalogue.suggest(query, limit=LOOSER))
    return resolve(query, found, looser)
