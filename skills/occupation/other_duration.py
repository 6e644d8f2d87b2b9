"""A duration asked about something other than the training itself.

"wie lange dauert das Praktikum?", "die Meisterschule?", "die Weiterbildung zur Meisterin?":
the catalogue gives only the training's own duration, so answering with it would answer
another question. Such a follow-up asks about a topic the catalogue does not hold
(``Focus.UNLISTED``): the answer says so and links to BERUFENET. The things are data
(``follow_up_more.other_durations`` in ``data/words.yaml``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from skills.occupation.focus import Focus
from skills.occupation.normalise import fold, word_section


@cache
def _things() -> frozenset[str]:
    return frozenset(fold(str(word)) for word in word_section("follow_up_more")["other_durations"])


def duration_of_other(
    focus: Focus | None, asked: Collection[Focus], also: Collection[Focus], rest: Sequence[str]
) -> bool:
    """Whether a follow-up asks how long something other than the training takes.

    ``asked`` holds every fact the question's words name, ``also`` those asked in a clause of
    their own, ``rest`` the folded words no fact holds. Further training named in the same
    clause as the duration ("wie lange dauert der Meister?") is what the duration is asked of;
    in a clause of its own ("… und wie sind die Aussichten?") it is a second question."""
    if focus is not Focus.DURATION:
        return False
    if Focus.PROSPECTS in asked and Focus.PROSPECTS not in also:
        return True
    return not _things().isdisjoint(rest)
