"""A fact asked right after a list or a comparison, of no entry in particular: "und die
Bezahlung?", "braucht man dafür Abi?", "geht das auch schulisch?" after "Berufe mit Kindern",
"was verdient man da?" after "Unterschied zwischen Tischler und Zimmerer".

The fact is answered for the entries shown: once for all when it is the same for every one
(the pay: where the amounts are published), else one line per entry. The list stays
remembered, so that an entry can still be picked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from bot.reply import Block, Heading, Text
from bot.skill import SkillResult
from skills.occupation.answer import focus_lines
from skills.occupation.catalogue import Catalogue
from skills.occupation.difference import COMPARED
from skills.occupation.facts import Say
from skills.occupation.focus import Focus
from skills.occupation.follow_up import FollowUpQuestion
from skills.occupation.listing import ACTIONS, lookup_actions
from skills.occupation.model import Occupation
from skills.occupation.training_system import topic_of

_LIST_MEMORY = ("list", "rest", "total", "first", "again", COMPARED)
# Facts whose general answer is the rule behind an entry's own ("Wo lernt man das?": dual or
# school-based): asked of a list, every entry's own answer says more than the rule
_BY_ENTRY = frozenset({Focus.PLACE, Focus.LEGAL})
# Words that refer to the entries of the list ("welche davon", "which of them"): the fact asked
# beside them is asked of every entry
_OF_THEM = re.compile(
    r"\b(?:welche[rsnm]?|wer|which(?:\s+ones?)?)\s+(?:davon|von\s+(?:denen|diesen|ihnen)"
    r"|of\s+(?:them|those|these))\b",
    re.IGNORECASE,
)


def listed_only(recent: Mapping[str, Any] | None, catalogue: Catalogue) -> list[Occupation]:
    """The entries of the list the conversation's last reply showed; none when a card came
    after it (a fact then asks about that card)."""
    if recent is None or recent.get("id") or not isinstance(recent.get("list"), list):
        return []
    return [found for i in recent["list"] if (found := catalogue.get(str(i))) is not None]


def of_every_entry(text: str, question: FollowUpQuestion) -> bool:
    """Whether a follow-up right after a list asks a fact of its entries: a fact and no other
    occupation, and no rule of the training system ("Gibt es Ausbildungsplätze in der Nähe?"
    has a reviewed general answer) unless the rule is what each entry answers on its own."""
    if question.focus is None or question.other is not None:
        return False
    topic = topic_of(text)
    return topic is None or (question.focus in _BY_ENTRY and topic.focus == question.focus)


def of_them_removed(text: str) -> str | None:
    """``text`` without the words that refer to the list's entries ("welche davon", "which of
    them"), or None when it holds none."""
    kept = _OF_THEM.sub(" ", text)
    return kept if kept != text and kept.strip(" ?!.") else None


def answer_of_list(
    entries: Sequence[Occupation],
    question: FollowUpQuestion,
    recent: Mapping[str, Any],
    say: Say,
    language: str,
) -> SkillResult:
    """The facts asked, for every entry shown: a fact the same for all said once; of a pair
    compared, the two named."""
    facts = [fact for fact in (question.focus, *question.also) if fact is not None]
    answers = [[focus_lines(entry, fact, say, language) for entry in entries] for fact in facts]
    varying = [i for i, each in enumerate(answers) if any(a != each[0] for a in each)]
    shared = [line for i, each in enumerate(answers) if i not in varying for line in each[0]]
    pair = {"left": entries[0].title, "right": entries[-1].title} if len(entries) == 2 else None
    if not varying:
        lines = shared or [say("answer.unlisted")]
        if pair is not None:
            first = say("list_fact.pair", text=lines[0], **pair)
        else:
            first = say("list_fact.all", count=len(entries), text=lines[0])
        blocks: list[Block] = [Text(first)]
        blocks += [Text(line) for line in lines[1:]]
        if pair is not None:
            blocks.append(lookup_actions([entry.title for entry in entries], say))
    else:
        rows = []
        for place, entry in enumerate(entries):
            text = " ".join(answers[i][place][0] for i in varying if answers[i][place])
            if text:
                rows.append(say("list_fact.line", title=entry.title, text=text))
        # what the entries' answers add beyond their first line ("where a school-based
        # training takes place") and the facts the same for all, once
        notes = [line for i in varying for each in answers[i] for line in each[1:]]
        titles = [entry.title for entry in entries[:ACTIONS]]
        heading = say("list_fact.pair_heading", **pair) if pair else say("list_fact.heading")
        blocks = [Heading(heading), Text("\n".join(rows))]
        blocks += [Text(note) for note in dict.fromkeys([*notes, *shared])]
        blocks.append(lookup_actions(titles, say))
    kept = {key: recent[key] for key in _LIST_MEMORY if key in recent}
    return SkillResult(tuple(blocks), remember=kept)
