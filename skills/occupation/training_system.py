"""General questions about the training system, answered from ``data/training_system.yaml``.

"Was ist der Unterschied zwischen einer dualen und einer schulischen Ausbildung?" or "Was ist
eine Umschulung?" asks neither for one occupation nor for a list, and is no comparison of two
occupations. The reply is a short reviewed answer with an official link; a comparison of which
one side is no occupation at all ("Studium", "schulische Ausbildung") but that the data has no
answer for is told so honestly (``names_no_occupation``), never turned into an occupation pair.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.message_memo import per_message
from bot.policy.pii_gazetteer import given_name_keys, lookup_key
from bot.reply import Heading, Outcome, Text
from bot.skill import SkillResult
from bot.yaml_data import load_yaml
from skills.occupation import explore
from skills.occupation.explore_words import found
from skills.occupation.facts import Say
from skills.occupation.normalise import fold

log = logging.getLogger(__name__)

DATA_PATH = Path(__file__).with_name("data") / "training_system.yaml"
BERUFENET = "https://web.arbeitsagentur.de/berufenet/"
_SHAPES = ("define", "compare", "ask", "any", "short")
# The shapes every topic without a ``needs`` of its own accepts: "ask" (any question) only
# reaches topics that need it, whose patterns name something no occupation card answers.
_GENERAL_SHAPES = frozenset({"define", "compare"})
# Words that leave a comparison's side without content: "einer dualen Ausbildung".
_ARTICLES = frozenset(
    {"ein", "eine", "einer", "einem", "einen", "der", "die", "das", "den", "dem", "des"}
    | {"a", "an", "the", "zwischen"}
)


@dataclass(frozen=True, slots=True)
class GeneralAnswer:
    """One topic's answer in one language."""

    heading: str
    text: str
    link_label: str


@dataclass(frozen=True, slots=True)
class SystemTopic:
    """A general question the data answers, and how it is recognised."""

    id: str
    patterns: tuple[re.Pattern[str], ...]
    needs: frozenset[str] | None  # the question shapes it takes, one of them ("compare")
    answers: dict[str, GeneralAnswer]  # by language; German is always there
    url: str
    focus: str | None = None  # also a fact asked about an occupation ("age"); needs no shape
    # answered also when the question names an occupation ("freie Ausbildungsplätze als
    # Friseurin"): what it asks is no fact of the occupation's card
    with_occupation: bool = False
    # False: a request for a list that holds its words ("Ausbildungen im Handwerk in der Nähe")
    # is still the exploration's; the topic answers questions about one occupation or none
    with_lists: bool = True
    # False: asked after a card, the topic's question holds no words of the case beside it
    # ("wie viele Urlaubstage hat man als Azubi im Einzelhandel?" names another occupation)
    with_words: bool = True
    # a list request that matches this is the topic's own all the same ("Welche
    # Weiterbildungen gibt es im Bereich Pflege?": the catalogue lists no courses)
    own_lists: re.Pattern[str] | None = None

    def answer(self, language: str) -> GeneralAnswer:
        return self.answers.get(language) or self.answers["de"]


@dataclass(frozen=True, slots=True)
class SystemQuestions:
    shapes: dict[str, re.Pattern[str]]
    topics: tuple[SystemTopic, ...]


def _answer(raw: dict[str, str]) -> GeneralAnswer:
    return GeneralAnswer(str(raw["heading"]), str(raw["text"]), str(raw["link_label"]))


@cache
def load(path: Path = DATA_PATH) -> SystemQuestions:
    """The shapes and topics of the data file (once per path)."""
    raw = load_yaml(path.read_text(encoding="utf-8"))
    shapes = {name: re.compile(str(raw["shapes"][name])) for name in _SHAPES}
    topics = []
    for item in raw["topics"]:
        raw_needs = item.get("needs")
        # one shape ("ask") or several, any of which will do ([ask, short])
        needs = (
            None
            if raw_needs is None
            else frozenset([raw_needs] if isinstance(raw_needs, str) else map(str, raw_needs))
        )
        if needs is not None and not needs <= set(_SHAPES):
            raise ValueError(f"{path.name}: {item['id']}: unknown shape in {raw_needs!r}")
        answers = {
            language: _answer(item[language]) for language in ("de", "en") if language in item
        }
        if "de" not in answers:
            raise ValueError(f"{path.name}: {item['id']}: no German answer")
        topics.append(
            SystemTopic(
                str(item["id"]),
                tuple(re.compile(str(pattern)) for pattern in item["patterns"]),
                needs,
                answers,
                str(item["url"]),
                str(item["focus"]) if item.get("focus") else None,
                bool(item.get("with_occupation", False)),
                bool(item.get("with_lists", True)),
                bool(item.get("with_words", True)),
                re.compile(str(item["own_lists"])) if item.get("own_lists") else None,
            )
        )
    return SystemQuestions(shapes, tuple(topics))


def _other_skills(folded: str) -> bool:
    """Whether the folded text is another skill's request ("Mail: Infos zur …"); checked
    only once a topic matched, since nearly every message matches none."""
    return found(explore.vocabulary().other_skills, folded) is not None


# "Hat Tim die Zwischenprüfung schon geschrieben?": one person's progress, not the rule
_STATUS = re.compile(
    r"^\W*(?:hat|hatte|ist|war|has|had|is|was)\s+(?:(?P<title>herrn?|frau|hr|fr|mrs?|ms)\.?\s+)?"
    r"(?P<who>[^\W\d_][\w'-]*)\b.*\b(?:schon|bereits|already|noch\s+nicht|yet)\b",
    re.IGNORECASE,
)
_PERSONAL = frozenset({"er", "sie", "he", "she"})


def _one_persons_status(text: str) -> bool:
    """Whether ``text`` asks how far one named person has got, which no topic answers."""
    asked = _STATUS.search(text)
    if asked is None:
        return False
    who = asked["who"]
    return (
        bool(asked["title"]) or who.casefold() in _PERSONAL or lookup_key(who) in given_name_keys()
    )


@per_message
def topic_of(text: str, data: SystemQuestions | None = None) -> SystemTopic | None:
    """The general question ``text`` asks, or None. The caller checks that it names no
    occupation ("Was ist eine Umschulung zum Tischler?" is a lookup)."""
    data = data or load()
    folded = " ".join(fold(text).split())
    shapes = {name for name, pattern in data.shapes.items() if pattern.search(folded)}
    status = _one_persons_status(text)
    for topic in data.topics:
        if topic.needs is not None:
            if topic.needs.isdisjoint(shapes) or status:
                continue
        elif topic.focus is None and shapes.isdisjoint(_GENERAL_SHAPES):
            continue
        if any(pattern.search(folded) for pattern in topic.patterns):
            return None if _other_skills(folded) else topic
    return None


def defines_a_topic(text: str, data: SystemQuestions | None = None) -> bool:
    """Whether ``text`` asks what a general topic's thing is ("Was ist die Fachoberschulreife?",
    "what is the Fachhochschulreife?"): after a card that is no fact of its occupation, even
    where the words name one (a certificate is the card's requirement)."""
    data = data or load()
    topic = topic_of(text, data)
    return (
        topic is not None
        and topic.focus is None
        and data.shapes["define"].search(" ".join(fold(text).split())) is not None
    )


@per_message
def focus_asked(text: str, data: SystemQuestions | None = None) -> str | None:
    """The fact of a topic that is also asked about an occupation ("age": "Ab wie viel Jahren
    kann man eine Ausbildung zum Koch anfangen?"), or None."""
    data = data or load()
    folded = " ".join(fold(text).split())
    for topic in data.topics:
        if topic.focus is not None and any(p.search(folded) for p in topic.patterns):
            # a topic that needs a question is no fact of a note that names an occupation
            # ("Kl. möchte Ausbildung als Tischler … Praktikum … Bewerbung schreiben")
            if topic.needs is not None and not any(
                data.shapes[shape].search(folded) for shape in topic.needs
            ):
                continue
            return None if _other_skills(folded) else topic.focus
    return None


def only_keywords(text: str, data: SystemQuestions | None = None) -> bool:
    """Whether ``text`` is a few keywords and no question ("Zwischenprüfung Mechatroniker"):
    with an occupation's name among them, they ask for its card, not for the topic."""
    data = data or load()
    folded = " ".join(fold(text).split())
    return data.shapes["short"].search(folded) is not None and not any(
        data.shapes[shape].search(folded) for shape in ("define", "ask", "compare")
    )


def owns_list(topic: SystemTopic, text: str) -> bool:
    """Whether a list request ``text`` asks for the topic's own kind of list."""
    return topic.own_lists is not None and topic.own_lists.search(fold(text)) is not None


def focus_topic(focus: str, data: SystemQuestions | None = None) -> SystemTopic | None:
    """The topic that answers ``focus`` beside an occupation's card."""
    data = data or load()
    return next((topic for topic in data.topics if topic.focus == focus), None)


# "Ausbildungen", "Berufe", "Berufsausbildung", but not "Berufskraftfahrer": an occupation's
# name may start like a word for training
_GENERIC_WORD = re.compile(
    r"(?:ausbildung|beruf|lehre)\w{0,3}|ausbildungs\w+|berufs?ausbildung\w*"
)


def names_no_occupation(name: str) -> bool:
    """Whether a comparison's side names a kind of training or certificate and nothing else
    ("einer schulischen Ausbildung", "Studium", "Abi"), so that no occupation is meant."""
    vocab = explore.vocabulary()
    words = [word for word in re.findall(r"\w+", fold(name)) if word not in _ARTICLES]
    groups = [ws for _, ws in vocab.training_types] + [ws for _, ws in vocab.schools]
    generic = vocab.generic_names
    return bool(words) and all(
        word in generic
        or _GENERIC_WORD.fullmatch(word) is not None
        or any(found(group, word) for group in groups)
        for word in words
    )


def answer_general(topic: SystemTopic, language: str, say: Say) -> SkillResult:
    """The reviewed answer to a general question, with its official link."""
    answer = topic.answer(language)
    log.debug("occupation general question", extra={"topic": topic.id})
    blocks = (
        Heading(answer.heading),
        Text(answer.text),
        Text(say("general.source", label=answer.link_label, url=topic.url)),
    )
    return SkillResult(
        blocks, outcome=Outcome.OK, data={"general": {"topic": topic.id, "url": topic.url}}
    )


def answer_not_occupations(left: str, right: str, language: str, say: Say) -> SkillResult:
    """A comparison of which one side is no occupation and that the data cannot answer. The
    topics a side names ("duales Studium", "Abi") are offered first, then those whose heading
    shares a word with a side, else the first few; a few at most, with how many more there
    are: never all sixty headings as one paragraph."""
    log.debug("occupation comparison of no occupations")
    sides = [" ".join(fold(side).split()) for side in (left, right)]
    # a side as the thing asked about ("was ist abi"): the topic that defines it
    asked = [*sides, *(f"was ist {side}" for side in sides)]
    topics = load().topics
    named = [
        topic
        for topic in topics
        if any(pattern.search(side) for pattern in topic.patterns for side in asked)
    ]
    sharing = _sharing_a_word(sides, topics, language)
    related = named + [topic for topic in sharing if topic not in named]
    pool = related or list(topics)
    shown = pool[:_OFFERED]
    listed = ", ".join(topic.answer(language).heading for topic in shown)
    if len(shown) < len(pool):
        listed = say("general.more_topics", topics=listed, count=len(pool) - len(shown))
    text = say("general.no_occupations", left=left, right=right, topics=listed, url=BERUFENET)
    blocks = (Text(text),)
    return SkillResult(blocks, outcome=Outcome.UNKNOWN, data={"general": {"topic": None}})


_OFFERED = 4  # topics named in a "not two occupations" answer
_STEM = 5  # letters two words share to count as one ("Abitur", "Abiturienten")


def _sharing_a_word(
    sides: list[str], topics: tuple[SystemTopic, ...], language: str
) -> list[SystemTopic]:
    """The topics whose heading holds a word that starts like a word of a side."""
    stems = {word[:_STEM] for side in sides for word in re.findall(r"\w+", side)}
    stems = {stem for stem in stems if len(stem) == _STEM}
    return [
        topic
        for topic in topics
        if stems
        & {word[:_STEM] for word in re.findall(r"\w+", fold(topic.answer(language).heading))}
    ]
