"""A fact asked of a field, not of an occupation: "welchen Abschluss braucht man im
Handwerk?", "Und was verdient man da im Bereich Holz?". No occupation whose title happens to
hold the field's word ("Textilgestalter/in im Handwerk") is the answer; the skill asks which
occupation is meant and offers the field's list instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.reply import Action, Actions, Outcome, Text
from bot.skill import FollowUp, SkillResult
from skills.occupation.explore_words import Vocabulary, vocabulary
from skills.occupation.facts import Say
from skills.occupation.follow_up import asks_for_many, tolerated
from skills.occupation.normalise import fold, word_section
from skills.occupation.qualified import field_markers
from skills.occupation.query import extract_query

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _trainee_words() -> frozenset[str]:
    return frozenset(fold(str(word)) for word in word_section("trainee"))


def field_asked(
    text: str, names: Callable[[str], bool], vocab: Vocabulary | None = None
) -> str | None:
    """The field ``text`` (what a fact question left for the occupation) names instead of an
    occupation, as typed ("Handwerk"); None when it names an occupation or anything else, or
    a person working there ("als Azubi im Einzelhandel": the workplace names the occupation)."""
    typed = _TOKEN.findall(text)
    if any(fold(word) in _trainee_words() for word in typed):
        return None
    rest = [
        word
        for word in typed
        if fold(word) not in tolerated() and fold(word) not in field_markers()
    ]
    if len(rest) != 1 or names(rest[0]):
        return None
    vocab = vocab or vocabulary()
    return rest[0] if vocab.topic_hits(fold(rest[0])) else None


def fact_of_field(args: str, names: Callable[[str], bool], say: Say) -> SkillResult | None:
    """ "welchen Abschluss braucht man im Handwerk?", "how long is an apprenticeship in
    logistics?": a fact asked of a field, not of an occupation. Asked back with the field's
    list one click away, before the field's words are read as an exploration (a list of
    many occupations asked for is one)."""
    if asks_for_many(args):
        return None
    query = extract_query(args)
    field = field_asked(query.text, names) if query.focus is not None else None
    if query.focus is None or field is None:
        return None
    command = say("prompt.field_command", field=field)
    return SkillResult(
        (
            Text(say("prompt.which_in_field", field=field, command=command)),
            Actions((Action(command, command),)),
        ),
        outcome=Outcome.PROMPT,
        follow_up=FollowUp({"step": "query", "focus": query.focus.value}),
    )
