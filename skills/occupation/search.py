"""Fuzzy occupation search over a precomputed index of normalised names.

A query runs through three stages, cheapest first: exact key lookup, candidates sharing a
token (equal, prefix, compound head or a close spelling), and only when nothing strong was
found a rapidfuzz scan over every name. All candidates get the same score, so the ranking
does not depend on the stage that found them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.message_memo import per_message
from skills.occupation.model import Match, NameKind, Occupation
from skills.occupation.normalise import Normalised, normalise
from skills.occupation.synonyms import Synonym

CUTOFF = 70.0  # a search hit
SUGGEST_CUTOFF = 55.0  # "did you mean" after no hit
_STRONG = 90.0  # good enough to skip the full scan
_TOKEN_TYPO = 80.0  # a query token this close to an index token counts as that token
_SHORTLIST = 40  # token candidates scored in full; common tokens ("kaufmann") find hundreds
# Case endings of German nouns: weak masculine "-en"/"-n" ("zum Polizisten", "dem Praktikanten"),
# genitive "-s"/"-es" ("des Elektronikers"), dative plural "-n" ("bei Tischlern"). Longest first.
_CASE_ENDINGS = ("en", "es", "n", "s")


@dataclass(frozen=True, slots=True)
class _Name:
    entry: int
    text: str
    kind: NameKind
    tokens: tuple[str, ...]
    compact: str
    rank: int = 0  # a synonym's position among its entries: the likeliest first
    distinct: int = 0  # how many different tokens the name has (counted once, at load)


def _token_weight(query_token: str, name_token: str) -> float:
    """How well one query token stands for one name token (0–1)."""
    if query_token == name_token:
        return 1.0
    share = len(query_token) / len(name_token)
    if len(query_token) >= 3 and name_token.startswith(query_token):  # "Büro", "Kfz"
        return 0.7 + 0.25 * share
    if len(query_token) >= 5 and name_token.endswith(query_token):  # compound head: "pfleger"
        return 0.6 + 0.3 * share
    if len(query_token) >= 4:
        close = fuzz.ratio(query_token, name_token, score_cutoff=_TOKEN_TYPO)
        return 0.95 * close / 100
    return 0.0


def _token_score(query: Normalised, name: _Name) -> float:
    covered = 0.0
    hit: set[str] = set()
    exact: set[str] = set()
    for query_token in query.tokens:
        weight, best = 0.0, ""
        for token in name.tokens:  # the best-fitting token; on a tie the greatest, as max()
            candidate = _token_weight(query_token, token)
            if (candidate, token) > (weight, best):
                weight, best = candidate, token
        if weight:
            covered += weight * len(query_token)
            hit.add(best)
            if weight == 1.0:
                exact.add(best)
    query_share = covered / len(query.compact)
    name_share = sum(map(len, hit)) / len(name.compact)
    score = 100 * (0.8 * query_share + 0.15 * name_share)
    if len(exact) == name.distinct:  # the whole name is in the query, among filler
        score = max(score, 80 + 15 * query_share)
    return score


def score(query: Normalised, name: _Name) -> float:
    """Similarity of a query and one name, 0–100; 100 only for equal keys."""
    if query.compact == name.compact:
        return 100.0
    whole = fuzz.ratio(query.compact, name.compact)
    if len(query.compact) <= 6:  # short strings are close to too much
        whole *= 0.9
    return round(min(99.0, max(whole, _token_score(query, name))), 2)


class SearchIndex:
    """All names of a catalogue's entries, normalised once at load."""

    def __init__(
        self, occupations: Sequence[Occupation], synonyms: Sequence[Synonym] = ()
    ) -> None:
        self._entries = tuple(occupations)
        names: list[_Name] = []
        seen: set[tuple[int, str]] = set()
        positions = {occupation.id: entry for entry, occupation in enumerate(self._entries)}
        found = [
            (entry, text, kind, 0)
            for entry, occupation in enumerate(self._entries)
            for text, kind in occupation.names()
        ]
        found.extend(  # after the entries' own names, which win on equal keys
            (
                positions[entry_id],
                synonym.word,
                NameKind.RELATED if synonym.related else NameKind.SYNONYM,
                rank,
            )
            for synonym in synonyms
            for rank, entry_id in enumerate(synonym.ids)
            if entry_id in positions
        )
        for entry, text, kind, rank in found:
            key = normalise(text)
            if key.compact and (entry, key.compact) not in seen:
                seen.add((entry, key.compact))
                distinct = len(set(key.tokens))
                names.append(_Name(entry, text, kind, key.tokens, key.compact, rank, distinct))
        self._names = tuple(names)
        self._compacts = [name.compact for name in names]
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_token: dict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(names):
            self._by_key[name.compact].append(index)
            for token in set(name.tokens):
                self._by_token[token].append(index)
        self._tokens = sorted(self._by_token)
        self._reversed = sorted((token[::-1], token) for token in self._by_token)

    def exact(self, text: str) -> list[Match]:
        """Entries one of whose names equals ``text`` after normalisation."""
        return list(self._exact(text))

    @per_message  # asked several times a turn ("does this word name an occupation?")
    def _exact(self, text: str) -> tuple[Match, ...]:
        found = self._by_key.get(self._uninflected(normalise(text)).compact, [])
        return tuple(self._rank(dict.fromkeys(found, 100.0), len(found)))

    def _uninflected(self, query: Normalised) -> Normalised:
        """``query`` with case endings cut off tokens whose stem is a known name token.

        Only a token the index does not know is touched, and only when the shorter form is one
        it knows, so "Polizisten" becomes "polizist" while "Kaufmann" or "Gärtnerin" stay.
        """
        tokens = tuple(self._known_stem(token) for token in query.tokens)
        return query if tokens == query.tokens else Normalised(tokens)

    def _known_stem(self, token: str) -> str:
        if token in self._by_token:
            return token
        for ending in _CASE_ENDINGS:
            shorter = token.removesuffix(ending)
            if len(shorter) >= 4 and shorter != token and shorter in self._by_token:
                return shorter
        return token

    def search(self, text: str, limit: int = 5, cutoff: float = CUTOFF) -> list[Match]:
        """The best entries scoring at least ``cutoff``, best first, one match per entry."""
        return list(self._search(text, limit, cutoff))

    @per_message  # the router's confidence and the skill search the same query
    def _search(self, text: str, limit: int, cutoff: float) -> tuple[Match, ...]:
        query = self._uninflected(normalise(text))
        if not query.compact or limit < 1:
            return ()
        typo_cutoff = _TOKEN_TYPO if cutoff >= CUTOFF else cutoff + 20
        scores = dict.fromkeys(self._by_key.get(query.compact, ()), 100.0)
        for index in self._shortlist(query, typo_cutoff, set(scores)):
            scores[index] = score(query, self._names[index])
        if max(scores.values(), default=0.0) < _STRONG or cutoff < CUTOFF:
            scan = process.extract(
                query.compact,
                self._compacts,
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                limit=max(4 * limit, 20),
            )
            for _, _, index in scan:
                if index not in scores:
                    scores[index] = score(query, self._names[index])
        return tuple(self._rank({i: s for i, s in scores.items() if s >= cutoff}, limit))

    def _shortlist(self, query: Normalised, typo_cutoff: float, known: set[int]) -> list[int]:
        """Names sharing a (near) token with the query; the closest few when there are many."""
        found: set[int] = set()
        for token in query.tokens:
            found.update(self._by_token.get(token, ()))
            for near in self._tokens_around(token, typo_cutoff):
                found.update(self._by_token[near])
        found -= known
        if len(found) <= _SHORTLIST:
            return sorted(found)
        ordered = sorted(found)
        closest = process.extract(
            query.compact,
            [self._compacts[i] for i in ordered],
            scorer=fuzz.ratio,
            limit=_SHORTLIST,
        )
        return [ordered[position] for _, _, position in closest]

    def _tokens_around(self, token: str, typo_cutoff: float) -> Iterable[str]:
        """Index tokens that start or end with ``token`` or are spelt almost like it."""
        found: list[str] = []
        if len(token) >= 3:
            start = bisect_left(self._tokens, token)
            for candidate in self._tokens[start:]:
                if not candidate.startswith(token):
                    break
                found.append(candidate)
        if len(token) >= 5:
            backwards = token[::-1]
            start = bisect_left(self._reversed, (backwards, ""))
            for reversed_token, candidate in self._reversed[start:]:
                if not reversed_token.startswith(backwards):
                    break
                found.append(candidate)
        if len(token) >= 4 and token not in self._by_token:
            close = process.extract(
                token, self._tokens, scorer=fuzz.ratio, score_cutoff=typo_cutoff, limit=8
            )
            found.extend(candidate for candidate, _, _ in close)
        return found

    def _rank(self, scores: dict[int, float], limit: int) -> list[Match]:
        best: dict[int, tuple[float, _Name]] = {}
        for index, value in scores.items():
            name = self._names[index]
            current = best.get(name.entry)
            if current is None or (value, -name.kind) > (current[0], -current[1].kind):
                best[name.entry] = (value, name)

        def order(
            item: tuple[int, tuple[float, _Name]],
        ) -> tuple[float, int, int, int, str, str]:
            entry, (value, name) = item
            occupation = self._entries[entry]
            title = occupation.title
            return (-value, name.kind, name.rank, len(title), title.casefold(), occupation.id)

        ranked = sorted(best.items(), key=order)[:limit]
        return [
            Match(self._entries[entry], value, name.text, name.kind)
            for entry, (value, name) in ranked
        ]
