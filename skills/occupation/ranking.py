"""Which catalogue entries fit an exploration question, best first.

Hard filters (training type, duration, excluded topics) drop entries; topics rank them: an
entry in a named field or with a named interest fits, and the more topics it meets, and the
more central the interest is in its profile, the higher it ranks. The school certificate
filters too, but dual training has no legal certificate requirement, so when fewer than
``_ENOUGH`` entries fit, dual entries one step above the named certificate are added and marked
(a few of them also otherwise, after the fitting ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from skills.occupation.explore import ExploreQuery, Topic
from skills.occupation.model import Occupation, TrainingType
from skills.occupation.normalise import fold

_ENOUGH = 3
_CENTRAL = 3  # interest words that describe the work itself
_ABOVE = 2  # entries one certificate above shown after enough fitting ones
_ABOVE_FIELD = 5  # ... and of those in a field the question named
_FIELD = 3.5  # an entry in the named field fits better than one with the interest
_TITLE = 0.4  # the question's word is in the title ("Tiere" -> Tierpfleger/in); below a field
_LISTED = 0.01  # a topic's own list of entries: each later one ranks a little lower


@dataclass(frozen=True, slots=True)
class Fit:
    """One fitting entry and why it fits."""

    occupation: Occupation
    reasons: tuple[str, ...]  # interest words or fields that matched the question
    score: float
    above_school: bool = False  # employers usually expect a higher certificate
    position: int = 0  # in the catalogue, which lists the common occupations of a field first
    met: int = 0  # how many of the question's topics the entry meets
    first_topic: int = 0  # the first of them, in the question's order
    in_field: bool = False  # in a field the question named (not only a shared interest)


@lru_cache(maxsize=4096)
def _folded(title: str) -> str:
    return fold(title)


def _topic_score(occupation: Occupation, topic: Topic) -> tuple[float, str | None]:
    """How well one entry meets one topic (0: not at all) and the word that says why."""
    if occupation.field in topic.fields:
        return _FIELD, occupation.field
    if occupation.id in topic.ids:  # a workplace names its occupations, most typical first
        return _FIELD - _LISTED * topic.ids.index(occupation.id), topic.label
    best, why = 0.0, None
    for position, interest in enumerate(occupation.interests):
        if interest in topic.interests:
            # The first three words describe the work; later ones are a side of it. Among
            # equals the catalogue's order decides (common occupations first).
            best, why = (3.0 if position < _CENTRAL else 2.4), interest
            break
    if not best and any(part in _folded(occupation.title) for part in topic.titles):
        best, why = _FIELD, topic.label  # "Flughafen": the titles say it, not a field
    return best, why


def _passes(occupation: Occupation, query: ExploreQuery) -> bool:
    if query.training_type and occupation.training_type is not query.training_type:
        return False
    if query.no_study and occupation.training_type is TrainingType.STUDY:
        return False
    months = occupation.duration_months
    if query.max_months is not None and (months is None or months > query.max_months):
        return False
    if query.min_months is not None and (months is None or months < query.min_months):
        return False
    return not any(_topic_score(occupation, topic)[0] for topic in query.excluded)


def rank(
    query: ExploreQuery, occupations: Sequence[Occupation], schools: Sequence[str]
) -> list[Fit]:
    """The entries with a profile that fit ``query``, best first."""
    fits: list[Fit] = []
    above: list[Fit] = []
    limit = query.max_school
    # the subjects named beside a way of working; none when only one kind is named
    subjects = [topic for topic in query.topics if not topic.manner]
    if len(subjects) == len(query.topics):
        subjects = []
    if limit == 0:  # "ohne Abschluss": the law requires none for dual training
        limit = 1
    for position, occupation in enumerate(occupations):
        if occupation.school is None or not _passes(occupation, query):
            continue
        reasons: list[str] = []
        total = 0.0
        met = 0
        first = 0
        in_field = False
        for index, topic in enumerate(query.topics):
            score, why = _topic_score(occupation, topic)
            if score:
                first = index if not met else first
                met += 1
                total += score
                in_field = in_field or occupation.field in topic.fields
                if why and why not in reasons:
                    reasons.append(why)
        if query.topics and not met:
            continue
        if subjects and not any(_topic_score(occupation, topic)[0] for topic in subjects):
            continue  # "Tiere, eher praktisch": a way of working alone is no fit
        title = _folded(occupation.title)
        # a topic's own list keeps its order ("im Handwerk": not "… im Lebensmittelhandwerk"
        # first because the title holds the word)
        if any(len(stem) >= 4 and stem in title for stem in query.stems) and not any(
            occupation.id in topic.ids for topic in query.topics
        ):
            total += _TITLE
        fit = Fit(
            occupation,
            tuple(reasons),
            met * 10 + total,
            position=position,
            met=met,
            first_topic=first,
            in_field=in_field,
        )
        school = schools.index(occupation.school) if occupation.school in schools else None
        if limit is None or (school is not None and school <= limit):
            if query.max_school == 0 and occupation.training_type is not TrainingType.DUAL:
                continue  # school-based training and studies have legal requirements
            fits.append(fit)
        elif (
            school == limit + 1
            and occupation.training_type is TrainingType.DUAL
            # without a certificate only for a named interest: the law asks none for dual
            # training, and the interest's list should not become any ESA entry's
            and (query.max_school != 0 or bool(query.topics))
        ):
            above.append(replace(fit, above_school=True))
    above.sort(key=_order)
    # All when too few fit, else a few ("Einzelhandel mit ESA" should still name Kaufmann/-frau
    # im Einzelhandel, marked as usually expecting more), more of them when they are in the
    # named field and few fitting ones are. The topic decides the order, the certificate only
    # among equals: "Büro mit ESA" lists the office occupations (the named field, usually
    # expecting more) before warehouse jobs that merely share an interest.
    if len(fits) < _ENOUGH:
        shown = fits + above
    else:
        of_field = sum(fit.in_field for fit in fits)
        extra = _ABOVE_FIELD - of_field if of_field < _ENOUGH else 0
        shown = fits + above[: max(_ABOVE, extra)]
    return _interleave(sorted(shown, key=_order), len(query.topics))


def rank_suggested(
    query: ExploreQuery, occupations: Sequence[Occupation], schools: Sequence[str]
) -> list[Fit]:
    """The best entries of each suggested topic in turn ("ohne Kundenkontakt": production,
    the laboratory, IT, ...): an entry meeting several of them is no better a suggestion."""
    queues = [
        rank(replace(query, topics=(topic,)), occupations, schools) for topic in query.suggested
    ]
    result: list[Fit] = []
    seen: set[str] = set()
    while any(queues):
        for queue in queues:
            while queue and queue[0].occupation.id in seen:
                queue.pop(0)
            if queue:
                fit = queue.pop(0)
                seen.add(fit.occupation.id)
                result.append(fit)
    return result


def _interleave(fits: list[Fit], topics: int) -> list[Fit]:
    """With several topics, entries meeting the same number of them take turns by topic:
    "Musik und Technik" lists instrument makers beside technical occupations, not after all
    of them."""
    if topics < 2:
        return fits
    result: list[Fit] = []
    for met in sorted({fit.met for fit in fits}, reverse=True):
        level = [fit for fit in fits if fit.met == met]
        if met == topics:
            result.extend(level)
            continue
        queues: dict[int, list[Fit]] = {}
        for fit in level:
            queues.setdefault(fit.first_topic, []).append(fit)
        while queues:
            for topic in sorted(queues):
                result.append(queues[topic].pop(0))
                if not queues[topic]:
                    del queues[topic]
    return result


def _order(fit: Fit) -> tuple[float, bool, int]:
    # On equal fit the certificate, then the catalogue's order: each section starts with its
    # common occupations.
    return (-fit.score, fit.above_school, fit.position)
