"""A fourth reading of judgement requests: the shape of a question that asks the assistant for
a verdict on a specific person (``judgement_verdict.yaml``).

The other readings find the verdict in words ("geeignet", "schafft", "zu langsam"); a new
batch of requests keeps bringing words they do not hold. This one reads the role the person
plays in the question instead. A request is a judgement when it points at a specific person
and asks, of that person:

- *a choice between people*: a question word for a person ("wer", "wen", "welchen von …")
  over a group or two people named, with something to choose for ("Lukas hat den besseren
  Abschluss, Mehmet mehr Praxis. Wen von beiden schlage ich dem Betrieb vor?");
- *taking a person*: a verb of selecting with the person as its object, asked of the
  assistant ("würdest du den Jonas nehmen?", "Würdest du Can als Azubi nehmen?");
- *a person's prospects*: a noun of prospect that the person owns ("Aisha's chances",
  "Chancen von Herrn Wagner", "Prognose, ob Herr Schäfer …");
- *a prediction*: the person as the subject of a future with an outcome ("how long do you
  reckon Tyler will last", "do you see him making it");
- *fit, readiness or sufficiency*: a yes/no question with the person, or the person's
  performance, as its subject, measured against a training, a job or a team ("Hat Tobias
  den Kopf für ein Studium?", "Ist Julian schon so weit?", "Reichen die Noten von Milena für
  die Ausbildung?" — not "Reicht ihr Abschluss für …?", which asks for a rule);
- *an open decision about the person handed over*: "ob … soll" with a stake, and a verdict
  asked on it ("Was sagst du, ja oder nein?").

Requests for a text, an entitlement, documents, dates or money, permission or duty, or
someone's status ("Hat Lena Anspruch auf BAB?", "Ist Tim schon angemeldet?") never count,
nor do people in general.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, sentences
from bot.policy.judgement_frame import asks_an_opinion, could_judge
from bot.policy.judgement_parts import EN_PEOPLE, PERSON_NOUN
from bot.policy.pii_gazetteer import is_listed_name, is_plain_name
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_verdict.yaml")
_WORD = re.compile(r"[^\W\d_]+")
_PRONOUN = re.compile(r"(?:er|sie|ihn|he|she|him|her)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:sein|ihr|his|her)\w*", re.IGNORECASE)
_ARTICLE = re.compile(r"^\s*(?:der|die|den|dem|the)\s+", re.IGNORECASE)
# The word before a noun of prospect, as its owner: "Aisha's chances", "Aishas Chancen".
_OWNER = re.compile(r"([^\W\d_]+)(?:[’']s|s)\s+(?:[^\W\d_]+\s+)?$")
_SPAN = 80  # characters after an asking word in which its object or verb stands
# A pronoun that names nobody in particular after people in general ("someone … he").
# The noun after a group ("von beiden Betrieben", "of the two courses"): a capitalised word,
# or an English plural.
_GROUP_NOUN = re.compile(r"\s+((?-i:[A-ZÄÖÜ][^\W\d_]+)|[a-z]+s)\b")
_PEOPLE_NOUN = re.compile(rf"{PERSON_NOUN}|{EN_PEOPLE}s?\b|kids|people", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:man|jemand\w*|someone|somebody|anyone|people|leute)\b", re.I)


class _Shapes(NamedTuple):
    stake: re.Pattern[str]
    admin: re.Pattern[str]
    who: re.Pattern[str]
    group: re.Pattern[str]
    select: re.Pattern[str]
    compare: re.Pattern[str]
    send_whom: re.Pattern[str]
    hypothetical: re.Pattern[str]
    object_start: re.Pattern[str]
    aside: re.Pattern[str]
    role: re.Pattern[str]
    prospect: re.Pattern[str]
    owner_after: re.Pattern[str]
    future: re.Pattern[str]
    see_doing: re.Pattern[str]
    how_long: re.Pattern[str]
    outcome: re.Pattern[str]
    polar: re.Pattern[str]
    purpose: re.Pattern[str]
    ready: re.Pattern[str]
    performance: re.Pattern[str]
    status: re.Pattern[str]
    suffice: re.Pattern[str]
    having: re.Pattern[str]
    faculty: re.Pattern[str]
    candidates: re.Pattern[str]
    open_decision: re.Pattern[str]
    verdict_asked: re.Pattern[str]
    has_prospect: re.Pattern[str]
    demonstrative: re.Pattern[str]
    suits: re.Pattern[str]
    opinion_clause: re.Pattern[str]
    needs: re.Pattern[str]
    top_of_group: re.Pattern[str]
    imperative: re.Pattern[str]
    invest: re.Pattern[str]
    misjudge: re.Pattern[str]
    conscience: re.Pattern[str]
    plan_question: re.Pattern[str]
    plan_this: re.Pattern[str]
    relative_to: re.Pattern[str]
    relative_to_him: re.Pattern[str]
    characterised: re.Pattern[str]
    alternative: re.Pattern[str]
    when_where: re.Pattern[str]
    opinion_head: re.Pattern[str]
    verb_then: re.Pattern[str]
    becoming: re.Pattern[str]
    becoming_verb: re.Pattern[str]
    opinion_on: re.Pattern[str]
    shared: re.Pattern[str]
    estimate: re.Pattern[str]
    estimate_clause: re.Pattern[str]
    doubt: re.Pattern[str]
    becoming_this: re.Pattern[str]


@cache
def _shapes() -> _Shapes:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return _Shapes(*compiled(data, _Shapes._fields))


def _is_person(word: str) -> bool:
    return is_plain_name(word) or is_listed_name(word)


def _names(span: str, person: re.Pattern[str]) -> bool:
    """A specific person in ``span``: the person pattern or a listed name (not, as the cue
    reading allows, any capitalised word of an English sentence)."""
    if _GENERIC.search(span):
        return False
    return person.search(span) is not None or any(map(is_plain_name, _WORD.findall(span)))


def _starts_with_person(span: str, person: re.Pattern[str]) -> bool:
    """Whether ``span`` begins with a specific person: "Julian", "den Jonas", "Herr Schäfer",
    "meine Klientin", "er", "him"."""
    span = span.lstrip(" ,")
    found = person.match(span)
    if found is not None:
        return _POSSESSIVE.fullmatch(found.group().strip()) is None  # "ihr Abschluss"
    bare = _ARTICLE.sub("", span)
    if bare != span and person.match(bare) is not None:
        return True  # "die emma" typed in lower case
    first = _WORD.match(bare)
    return first is not None and _is_person(first.group())


def _after_person(span: str, person: re.Pattern[str]) -> str:
    """``span`` after the person it starts with ("Tobias den Kopf" → " den Kopf")."""
    span = span.lstrip(" ,")
    found = person.match(span)
    if found is not None:
        return span[found.end() :]
    first = _WORD.search(_ARTICLE.sub("", span))
    return span[span.find(first.group()) + len(first.group()) :] if first else span


def _ends_with_person(span: str, person: re.Pattern[str]) -> bool:
    """Whether ``span`` ends with a specific person ("… reckon Tyler", "… dass Herr Kuhn")."""
    words = _WORD.findall(span)
    if words and (_is_person(words[-1]) or _PRONOUN.fullmatch(words[-1])):
        return True
    end = len(span.rstrip())
    return any(found.end() >= end for found in person.finditer(span))


def _people_named(text: str, person: re.Pattern[str]) -> int:
    """How many people ``text`` names ("Herrn Ilić" once, not as a title and a name)."""
    spans = [found.span() for found in person.finditer(text)]
    names = [
        word.span()
        for word in _WORD.finditer(text)
        if is_plain_name(word.group())
        and not any(start <= word.start() < end for start, end in spans)
    ]
    return len(spans) + len(names)


def _group_of_people(sentence: str) -> bool:
    """A group in ``sentence`` that is not one of things: "von den beiden", "von meinen drei
    Bewerbern", not "von beiden Betrieben" or "of the two courses"."""
    for found in _shapes().group.finditer(sentence):
        noun = _GROUP_NOUN.match(sentence, found.end())
        if noun is None or _PEOPLE_NOUN.match(noun.group(1)) or _is_person(noun.group(1)):
            return True
    return False


def _choice(sentence: str, text: str, person: re.Pattern[str]) -> bool:
    shapes = _shapes()
    sends = shapes.send_whom.search(sentence) is not None  # "Wen schicken wir hin?"
    if shapes.who.search(sentence) is None and not sends:
        return False
    if not (sends or shapes.select.search(sentence) or shapes.compare.search(sentence)):
        return False  # "Wer entscheidet, ob …?" asks who is in charge
    if _group_of_people(sentence) or shapes.candidates.search(text):
        return True  # "Von den fünf Bewerbern – wen …", "two candidates, … Who gets …"
    return _people_named(text, person) >= 2


def _takes_someone(sentence: str, person: re.Pattern[str]) -> bool:
    shapes = _shapes()
    if shapes.role.search(sentence) and shapes.select.search(sentence):
        return True  # "Würdest du Can als Azubi nehmen?"
    for asking in shapes.hypothetical.finditer(sentence):
        rest = sentence[asking.end() : asking.end() + _SPAN]
        verb = shapes.select.search(rest)
        if verb is None:
            continue
        thing = rest[: verb.start()]
        if not thing.strip():  # English: the object after the verb ("would you hire Marco")
            thing = rest[verb.end() :]
        thing = shapes.aside.sub("", thing, count=1)  # "an meiner Stelle", "ehrlich gesagt"
        head = shapes.object_start.sub("", thing, count=1)
        if _starts_with_person(head, person):
            return True
    return False


def _prospects(sentence: str, person: re.Pattern[str]) -> bool:
    shapes = _shapes()
    for noun in shapes.prospect.finditer(sentence):
        owner = _OWNER.search(sentence[: noun.start()])
        if owner is not None and _is_person(owner.group(1)):
            return True  # "Aisha's chances", "Aishas Chancen"
        after = sentence[noun.end() : noun.end() + _SPAN]
        if shapes.owner_after.match(after) and _names(after, person):
            return True  # "Chancen von Herrn Wagner", "Prognose, ob Herr Schäfer …"
        having = shapes.has_prospect.match(sentence)
        if having is not None and having.end() <= noun.start():
            subject = sentence[having.end() : noun.start()]
            if _starts_with_person(subject, person) or shapes.demonstrative.match(subject):
                return True  # "Hat der eine Zukunft in der Küche?"
    return False


def _predicts(sentence: str, person: re.Pattern[str]) -> bool:
    shapes = _shapes()
    seen = shapes.see_doing.search(sentence)
    if seen is not None and _starts_with_person(seen.group(1), person):
        return True  # "Do you see him making it?"
    for opinion in shapes.opinion_clause.finditer(sentence):
        clause = sentence[opinion.end() :]
        if (
            _starts_with_person(clause, person)
            and (shapes.stake.search(clause) or shapes.outcome.search(clause))
            and (shapes.outcome.search(clause) or not shapes.needs.search(clause))
        ):
            return True  # "Würdest du drauf wetten, dass Selina die Ausbildung fertig macht?"
    if shapes.outcome.search(sentence) is None:
        return False
    for future in shapes.future.finditer(sentence):
        before = sentence[max(0, future.start() - 40) : future.start()]
        after = sentence[future.end() : future.end() + 40]
        if _starts_with_person(after, person) or _ends_with_person(before, person):
            return True  # "how long … Tyler will last", "wird Sarah … durchziehen"
    return False


def _fits(sentence: str, previous: str, person: re.Pattern[str]) -> bool:
    shapes = _shapes()
    suits = shapes.suits.search(sentence)
    if suits is not None and _starts_with_person(sentence[suits.end() :], person):
        return True  # "Lagerlogistik – ist das was für Herrn Demir?"
    polar = shapes.polar.match(sentence)
    if polar is None:
        return False
    rest = sentence[polar.end() :]
    purpose = shapes.purpose.search(rest)
    ready = shapes.ready.search(rest)
    ends = [m.start() for m in (purpose, ready) if m is not None]
    subject = rest[: min(ends)] if ends else rest
    if shapes.status.search(subject):
        return False  # "Hat Tim schon einen Platz für …": a status, not a verdict
    if shapes.needs.search(subject) and not shapes.outcome.search(subject):
        return False  # "Does Amina need a visa for the apprenticeship?": a requirement
    performance = shapes.performance.search(subject) is not None and _names(subject, person)
    if not performance and re.match(r"\s*(?:das|es)\b", subject, re.IGNORECASE):
        # "Hier die Noten von Sarah: … Reicht das für Industriekauffrau?"
        performance = bool(shapes.performance.search(previous)) and _names(previous, person)
    if performance:
        return purpose is not None and shapes.suffice.match(sentence) is not None
    if not _starts_with_person(subject, person):
        return False
    if shapes.having.match(sentence) and not shapes.faculty.match(_after_person(subject, person)):
        return False  # "Hat Ben einen Führerschein für den Job?": a thing one has
    if ready is not None:
        return True  # "Ist Julian schon so weit, …"
    return purpose is not None and shapes.stake.search(rest[purpose.end() :]) is not None


def _worth(sentence: str, person: re.Pattern[str]) -> bool:
    """Putting time or money into a person ("in Dennis noch Fördergeld stecken"), a person
    misjudging themselves, or endorsing a person in good conscience."""
    shapes = _shapes()
    if shapes.invest.search(sentence):
        for found in re.finditer(r"\bin\s+", sentence, re.IGNORECASE):
            if _starts_with_person(sentence[found.end() :], person):
                return True
    if shapes.misjudge.search(sentence) or shapes.conscience.search(sentence):
        return _names(sentence, person)
    return False


def _characterises(sentence: str, person: re.Pattern[str]) -> bool:
    """A plan measured against the person's performance or age, the person characterised
    between alternatives, an opinion asked on a clause about the person, becoming someone."""
    shapes = _shapes()
    plan = shapes.plan_question.match(sentence)
    if plan is not None and (
        shapes.relative_to.search(sentence)
        or (
            shapes.plan_this.match(sentence[plan.end() :])
            and shapes.relative_to_him.search(sentence)
        )
    ):
        return True  # "Macht das in ihrem Alter noch Sinn?", "Lohnt sich das bei ihm?"
    verb = shapes.characterised.search(sentence)
    if (
        verb is not None
        and shapes.alternative.search(sentence)
        and not shapes.when_where.search(sentence)
        and _names(sentence, person)
    ):
        rest = sentence[verb.end() :]
        if _starts_with_person(rest, person) or _ends_with_person(rest.split(" eher")[0], person):
            return True  # "Ist Felix eher Mittelmaß oder richtig gut?"
    head = shapes.opinion_head.search(sentence)
    if head is not None:
        clause = sentence[head.end() :]
        first = shapes.verb_then.match(clause)
        if (
            first is not None
            and _starts_with_person(clause[first.end() :], person)
            and (shapes.stake.search(clause) or shapes.outcome.search(clause))
            and (shapes.outcome.search(clause) or not shapes.needs.search(clause))
        ):
            return True  # "Was ist dein Tipp: bleibt Jessica in der Ausbildung …?"
    for found in shapes.becoming.finditer(sentence):
        rest = sentence[found.end() :]
        if (
            _starts_with_person(rest, person) or shapes.becoming_this.match(rest)
        ) and shapes.becoming_verb.search(rest):
            return True  # "Kann aus Leon noch ein ordentlicher Azubi werden?", "aus dem wird …"
    return False


def _opinion_on_someone(sentence: str, previous: str, person: re.Pattern[str]) -> bool:
    """An opinion asked outright on a specific person with something at stake ("Was denkst
    du über Herrn Polat als Hausmeister?"), an estimate of the person's course ("Schätz mal,
    wie lange es dauert, bis Frau Engel wieder einen Job hat"), or a short question sharing a
    verdict on the person said just before ("… ob das mit der Umschulung was wird. Teilst du
    die?")."""
    shapes = _shapes()
    for opinion in shapes.opinion_on.finditer(sentence):
        rest = sentence[opinion.end() :]
        if _starts_with_person(rest, person) and shapes.stake.search(rest):
            return True
    if shapes.estimate.search(sentence) and shapes.stake.search(sentence):
        for clause in shapes.estimate_clause.finditer(sentence):
            if _starts_with_person(sentence[clause.end() :], person):
                return True
    return bool(
        shapes.shared.search(sentence)
        and len(_WORD.findall(sentence)) <= 5
        and _names(previous, person)
        and shapes.stake.search(previous)
        and (shapes.doubt.search(previous) is not None or could_judge(previous))
        and not shapes.admin.search(previous)
        and not cue_patterns().task.search(previous)
    )


def _decision_handed_over(sentence: str, following: str, person: re.Pattern[str]) -> bool:
    shapes = _shapes()
    if shapes.open_decision.search(sentence) is None:
        return False
    if not (shapes.stake.search(sentence) and _names(sentence, person)):
        return False
    return bool(shapes.verdict_asked.search(sentence) or shapes.verdict_asked.search(following))


def asks_for_a_verdict(text: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` asks the assistant for a verdict on a specific person
    by the shape of the question (see the module's docstring)."""
    shapes, cues = _shapes(), cue_patterns()
    split = sentences(text)
    for index, sentence in enumerate(split):
        asked = asks_an_opinion(sentence) or cues.asking.search(sentence) is not None
        ranking = shapes.imperative.search(sentence) is not None
        if not (asked or ranking or shapes.open_decision.search(sentence)):
            continue  # most sentences: nothing asked of the assistant (cheap tests first)
        if cues.task.search(sentence):
            continue
        if ranking and shapes.top_of_group.search(sentence):
            return True  # "Gib mir die Top 3 aus meiner Gruppe", "shortlist the best two of …"
        if asked and _worth(sentence, person):
            return True  # (money put into a person is the point, not an entitlement)
        if shapes.admin.search(sentence):
            continue
        previous = split[index - 1] if index else ""
        following = split[index + 1] if index + 1 < len(split) else ""
        if _decision_handed_over(sentence, following, person):
            return True
        if not asked:
            continue
        if (
            _choice(sentence, text, person)
            or _takes_someone(sentence, person)
            or _prospects(sentence, person)
            or _predicts(sentence, person)
            or _fits(sentence, previous, person)
            or _characterises(sentence, person)
            or _opinion_on_someone(sentence, previous, person)
        ):
            return True
    return False
