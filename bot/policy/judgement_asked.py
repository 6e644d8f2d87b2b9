"""A fifth reading of judgement requests: a question put to the assistant whose proposition
has a specific person as its subject (``judgement_asked.yaml``).

The other readings know the verdict by its words or by a stake the person is measured
against; each new batch of requests brought predicates they did not hold ("kricht … hin",
"zurechtkommen", "management material", "brauchbar"). This reading leaves the predicate open
and reads who the question is about and who is asked:

- *an opinion asked on a proposition about the person*: "meinst du, der Marco packt das",
  "Glauben Sie, dass Frau Wolff … zurechtkommt?", "was meinst du, hat die … eine Chance?",
  "Would you say Priya is …", "…, was glaubst du?" after a question about the person;
- *a hypothetical or future question with the person as subject*: "Würde Herr Schulte ins
  Team passen?", "would Chloe be wasted in a call centre?", "Wird aus dem Niklas …";
- *the person's prospects*, by a possessive: "Wie schätzt du seine Aussichten … ein?";
- *a choice between two people named as alternatives*: "Emma or Jake, who should have it?";
- *the person's course decided between alternatives*: "Sollte ich Laura lieber in die EQ
  stecken statt …";
- *a statement about the person to confirm*: "Mehmet überschätzt sich total. Täusche ich
  mich?", "…, hab ich recht?".

A question after a colon or a dash counts as a sentence of its own ("Zweite Meinung zu Jonas:
kommt der … klar?").

What keeps neutral questions out is as open: tasks (mails, summaries, lists of occupations),
practical questions (times, places, contact, money, what is needed), entitlements, documents,
permission and duty, the counsellor or people in general as the subject.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, sentences
from bot.policy.judgement_frame import could_judge
from bot.policy.pii_gazetteer import is_listed_name, is_plain_name
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_asked.yaml")
_VERDICT_DATA = Path(__file__).with_name("judgement_verdict.yaml")
_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"(?:sein|ihr|his|her)\w*", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:man|jemand\w*|someone|somebody|anyone|people|leute)\b", re.I)
_ENGLISH_PRONOUN = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)
_AGE = re.compile(r"\s*\(\d{1,2}\)")
_AFTER_BREAK = re.compile(r"(?::|\s[–—-])\s+([^:–—]+)")
_ENGLISH_NAME_AFTER_MODAL = re.compile(
    r"\s*(?i:would|will)\s+(?-i:([A-Z][a-z]+))\s+(?-i:[a-z]+)\b(?<!\bbe)(?<!\bget)"
)
_ENGLISH_SUBJECT = re.compile(
    r"(?-i:([A-Z][a-z]+))\s+(?:is|was|will|would|can|could|has|had|does|did|should|might|gets)\b"
)


class _Asked(NamedTuple):
    opinion: re.Pattern[str]
    joint: re.Pattern[str]
    hypothetical: re.Pattern[str]
    demonstrative: re.Pattern[str]
    article: re.Pattern[str]
    possessive_prospect: re.Pattern[str]
    improve: re.Pattern[str]
    alternatives: re.Pattern[str]
    who: re.Pattern[str]
    deliberate: re.Pattern[str]
    choice_words: re.Pattern[str]
    practical: re.Pattern[str]
    admin: re.Pattern[str]
    stake: re.Pattern[str]
    status: re.Pattern[str]
    needs: re.Pattern[str]
    verb_first: re.Pattern[str]
    copula: re.Pattern[str]
    something_for: re.Pattern[str]
    volition: re.Pattern[str]
    degree_question: re.Pattern[str]
    confirm: re.Pattern[str]
    confirm_tag: re.Pattern[str]
    rule_tagged: re.Pattern[str]
    title: re.Pattern[str]
    whereabouts: re.Pattern[str]


@cache
def _asked() -> _Asked:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    verdict = load_yaml(_VERDICT_DATA.read_text(encoding="utf-8"))
    shared = ("admin", "stake", "status", "needs")  # the verdict reading's closed classes
    data = {**data, **{key: verdict[key] for key in shared}}
    return _Asked(*compiled(data, _Asked._fields))


def _person_first(span: str, person: re.Pattern[str], context: bool = True) -> bool:
    """Whether ``span`` begins with a specific person: "der Marco", "Frau Wolff", "er",
    "she", "die lisa", a pronoun "der"/"die" before a particle ("der das", "die dafür").
    ``context``: whether a pronoun "der"/"die" may stand for a person here (it may as well
    stand for a thing: "Die Maßnahme – wäre die auch …")."""
    asked = _asked()
    span = span.lstrip(" ,:")
    found = person.match(span)
    if found is not None:
        return _POSSESSIVE.fullmatch(found.group().strip()) is None  # "ihr Abschluss"
    if _ENGLISH_PRONOUN.match(span):
        return True
    english = _ENGLISH_SUBJECT.match(span)
    if english is not None and is_plain_name(english.group(1)):
        return True  # "Chloe is", "Tom will"
    if asked.demonstrative.match(span):
        return context
    article = asked.article.match(span)
    if article is not None and asked.title.match(span, article.end()):
        return True  # "die Frau Kern", "der Herr Kaya": an article before a title and name
    first = _WORD.match(span[article.end() :] if article else span)
    if first is None:
        return False
    word = first.group()
    if article is not None:
        # after an article a name that is also a word is the word ("der Job"); a name typed
        # in lower case counts ("die lisa")
        return is_plain_name(word[:1].upper() + word[1:])
    return is_plain_name(word)


def _names(span: str, person: re.Pattern[str]) -> bool:
    if _GENERIC.search(span):
        return False
    return person.search(span) is not None or any(map(is_plain_name, _WORD.findall(span)))


def _practical(sentence: str, admin: bool = True) -> bool:
    asked, cues = _asked(), cue_patterns()
    sentence = _AGE.sub("", sentence)  # "Arjun (17)": an age is no time, amount or date
    return bool(
        asked.practical.search(sentence)
        or (admin and asked.admin.search(sentence))
        or cues.task.search(sentence)
        or _GENERIC.search(sentence)
    )


def _opinion_on_person(sentence: str, person: re.Pattern[str]) -> bool:
    """An opinion frame with a proposition about the person after it ("meinst du, der Marco
    packt das") or, closing the sentence, before it ("Wird aus dem Niklas …, was glaubst
    du?")."""
    asked = _asked()
    for frame in asked.opinion.finditer(sentence):
        after = sentence[frame.end() :]
        joint = asked.joint.match(after)
        proposition = after[joint.end() if joint else 0 :]
        degree = asked.degree_question.match(proposition)  # "…, wie lange hält Herr Fischer"
        if _person_first(proposition[degree.end() :] if degree else proposition, person):
            return True
        # the proposition as a question of its own, its verb first: "was meinst du, hat die
        # bei einem Systemhaus eine Chance?", "Was denkst du, kommt Herr Ott damit klar?"
        verb = asked.verb_first.match(proposition)
        if verb is not None and _person_first(
            proposition[verb.end() :], person, context=could_judge(sentence)
        ):
            return True
        before = sentence[: frame.start()].rstrip(" ,:–—-")
        if not after.strip(" ?!.") and before and _names(before, person):
            return True
    return False


def _hypothetical_about(sentence: str, person: re.Pattern[str], named: bool = False) -> bool:
    asked = _asked()
    found = asked.hypothetical.match(sentence)
    if found is None or asked.volition.search(sentence):
        return False  # "Would Maria prefer …" asks what she wants, not what she is
    rest = sentence[found.end() :]
    english = _ENGLISH_NAME_AFTER_MODAL.match(sentence)
    if english is not None and is_plain_name(english.group(1)):
        return True  # "would Jake thrive …" (not "Will Siemens take …")
    return _person_first(rest, person, context=named or could_judge(sentence))


def _verb_first_about(sentence: str, person: re.Pattern[str], named: bool = False) -> bool:
    """A verb-first question about the person that says something of them: a pronoun "der"
    or "die" as its subject with a judgement word ("Bekommt der das diesmal hin?"), or the
    person as "something for" a field ("Ist die Jessica was für den Einzelhandel?")."""
    asked = _asked()
    found = asked.verb_first.match(sentence)
    if found is None:
        return False
    rest = sentence[found.end() :]
    if asked.demonstrative.match(rest):
        return named or could_judge(sentence)
    if asked.something_for.search(rest) is None or not asked.copula.match(sentence):
        return False
    return _person_first(rest, person, context=False)


def _choice_between(sentence: str) -> bool:
    """Two people as alternatives and a question word for a person ("Dennis oder Jana, wer
    …", "Frau Ott oder Frau Lang – wem …"); not two companies ("Amazon or Zalando, who …")."""
    asked = _asked()
    if asked.who.search(sentence) is None:
        return False
    for pair in asked.alternatives.finditer(sentence):
        title, first, title_2, second = pair.groups()
        if title and title_2:
            return True
        names = (first, second)
        if all(is_listed_name(n) for n in names) and any(map(is_plain_name, names)):
            return True
    return False


def _course_between(sentence: str, person: re.Pattern[str]) -> bool:
    asked = _asked()
    for found in asked.deliberate.finditer(sentence):
        rest = sentence[found.end() :]
        if (
            _person_first(rest, person)
            and asked.choice_words.search(rest)
            and asked.stake.search(rest)
        ):
            return True
    return False


def _asks_whether_possible(statement: str, person: re.Pattern[str]) -> bool:
    """The clause a tag confirms says whether an occupation is possible at all, and the
    statement judges nobody ("Mein Klient hat Asthma, Bäcker geht dann wohl nicht")."""
    found = _asked().rule_tagged.search(statement)
    if found is None or cue_patterns().judgement.search(statement):
        return False
    noun = found.group("noun")
    return person.fullmatch(noun) is None and not is_listed_name(noun)


def _confirms_a_statement(sentence: str, previous: str, person: re.Pattern[str]) -> bool:
    """A statement about the person and a request to confirm it: "Mehmet überschätzt sich
    total. Täusche ich mich?", "…, hab ich recht?"."""
    asked = _asked()
    tag = asked.confirm_tag.search(sentence)
    if tag is not None:
        statement = sentence[: tag.start()]
        if _asks_whether_possible(statement, person):
            return False  # "…, Bäcker geht dann wohl nicht, oder?": whether it is possible
        if (asked.status.search(statement) or asked.whereabouts.search(statement)) and not (
            could_judge(statement)
        ):
            return False  # "Herr Kaya wohnt in Hamm, oder?": a fact to confirm, no verdict
        return _person_first(statement, person) and not _practical(statement)
    if asked.confirm.match(sentence) is None or len(_WORD.findall(sentence)) > 8:
        return False
    return (
        bool(previous)
        and not previous.rstrip().endswith("?")
        and _names(previous, person)
        and not _practical(previous)
    )


def _parts(sentence: str, person: re.Pattern[str]) -> list[tuple[str, bool]]:
    """The sentence, and what follows a colon or a dash in it where the words before the
    break name a person ("zweite Meinung zu Jonas: kommt der …"; not "Die Maßnahme – wäre
    die …"), each with whether a person was named before it."""
    return [(sentence, False)] + [
        (found.group(1), True)
        for found in _AFTER_BREAK.finditer(sentence)
        if _names(sentence[: found.start()], person)
    ]


def asks_about_someone(text: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` puts a question to the assistant whose proposition is
    about a specific person (see the module's docstring)."""
    asked = _asked()
    split = sentences(text)
    for index, sentence in enumerate(split):
        question = sentence.rstrip().endswith("?")
        opinion = asked.opinion.search(sentence) is not None
        if not (question or opinion):
            continue  # most sentences: nothing asked of the assistant
        if question and _course_between(sentence, person) and not _practical(sentence, False):
            return True  # (enrolling someone is the decision here, not a status)
        previous = split[index - 1] if index else ""
        if question and _confirms_a_statement(sentence, previous, person):
            return True
        # (what someone can or needs to do is a rule: "Glaubst du, Tim kann … verkürzen?")
        if (
            opinion
            and not asked.needs.search(sentence)
            and not _practical(asked.degree_question.sub(" ", sentence))
            and _opinion_on_person(sentence, person)
        ):
            return True
        if not question or _practical(sentence):
            continue
        prospects = asked.possessive_prospect.search(sentence)
        if prospects is not None and not asked.improve.search(sentence):
            return True
        if _choice_between(sentence):
            return True
        if any(
            _hypothetical_about(part, person, named) or _verb_first_about(part, person, named)
            for part, named in _parts(sentence, person)
        ):
            return True
    return False
