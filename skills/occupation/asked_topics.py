"""Follow-up facts read by pattern or by place rather than by single words.

Three kinds of follow-up after a card ask about something no card section shows:
- a topic of ``data/training_system.yaml`` with a focus ("kann man danach studieren?", "und
  als Frau?", "was lernt man in der Berufsschule?"): its patterns, on the follow-up's words;
- a town named after the card ("und in Hamm?", "gibt es in Dortmund Betriebe dafür?"): the
  catalogue has no local data, which the answer says;
- a requirement asked about one specific thing ("brauch ich dafür nen Führerschein?", "muss
  man gut Deutsch können?"): the catalogue gives only the usual school certificate, which the
  answer says, with the link to BERUFENET;
- a question about anything else the catalogue does not hold ("ist das körperlich
  anstrengend?"): the answer says so and links to BERUFENET, never showing another section.
The words for the last three are data (``follow_up_more`` in ``data/words.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from skills.occupation import explore
from skills.occupation.explore_words import found
from skills.occupation.focus import Focus
from skills.occupation.normalise import fold, word_section
from skills.occupation.training_system import load

_MAX_UNLISTED = 3  # more unknown words than this are a request of their own
# The end of a clause: "Wir haben morgen ein Gespräch, brauche ich dafür …?" asks about the
# appointment, not about the occupation shown.
_CLAUSE_END = re.compile(r"[,;:.!?\n]")
_TOKEN = re.compile(r"[^\W\d_]+")
# A rule asked about (part time, studying afterwards) may come with a few words of the case
# ("sie ist alleinerziehend", "do they usually keep you on"); a fact of the card may not:
# "was verdient man im Bereich Metall?" asks about a field.
_MAX_WITH_RULE = 2


@dataclass(frozen=True, slots=True)
class _Words:
    before_place: frozenset[str]  # "in", "bei": a town's name follows
    things: frozenset[str]  # what is looked for in a town ("Betriebe", "Schulen")
    not_places: frozenset[str]  # words after "in" that name no town ("Englisch")
    question_starts: frozenset[str]  # a question's first word ("ist", "gibt", "is")
    refers: frozenset[str]  # words for the occupation shown ("das", "da", "it")
    asks_rule: frozenset[str]  # "braucht", "wichtig", "need": required or allowed?
    rule_frame: frozenset[str]  # "gut", "können", "speak": around the thing, not of it
    must: frozenset[str]  # "muss": asks about a requirement only with one of must_verbs
    must_verbs: frozenset[str]  # "können", "sein": "muss man gut schwimmen können?"
    where: frozenset[str]  # "wo", "where": a place is asked for


@cache
def _words() -> _Words:
    raw = word_section("follow_up_more")

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(word)) for word in raw[key])

    return _Words(
        words("before_place"),
        words("things"),
        words("not_places"),
        words("question_starts"),
        words("refers"),
        words("asks_rule"),
        words("rule_frame"),
        words("must"),
        words("must_verbs"),
        words("where"),
    )


@cache
def _any_topic() -> re.Pattern[str]:
    """All patterns of the topics with a focus, as one."""
    patterns = (p.pattern for t in load().topics if t.focus is not None for p in t.patterns)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


def topic_facts(folded: Sequence[str], used: list[bool]) -> list[tuple[Focus, int]]:
    """The topic with a focus the follow-up asks about, with the index of its first word; its
    words are marked as used. The first topic in the data's order wins."""
    joined = " ".join(folded)
    if not _any_topic().search(joined):  # nearly every message: one pass, not one per pattern
        return []
    starts, at = [], 0
    for word in folded:
        starts.append(at)
        at += len(word) + 1
    for topic in load().topics:
        if topic.focus is None:
            continue
        spans = [hit.span() for pattern in topic.patterns for hit in pattern.finditer(joined)]
        covered = [
            index
            for index, start in enumerate(starts)
            if any(begin < start + len(folded[index]) and start < end for begin, end in spans)
        ]
        if covered:
            for index in covered:
                used[index] = True
            return [(Focus(topic.focus), covered[0])]
    return []


@cache
def _rule_foci() -> frozenset[Focus]:
    """The foci answered by a rule the same for every occupation that may be asked with a few
    words of the case."""
    topics = {
        Focus(topic.focus)
        for topic in load().topics
        if topic.focus is not None and topic.with_words
    }
    return frozenset(topics | {Focus.PART_TIME, Focus.LOCAL})


def rule_with_words(focus: Focus, unknown: int) -> bool:
    """Whether a follow-up asking about ``focus`` may hold ``unknown`` words no follow-up
    holds anyway (none of them naming an occupation)."""
    return unknown <= _MAX_WITH_RULE and focus in _rule_foci()


def local_fact(
    typed: Sequence[str],
    folded: Sequence[str],
    used: list[bool],
    known: Callable[[str], bool],
    names: Callable[[str], bool],
) -> list[tuple[Focus, int]]:
    """A town named after "in"/"bei" ("und in Hamm?"): words no follow-up holds anyway
    (``known``) and that name no occupation. The town and what is looked for there are
    marked as used."""
    words = _words()
    for index, word in enumerate(folded[:-1]):
        if word not in words.before_place or used[index]:
            continue
        place = []
        for after in range(index + 1, len(folded)):
            next_word = folded[after]
            if used[after] or known(next_word) or next_word in words.not_places:
                break
            if next_word in words.things or names(typed[after]):
                break
            place.append(after)
        if place and not names(" ".join(typed[i] for i in place)):
            for marked in [index, *place]:
                used[marked] = True
            for other, thing in enumerate(folded):
                if thing in words.things:
                    used[other] = True
            return [(Focus.LOCAL, index)]
    return []


def asks_where(folded: Sequence[str]) -> bool:
    """Whether the follow-up asks where ("wo kann man das … machen?")."""
    return not _words().where.isdisjoint(folded)


def asks_unlisted(text: str, folded: Sequence[str], unknown: Sequence[str]) -> bool:
    """Whether a follow-up that holds no known fact still asks about the occupation shown: a
    question that refers back to it ("ist das …?", "is it …?") with a few words of its own
    that are no other skill's request."""
    words = _words()
    if not unknown or len(unknown) > _MAX_UNLISTED:
        return False
    question = text.rstrip().endswith("?") or (bool(folded) and folded[0] in words.question_starts)
    if not question or words.refers.isdisjoint(folded):
        return False
    return found(explore.vocabulary().other_skills, " ".join(folded)) is None


def asks_requirement(
    folded: Sequence[str], used: Sequence[bool], certificates: Sequence[bool]
) -> bool:
    """Whether the words a follow-up holds for the requirements are need words alone
    ("braucht man Mathe dafür?"), no word for the certificate in general ("welchen Abschluss
    braucht man …?"). A certificate named beside a thing ("braucht man da Mathe oder reicht
    Hauptschule?") asks about both: the answer for the thing gives the usual certificate."""
    asked = [
        word
        for word, marked, certificate in zip(folded, used, certificates, strict=True)
        if marked and not certificate
    ]
    if any(certificates):
        return all(word in _words().asks_rule for word in asked)
    return bool(asked) and all(word in _words().asks_rule for word in asked)


def rule_things(
    text: str, folded: Sequence[str], unknown: Sequence[str], known: Callable[[str], bool]
) -> list[str]:
    """The thing a follow-up asks to be required or allowed for the occupation shown
    ("Führerschein" in "brauch ich dafür nen Führerschein?", "Physik" in "ist Physik
    wichtig?"), or nothing: a few words, none another skill's request. A clause before the
    question may hold only words a follow-up holds anyway (``known``: "ok danke"); one of its
    own ("Wir haben morgen ein Gespräch, …") means the question is about that."""
    words = _words()
    asks = words.asks_rule
    if not words.must_verbs.isdisjoint(folded):
        asks = asks | words.must
    if asks.isdisjoint(folded):
        return []
    for clause in _CLAUSE_END.split(text):
        said = _TOKEN.findall(fold(clause))
        if not asks.isdisjoint(said):
            break
        if not all(known(word) for word in said):
            return []
    things = [w for w in unknown if w not in asks and w not in words.rule_frame]
    if not things or len(things) > _MAX_UNLISTED:
        return []
    if found(explore.vocabulary().other_skills, " ".join(folded)) is not None:
        return []
    return things
