"""Follow-up questions after an occupation's card, the way people ask them in chat.

"Und was verdient man da?", "wie lange dauert die?", "what about the pay?", "Gehalt?": a fact
asked about with nothing but back-reference words around it is about the occupation shown
last. "und als Holzmechaniker?", "what about a pastry chef?": a follow-up that names another
occupation asks the same of that one. Anything else is no follow-up and is read as a question
of its own. The words are data (``follow_up`` in ``data/words.yaml``); a school certificate or
a kind of training ("reicht die mittlere Reife?", "oder im Betrieb?") is read with the
exploration's words for them (``data/explore.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, partial

from rapidfuzz.distance import OSA

from bot.message_memo import per_message
from skills.occupation.asked_topics import (
    asks_requirement,
    asks_unlisted,
    asks_where,
    local_fact,
    rule_things,
    rule_with_words,
    topic_facts,
)
from skills.occupation.chat_forms import compares, spelled_out
from skills.occupation.explore_words import Word, vocabulary
from skills.occupation.focus import Focus
from skills.occupation.list_pick import pick_filler, read_pick
from skills.occupation.normalise import back_references, fold, stopwords, word_section
from skills.occupation.other_duration import duration_of_other
from skills.occupation.query import pay_stage
from skills.occupation.training_system import defines_a_topic, topic_of

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MAX_WORDS = 14  # longer messages are requests of their own, not a quick follow-up
# "mehr" only where it asks for more of a topic ("sag mir mehr zum Gehalt", "mehr Details zur
# Dauer"); elsewhere it compares ("Verdient ein Meister mehr?") and stays a word of its own.
_MORE_OF = re.compile(
    r"\b(?:erz(?:ä|ae)hl\w*|sag|sagen|sagst)\s+(?:du\s+)?(?:mir\s+|uns\s+)?(?:bitte\s+)?(?:noch\s+)?mehr\b"
    r"|\bmehr\s+(?=(?:infos?|informationen|details|über|ueber|zu|zum|zur)\b)",
    re.IGNORECASE,
)
# An age given as a number asks the minimum age: "und mit 15 schon möglich?", "geht das ab 16
# Jahren?", "can you start at 15?", "auch für 15-Jährige?" (read as the word "alter"). Not a
# number of hours, euros or weeks ("mit 15 Stunden pro Woche"), nor a time of day ("ab 16 Uhr").
_AGE_NUMBER = re.compile(
    r"\b(?:mit|ab|at|from)\s+(?:1[3-9]|vierzehn|fuenfzehn|fünfzehn|sechzehn|siebzehn"
    r"|fourteen|fifteen|sixteen|seventeen)\b(?:\s+(?:jahren|jahre|years?(?:\s+old)?)\b)?"
    r"(?!\s*(?:uhr|stunden|std|h\b|euro|eur\b|€|%|prozent|wochen|monate\w*|tage\w*|hours"
    r"|o'?clock|pm|am\b|weeks|months|days|pounds|[.:,]\d))"
    r"|\b1[3-9]\s*-?\s*j(?:ä|ae)hrig\w*|\b1[3-9]\s+years?\s+old\b",
    re.IGNORECASE,
)
_TYPO_MIN = 3  # "dei" for "die": shorter words are too easily something else
# A fact word typed with one letter off ("gestz", "verdint"): from five letters; four-letter
# words only with two letters swapped ("lnog"), other slips make other words ("Lage").
_FACT_TYPO_MIN = 5
# The tasks are asked with everyday verbs ("macht"), one letter off others ("machst").
_NO_FACT_TYPOS = frozenset({Focus.TASKS})
_PAY = frozenset({Focus.PAY, Focus.EARNINGS, Focus.PAY_ANY})


@dataclass(frozen=True, slots=True)
class FollowUpQuestion:
    """A follow-up: the fact asked about, and another occupation when one was named."""

    focus: Focus | None
    other: str | None = None  # "Holzmechaniker" in "und als Holzmechaniker?"
    lead: bool = False  # it starts like a follow-up ("und …", "what about …")
    pick: int | None = None  # the entry of the list shown last ("und das zweite?")
    also: tuple[Focus, ...] = ()  # more facts asked in a clause of their own ("… und was …")


@dataclass(frozen=True, slots=True)
class _Words:
    focus: tuple[tuple[Focus, tuple[tuple[str, ...], ...]], ...]
    around: frozenset[str]
    leads: tuple[tuple[str, ...], ...]
    as_words: frozenset[str]
    many: frozenset[str]  # "Ausbildungen", "Berufe": a list is asked for
    joins: frozenset[str]  # "und", "and": a second fact asked in a clause of its own


@cache
def _words() -> _Words:
    raw = word_section("follow_up")
    focus = tuple(
        (Focus(name), tuple(tuple(fold(str(p)).split()) for p in phrases))
        for name, phrases in raw["focus"].items()
    )
    leads = tuple(sorted((tuple(fold(str(p)).split()) for p in raw["lead"]), key=len))[::-1]
    around = frozenset(fold(str(raw["around"])).split())
    as_words = frozenset(fold(str(w)) for w in raw["as"])
    many = frozenset(fold(str(w)) for w in raw["many"])
    joins = frozenset(fold(str(w)) for w in raw["joins"])
    return _Words(focus, around, leads, as_words, many, joins)


@dataclass(frozen=True, slots=True)
class _Kind:
    """The words of one fact, read word by word: phrases by their first word, and the single
    words that are prefixes ("hauptschul*")."""

    focus: Focus
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]  # (words, last a prefix)
    prefixes: tuple[str, ...]


@cache
def _kinds() -> tuple[_Kind, ...]:
    """School certificates and kinds of training as the exploration knows them ("mittlere
    Reife", "im Betrieb"): naming one asks about the requirements or the type of training."""
    words = vocabulary()

    def kind(focus: Focus, groups: tuple[tuple[object, tuple[Word, ...]], ...]) -> _Kind:
        phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        prefixes: list[str] = []
        for word in (word for _, group in groups for word in group):
            parts = tuple(word.text.split())
            if word.prefix and len(parts) == 1:
                prefixes.append(parts[0])
            else:
                phrases.setdefault(parts[0], []).append((parts, word.prefix))
        return _Kind(focus, {k: tuple(v) for k, v in phrases.items()}, tuple(prefixes))

    return (
        kind(Focus.REQUIREMENTS, words.schools),
        kind(Focus.TRAINING_TYPE, words.training_types),
    )


@cache
def tolerated() -> frozenset[str]:
    """Words that may stand around the fact asked about (folded)."""
    return _words().around | back_references() | stopwords()


def asks_for_many(text: str) -> bool:
    """Whether ``text`` asks about many occupations ("Ausbildungen", "jobs"): a list."""
    return not _words().many.isdisjoint(fold(word) for word in _TOKEN.findall(text))


@per_message
def read_follow_up(text: str, names: Callable[[str], bool]) -> FollowUpQuestion | None:
    """``text`` read as a follow-up question, or None when it is a request of its own.

    ``names(words)`` says whether words name an occupation exactly (a title, a gendered form,
    an alias or an everyday word); a word that does is never taken for a typo of a filler."""
    if len(_TOKEN.findall(text)) > _MAX_WORDS or defines_a_topic(text):
        return None
    text = _AGE_NUMBER.sub(" alter ", _MORE_OF.sub(" ", text))
    picked = read_pick(text)  # "und das zweite?" after a list
    pick, text = picked.index, picked.rest
    typed = _TOKEN.findall(text)
    if not typed:
        return FollowUpQuestion(None, pick=pick) if pick is not None else None
    words = _words()
    folded = spelled_out([fold(word) for word in typed])  # "un was …": "und was …"
    if words.many.intersection(folded):
        return None  # "Welche dualen Ausbildungen gibt es?": many occupations, a list
    lead = next((p for p in words.leads if tuple(folded[: len(p)]) == p), ())
    used = [index < len(lead) for index in range(len(folded))]
    topic = topic_facts(folded, used)
    if topic and topic[0][0] is Focus.PLACE:
        # "Wo kann man Dachdecker lernen?": the occupation sits inside the question's words and
        # is asked about, not the card before
        for index, word in enumerate(typed):
            if used[index] and index >= len(lead) and names(word):
                used[index] = False
    facts = topic + _facts(folded, used, words, names, typed)
    # "und in Hamm?": a town, with nothing else asked; "wo kann man das in Hamm machen?":
    # the verb of the tasks with "wo" asks where, not what one does there; "was macht man da
    # in Hamm?" asks the tasks, and what the catalogue knows of a town besides
    town: list[tuple[Focus, int]] = []
    if all(fact is Focus.TASKS for fact, _ in facts):
        town = local_fact(typed, folded, used, tolerated().__contains__, names)
        if not facts or asks_where(folded):
            facts, town = town or facts, []
    # in the order asked when each has a clause of its own, else the first in the data's order
    asked = sorted(facts[:1] + _more_facts(facts, folded, words), key=lambda fact: fact[1])
    focus = asked[0][0] if asked else None
    also = tuple(fact for fact, _ in asked[1:] + town)
    if focus in _PAY:
        focus = pay_stage(text)
    also = tuple(pay_stage(text) if fact in _PAY else fact for fact in also)
    rest = [
        (typed[i], word)
        for i, word in enumerate(folded)
        if not used[i]
        and word not in tolerated()
        and len(word) > 1
        and not (pick is not None and pick_filler(word))
    ]
    paid = all(fact in _PAY for fact, _ in facts)  # no other fact, such as the master's
    if focus in _PAY and paid and all(compares(word) for _, word in rest):
        rest = []  # "wie viel mehr verdient man im 3. Jahr?"; not "… ein Meister mehr?"
    if duration_of_other(focus, [fact for fact, _ in facts], also, [word for _, word in rest]):
        return FollowUpQuestion(Focus.UNLISTED)  # "wie lange dauert das Praktikum?"
    if lead:  # "und als Holzmechaniker": the words between the start and the name
        while rest and rest[0][1] in words.as_words:
            rest.pop(0)
    if not rest:
        if focus is None and pick is None:
            return None
        # "und bei dem zweiten?": a pick that starts like a follow-up asks the fact asked before
        picked_on = bool(lead) and pick is not None
        return FollowUpQuestion(focus, lead=picked_on, pick=pick, also=also)
    other = " ".join(word for word, _ in rest)
    if names(other) and (lead or focus is not None):
        return FollowUpQuestion(focus, other, bool(lead))
    if focus is not None and all(_typo_of_filler(word, names) for word, _ in rest):
        return FollowUpQuestion(focus, pick=pick, also=also)  # "wie lang dauert dei ausbildung"
    unknown = [word for _, word in rest]
    if pick is not None or any(names(word) for word, _ in rest):
        return None
    if focus is not None and rule_with_words(focus, len(unknown)):
        return FollowUpQuestion(
            focus, also=also
        )  # "geht das in teilzeit? sie ist alleinerziehend"
    # "brauch ich dafür nen Führerschein?", "ist Physik wichtig?": a requirement the catalogue
    # does not hold, asked with need words alone (a certificate named is the card's fact)
    needs = focus is None or (
        focus is Focus.REQUIREMENTS
        and asks_requirement(folded[len(lead) :], used[len(lead) :], _certificates(folded, lead))
    )
    things = rule_things(text, folded, unknown, tolerated().__contains__) if needs else []
    if things and not any(_typo_of_filler(word, names) or _near_fact(word) for word in things):
        return FollowUpQuestion(Focus.NEED)
    # "ist das anstrengend?"; a word a letter off a known one ("was machst du da?") may be a
    # slip of a fact, so it is no topic of its own
    slips = any(_typo_of_filler(word, names) or _near_fact(fold(word)) for word, _ in rest)
    if focus is None and topic_of(text) is not None:
        return None  # "kann man das verkürzen?": a reviewed general answer, not "not listed"
    if focus is None and not slips and asks_unlisted(text, folded, unknown):
        return FollowUpQuestion(Focus.UNLISTED)
    return None


def _certificates(folded: list[str], lead: tuple[str, ...]) -> list[bool]:
    """Which words after the lead name a school certificate ("reicht Hauptschule?")."""
    marked = [False] * len(folded)
    _mark_kind(folded, marked, _kinds()[0])
    return marked[len(lead) :]


def _facts(
    folded: list[str],
    used: list[bool],
    words: _Words,
    names: Callable[[str], bool],
    typed: list[str],
) -> list[tuple[Focus, int]]:
    """The facts the question holds, in the data's order, each with where its words start
    (-1: only on words another fact holds). The first is the one answered first. The words of
    every fact are marked as used: none of them names an occupation. Without an exact fact
    word, one typed a letter off counts ("nach welchem gestz …"), unless it is a word a
    follow-up may hold anyway or names an occupation."""
    typed_words = set(folded)
    found: list[tuple[Focus, int]] = []

    def mark(focus: Focus, marks: Callable[[], bool]) -> None:
        before = list(used)
        if marks():
            start = next((i for i, now in enumerate(used) if now and not before[i]), -1)
            found.append((focus, start))

    for focus, phrases in words.focus:
        if not _first_words(focus).isdisjoint(typed_words):
            mark(focus, partial(_mark, folded, used, phrases))
    for kind in _kinds():
        mark(kind.focus, partial(_mark_kind, folded, used, kind))
    slips = [
        not used[i] and word not in tolerated() and not names(typed[i])
        for i, word in enumerate(folded)
    ]
    if any(slips):  # typed words are marked too: "gestz" beside "geregelt" names nothing
        for focus, phrases in words.focus:
            if focus not in _NO_FACT_TYPOS:
                mark(focus, partial(_mark, folded, used, phrases, slips))
    return found


def _more_facts(
    facts: list[tuple[Focus, int]], folded: list[str], words: _Words
) -> list[tuple[Focus, int]]:
    """Facts asked besides the first, each in a clause of its own: "wie lange dauert das und
    was verdient man?". Words of one clause often belong to two facts ("wie lange braucht man
    dafür" is no question about the certificate), and the tasks' verbs stand in any question
    ("in Teilzeit machen")."""
    if not facts:
        return []
    first, where = facts[0]
    more: list[tuple[Focus, int]] = []
    for focus, start in facts[1:]:
        taken = focus in (first, Focus.TASKS) or any(focus is other for other, _ in more)
        if taken or start < 0 or where < 0:
            continue
        between = folded[min(where, start) + 1 : max(where, start)]
        if not words.joins.isdisjoint(between):
            more.append((focus, start))
    return more


@cache
def asks_pay(text: str) -> bool:
    """Whether ``text`` holds a word that asks about pay ("verdient", "earn")."""
    return not _first_words(Focus.PAY).isdisjoint(fold(word) for word in _TOKEN.findall(text))


@cache  # every message is read as a possible follow-up: once per fact, not per message
def _first_words(focus: Focus) -> frozenset[str]:
    """The words a phrase of ``focus`` starts with: a question holding none of them cannot
    hold the phrase without a typo."""
    return frozenset(
        phrase[0] for name, phrases in _words().focus if name is focus for phrase in phrases
    )


def _mark(
    folded: list[str],
    used: list[bool],
    phrases: tuple[tuple[str, ...], ...],
    slips: list[bool] | None = None,
) -> bool:
    """Mark where a phrase stands; with ``slips``, a word allowed to be a typo may be one
    letter off the phrase's word."""
    # Every message is read as a possible follow-up: a phrase whose first word can stand
    # nowhere (neither typed nor one letter off a typo) is passed over before the scan.
    typed_words = set(folded)
    may_slip = slips if slips is not None else [False] * len(folded)
    slip_sizes = {
        len(w) + d for w, s in zip(folded, may_slip, strict=True) if s for d in (-1, 0, 1)
    }
    hit = False
    for phrase in phrases:
        if phrase[0] not in typed_words and len(phrase[0]) not in slip_sizes:
            continue
        size = len(phrase)
        for start in range(len(folded) - size + 1):
            if all(
                _fits(folded[start + i], known, may_slip[start + i])
                for i, known in enumerate(phrase)
            ):
                used[start : start + size] = [True] * size
                hit = True
    return hit


def _fits(word: str, known: str, may_slip: bool) -> bool:
    return word == known or (may_slip and _slip(word, known))


def _mark_kind(folded: list[str], used: list[bool], kind: _Kind) -> bool:
    """Mark where a certificate or a kind of training stands. Words a follow-up holds anyway
    do not count ("apprenticeship" is the training talked about, not a kind of it)."""
    hit = False
    for start, first in enumerate(folded):
        spans = [1] if first.startswith(kind.prefixes) else []
        for words, prefix in kind.phrases.get(first, ()):
            end = start + len(words)
            if end <= len(folded) and tuple(folded[start : end - 1]) == words[:-1]:
                last = folded[end - 1]
                if last.startswith(words[-1]) if prefix else last == words[-1]:
                    spans.append(len(words))
        for size in spans:
            covered = range(start, start + size)
            if any(folded[index] not in tolerated() for index in covered):
                used[start : start + size] = [True] * size
                hit = True
    return hit


def _slip(typed: str, known: str) -> bool:
    """ "gestz" for "gesetz", "lnog" for "long": one letter off a fact word."""
    shorter = min(len(known), len(typed))
    if shorter < _FACT_TYPO_MIN - 1 or abs(len(known) - len(typed)) > 1:
        return False
    if shorter < _FACT_TYPO_MIN:  # four letters: only two neighbours swapped ("lage" ≠ "lange")
        return len(typed) == len(known) and any(
            typed == known[:i] + known[i + 1] + known[i] + known[i + 2 :]
            for i in range(len(known) - 1)
        )
    return OSA.distance(typed, known, score_cutoff=1) <= 1


def _near_fact(word: str) -> bool:
    """Whether a folded word is one letter off a single fact word ("machst", "macht")."""
    return len(word) >= _TYPO_MIN and any(
        OSA.distance(word, known, score_cutoff=1) <= 1 for known in _single_fact_words()
    )


@cache
def _single_fact_words() -> tuple[str, ...]:
    return tuple(sorted({p[0] for _, phrases in _words().focus for p in phrases if len(p) == 1}))


def _typo_of_filler(word: str, names: Callable[[str], bool]) -> bool:
    """ "dei" for "die": one letter off a word a follow-up may hold, and no occupation."""
    folded = fold(word)
    if len(folded) < _TYPO_MIN or names(word):
        return False
    by_length = _tolerated_by_length()
    return any(
        OSA.distance(folded, known, score_cutoff=1) <= 1
        for size in (len(folded) - 1, len(folded), len(folded) + 1)
        for known in by_length.get(size, ())
    )


@cache
def _tolerated_by_length() -> dict[int, tuple[str, ...]]:
    """The tolerated words a typo may stand for, by length: a slip is one letter off, so only
    three lengths are compared with it."""
    by_length: dict[int, list[str]] = {}
    for known in sorted(tolerated()):
        if len(known) >= _TYPO_MIN:
            by_length.setdefault(len(known), []).append(known)
    return {size: tuple(words) for size, words in by_length.items()}


@cache
def asking_again(focus: Focus) -> str | None:
    """A follow-up that asks ``focus`` again of the occupation shown: the first single word of
    its phrases that reads back as that fact ("verdient" for the pay), None when none does.
    Data words only, never words of the conversation."""
    for name, phrases in _words().focus:
        if name is not focus and not (focus in _PAY and name is Focus.PAY):
            continue
        for phrase in phrases:
            text = f"{phrase[0]}?"
            if len(phrase) == 1 and _reads_back(text, focus):
                return text
    return None


def _reads_back(text: str, focus: Focus) -> bool:
    question = read_follow_up(text, lambda _words: False)
    return question is not None and question.focus is focus  # the pay of the same stage
