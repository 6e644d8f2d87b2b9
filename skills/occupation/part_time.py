"""Questions about part-time training ("Ausbildungen in Teilzeit"), answered honestly.

The catalogue has no part-time field, so no list of "part-time occupations" can be given. The
reply gives the rule for every training under the BBiG or the HwO (§ 7a BBiG, § 27b HwO), says
that the catalogue holds no list, names the entries whose duration note mentions part time,
and points to the binding source (BERUFENET of the Bundesagentur für Arbeit).
"""

from __future__ import annotations

import logging

from bot.message_memo import per_message
from bot.reply import Block, Heading, Outcome, Text
from bot.skill import SkillResult
from skills.occupation import explore
from skills.occupation.catalogue import Catalogue
from skills.occupation.explore_words import found
from skills.occupation.facts import Say
from skills.occupation.model import Occupation, Regulation, TrainingType
from skills.occupation.normalise import fold

log = logging.getLogger(__name__)

BERUFENET = "https://web.arbeitsagentur.de/berufenet/"
_PART_TIME = "teilzeit"  # the word the catalogue's duration notes use
# Trainings under the BBiG or the HwO may be agreed part-time (§ 7a BBiG, § 27b HwO).
_DUAL_LAW = frozenset({Regulation.BBIG, Regulation.HWO, Regulation.BBIG_HWO})


@per_message
def asks_about_part_time(text: str) -> bool:
    """Whether ``text`` asks about part-time training (another skill's request does not)."""
    vocab = explore.vocabulary()
    folded = " ".join(fold(text).split())
    # "arbeitet in Teilzeit" in a note is about a person's job, not about training (checked
    # first: a substring test rules out nearly every message before any pattern runs)
    if not any(part in folded for part in vocab.part_time_training):
        return False
    if found(vocab.other_skills, folded):  # "Mail an …: Sie arbeitet in Teilzeit"
        return False
    return found(vocab.part_time, folded) is not None


def answer_part_time(catalogue: Catalogue, say: Say) -> SkillResult:
    """What the catalogue says about part time, and where the binding answer is."""
    noted = [
        occupation
        for occupation in catalogue.occupations
        if occupation.duration_note and _PART_TIME in fold(occupation.duration_note)
    ]
    log.debug("occupation part-time question", extra={"results": len(noted)})
    # no list, but the rule for every training under the BBiG or the HwO
    blocks: list[Block] = [
        Heading(say("part_time.heading")),
        Text(say("part_time.no_field")),
        Text(say("part_time.dual_law")),
    ]
    if noted:
        lines = "\n".join(
            say("part_time.line", title=o.title, note=o.duration_note) for o in noted
        )
        blocks.append(Text(say("part_time.noted") + "\n" + lines))
    blocks.append(Text(say("part_time.source", url=BERUFENET)))
    data = {"part_time": {"noted": [o.id for o in noted]}}
    sources = tuple(dict.fromkeys(o.source for o in noted))
    return SkillResult(tuple(blocks), outcome=Outcome.OK, data=data, sources=sources)


def open_part_time(occupation: Occupation) -> bool:
    """Whether part time is open to a training: by agreement under the BBiG or the HwO, or
    as its own entry notes (school-based training: the school and its law decide)."""
    note = occupation.duration_note
    if note and _PART_TIME in fold(note):
        return True
    return occupation.regulation in _DUAL_LAW or occupation.training_type is TrainingType.DUAL


def part_time_lines(occupation: Occupation, say: Say) -> list[str]:
    """Part-time training asked about one occupation: what its catalogue entry notes, the
    rule of its law when that is the BBiG or the HwO, and where the binding answer is."""
    lines = []
    note = occupation.duration_note
    if note and _PART_TIME in fold(note):
        lines.append(say("part_time.entry_note", note=note))
    # a dual training is one under the BBiG or the HwO, also where the entry names no law
    if occupation.regulation in _DUAL_LAW or occupation.training_type is TrainingType.DUAL:
        lines.append(say("part_time.dual_law"))
    elif not lines:
        lines.append(say("part_time.other_law"))
    lines.append(say("part_time.source", url=BERUFENET))
    return lines
